package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import java.nio.file.Path;

/** The compiler's plans of the bundled sample models. */
final class SamplePlans {

    private SamplePlans() {
    }

    static HoneyclusterPlan compiled(String sample, long seed) {
        try {
            return new HoneyclusterCompiler().compile(TreeFiles.read(Path.of("sample-models", sample)).tree(),
                    CompileOptions.seeded(seed));
        } catch (Exception e) {
            throw new IllegalStateException("sample model " + sample + " does not compile", e);
        }
    }
}
