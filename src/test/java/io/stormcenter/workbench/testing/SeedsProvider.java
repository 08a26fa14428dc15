package io.stormcenter.workbench.testing;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The seeds of {@link Seeds}: a fixed sequence per test method, or the one seed {@code -Dksc.seed} names. */
final class SeedsProvider implements ArgumentsProvider, AnnotationConsumer<Seeds> {

    /** Names a single seed to rerun, as printed by a failing property. */
    static final String RERUN_PROPERTY = "ksc.seed";

    private int tries;

    @Override
    public void accept(Seeds seeds) {
        if (seeds.value() < 1) {
            throw new IllegalArgumentException("@Seeds needs at least one try, not " + seeds.value());
        }
        tries = seeds.value();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        String rerun = System.getProperty(RERUN_PROPERTY);
        if (rerun != null && !rerun.isBlank()) {
            return Stream.of(Arguments.of(Long.parseLong(rerun.strip())));
        }
        Method method = context.getRequiredTestMethod();
        // String.hashCode is specified, so the sequence is the same on every machine and run
        long base = (method.getDeclaringClass().getName() + "#" + method.getName()).hashCode();
        return new SplittableRandom(base).longs(tries).boxed().map(Arguments::of);
    }
}
