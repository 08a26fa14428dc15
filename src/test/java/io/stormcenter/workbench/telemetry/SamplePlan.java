package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.model.TripwireKind;
import java.nio.file.Path;

/** The plan the compiler makes of a bundled sample, and the names in it a test needs. */
record SamplePlan(HoneyclusterPlan plan) {

    static SamplePlan secretTheft() {
        try {
            return new SamplePlan(new HoneyclusterCompiler().compile(
                    TreeFiles.read(Path.of("sample-models/secret-theft.json")).tree(), CompileOptions.seeded(1)));
        } catch (Exception e) {
            throw new IllegalStateException("the secret-theft sample compiles", e);
        }
    }

    String namespace() {
        return plan.namespace();
    }

    TripwireEntry honeytoken() {
        return plan.index().entries().stream().filter(e -> e.kind() == TripwireKind.HONEYTOKEN).findFirst()
                .orElseThrow();
    }

    /** The name of the honeytoken's Secret. */
    String honeytokenSecret() {
        return honeytoken().objects().stream().filter(o -> o.startsWith("Secret/")).findFirst().orElseThrow()
                .substring("Secret/".length());
    }
}
