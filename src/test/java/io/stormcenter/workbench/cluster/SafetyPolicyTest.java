package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.kube.KubeContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

class SafetyPolicyTest {

    @ParameterizedTest
    @CsvSource({"prod,true", "gke_shop-prod_europe,true", "Production,true", "live-eu-1,true", "arn:aws:eks:prod/x,true",
            "kind-dev,false", "staging,false", "products-dev,false", "deliver,false", "local-admin,false"})
    void the_default_pattern_flags_production_words_in_context_names(String name, boolean production) {
        KubeContext context = new KubeContext(name, "c", "https://x", "u", null);

        assertThat(SafetyPolicy.defaults().looksLikeProduction(context)).isEqualTo(production);
    }
}
