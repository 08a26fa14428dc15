package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.report.PdfReport;
import io.stormcenter.workbench.report.ReportAssembler;
import io.stormcenter.workbench.report.ReportProgress;
import io.stormcenter.workbench.report.ReportRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole-report timing the issue asks for: a 500-node model (AND/OR/SAND, defences on a fifth of
 * the attack nodes, every third defence proposed with a cost, an impact on the goal), written to a
 * PDF in one JVM, cold then warm. Wall-clock: the figure includes font loading, layout and PDF
 * writing. Beside it, the CPU time of the writing thread (what a quiet machine's wall clock comes
 * near, as the report is written on one thread) and of the whole JVM (the JIT compilers and the GC
 * run beside it: on a cold run they take as much again). Other processes inflate the wall clock, not
 * these. Run it with {@code java -cp target/classes:target/test-classes:CP ...ReportBenchmark [nodes] [runs]}
 * ({@code mvn -Pbench test-compile exec:exec -Djmh.args=...} is for the JMH benchmarks).
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        AttackTree tree = withProposals(RandomTreeGenerator.withSandAndDefences(42, 0.2).generate(size));
        Path out = Files.createTempFile("ksc-report-benchmark", ".pdf");
        PdfReport report = new PdfReport(new ReportAssembler(Calibration.withDefaults()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = process.getProcessCpuTime();
            long bytes = report.write(ReportRequest.designTime(tree, "benchmark.json"), out, Boolean.getBoolean("steps")
                    ? (step, done) -> System.out.printf(Locale.ROOT, "  %.0f ms wall, %.0f ms CPU: %s%n",
                            (System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6, step)
                    : ReportProgress.NONE);
            // the report is written on this one thread: its CPU time is what a quiet machine's wall clock would be
            System.out.printf(Locale.ROOT, "run %d: %d nodes, %.0f ms wall, %.0f ms CPU (%.0f ms with the JVM's own threads),"
                    + " %d KiB%n", run, tree.size(), (System.nanoTime() - start) / 1e6,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (process.getProcessCpuTime() - processCpu) / 1e6,
                    bytes / 1024);
        }
        Files.deleteIfExists(out);
    }

    private static AttackTree withProposals(AttackTree tree) {
        List<Node> nodes = new ArrayList<>();
        int defences = 0;
        for (Node node : tree.nodes()) {
            Node next = node;
            if (node.role() == Role.DEFENCE && defences++ % 3 == 0) {
                next = node.withStatus(DefenceStatus.PROPOSED).withEstimates(
                        (node.estimates().probability() == null ? new Estimates(0.5, null, null, null, null, null)
                                : node.estimates()).withCost(1000.0 + 250 * (defences % 17)));
            }
            if (node.id().equals(tree.rootId())) {
                next = next.withImpact(100_000.0);
            }
            nodes.add(next);
        }
        return new AttackTree(tree.id(), "A 500-node benchmark model", "", tree.rootId(), nodes);
    }
}
