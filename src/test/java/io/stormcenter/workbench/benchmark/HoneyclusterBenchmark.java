package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.honeycluster.PlanWriter;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.AuditEventReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Target: the plan of a 2,000-leaf model (one or two trip-wires per leaf, every kind) in under
 * 1 s. Run: {@code mvn -Pbench test-compile exec:exec -Djmh.args="HoneyclusterBenchmark -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
public class HoneyclusterBenchmark {

    private AttackTree tree;
    private HoneyclusterPlan plan;
    private final HoneyclusterCompiler compiler = new HoneyclusterCompiler();

    @Setup
    public void generate() throws PlanRefusedException {
        tree = twoThousandLeaves();
        plan = compiler.compile(tree, CompileOptions.seeded(1).withNamespace("ksc-bench-2000"));
    }

    /** 40 AND branches of 50 leaves; trip-wires cycle through the kinds. */
    static AttackTree twoThousandLeaves() {
        List<Node> nodes = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        for (int b = 0; b < 40; b++) {
            String branch = "branch-" + b;
            branches.add(branch);
            List<String> leaves = new ArrayList<>();
            for (int l = 0; l < 50; l++) {
                int i = b * 50 + l;
                String leaf = "leaf-" + i;
                leaves.add(leaf);
                rest.add(Node.attack(leaf, "step " + i).withTripwires(tripwires(i)));
            }
            rest.add(Node.attack(branch, "branch " + b).withGate(Gate.AND).withChildren(leaves));
        }
        nodes.add(Node.attack("root", "goal").withChildren(branches));
        nodes.addAll(rest);
        return new AttackTree("bench-2000", "2,000 leaves", "", "root", nodes);
    }

    private static List<Tripwire> tripwires(int i) {
        Tripwire first = switch (i % 7) {
            case 0 -> new Tripwire("tw-" + i, TripwireKind.AUDIT, Map.of("verbs", "get,list", "resource", "secrets", "name", "s-" + i));
            case 1 -> new Tripwire("tw-" + i, TripwireKind.TETRAGON, Map.of("function", "security_file_permission", "path", "/data/" + i));
            case 2 -> new Tripwire("tw-" + i, TripwireKind.FALCO, Map.of("rule", "Rule " + i, "condition", "evt.type = open",
                    "output", "opened %fd.name", "priority", "Warning"));
            case 3 -> new Tripwire("tw-" + i, TripwireKind.HONEYTOKEN, Map.of("secret", "token-" + i, "flavor", "aws"));
            case 4 -> new Tripwire("tw-" + i, TripwireKind.CANARY_SERVICE_ACCOUNT, Map.of("name", "sa-" + i,
                    "plantIn", "configmap:kubeconfig-" + i));
            case 5 -> new Tripwire("tw-" + i, TripwireKind.K8S_EVENT, Map.of("reason", "BackOff", "name", "pod-" + i));
            default -> new Tripwire("tw-" + i, TripwireKind.FALCO, Map.of("rule", "Terminal shell in container"));
        };
        if (i % 100 == 0) {
            return List.of(first, new Tripwire("tw-bait-" + i, TripwireKind.BAIT, Map.of("workload", i % 200 == 0 ? "ssh" : "dashboard")));
        }
        return List.of(first);
    }

    /** Tree to plan: objects, matchers and index. */
    @Benchmark
    public HoneyclusterPlan compile2000Leaves() throws PlanRefusedException {
        return compiler.compile(tree, CompileOptions.seeded(1).withNamespace("ksc-bench-2000"));
    }

    /** Tree to plan to every file's text (YAML of each object, plan.json, rules, policy), without the disk. */
    @Benchmark
    public Map<String, String> compileAndRender2000Leaves() throws PlanRefusedException {
        return new PlanWriter().render(compiler.compile(tree, CompileOptions.seeded(1).withNamespace("ksc-bench-2000")));
    }

    /** The index on a compiled plan: one audit event against every audit-fed trip-wire. */
    @Benchmark
    public int matchOneAuditEvent() {
        return plan.index().match(AUDIT).size();
    }

    private static final AuditEvent AUDIT = new AuditEventReader()
            .read("{\"auditID\":\"a\",\"stage\":\"ResponseComplete\",\"verb\":\"get\",\"user\":{\"username\":\"mallory\"},"
                    + "\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\"ksc-bench-2000\",\"name\":\"token-3\"},"
                    + "\"responseStatus\":{\"code\":200}}");
}
