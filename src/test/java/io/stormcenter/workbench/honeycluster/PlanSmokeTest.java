package io.stormcenter.workbench.honeycluster;

import org.junit.jupiter.api.Test;

class PlanSmokeTest {
    @Test
    void print() throws Exception {
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(DemoTree.tree(), CompileOptions.seeded(42));
        new PlanWriter().render(plan).forEach((k, v) -> System.out.println("=== " + k + "\n" + v));
    }
}
