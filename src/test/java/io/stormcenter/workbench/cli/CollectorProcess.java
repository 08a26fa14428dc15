package io.stormcenter.workbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ksc collect} in a child JVM (this test run's class path), with the lines it prints. */
public final class CollectorProcess implements AutoCloseable {

    private static final Pattern RECEIVING = Pattern.compile("Receiving on https://127\\.0\\.0\\.1:(\\d+) ");

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private static final Pattern STREAMING = Pattern.compile("^Streaming from ");

    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final CompletableFuture<Boolean> streaming = new CompletableFuture<>();
    private final Thread reader;

    private CollectorProcess(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    Matcher m = RECEIVING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                    if (STREAMING.matcher(line).find()) {
                        streaming.complete(true);
                    }
                }
            } catch (IOException ended) {
                // the process is gone
            }
            port.completeExceptionally(new IllegalStateException("collect ended before receiving: " + lines));
            streaming.completeExceptionally(new IllegalStateException("collect ended before streaming: " + lines));
        }, "collector-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code collect MODEL --listen 127.0.0.1:0 ...} and waits until it receives. */
    public static CollectorProcess start(Path model, Path store, Path tokenFile, Path kubeconfig, String... more)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "collect", model.toString(),
                "--store", store.toString(), "--listen", "127.0.0.1:0", "--token-file", tokenFile.toString(),
                "--webhook-kubeconfig", kubeconfig.toString(), "--status-every", "1"));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CollectorProcess collector = new CollectorProcess(process);
        try {
            collector.port.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            collector.close();
            throw new IllegalStateException("collect did not start receiving; it printed " + collector.lines, e);
        }
        return collector;
    }

    /** Starts {@code collect MODEL --store STORE} with live sources only ({@code --kafka}, {@code --cluster}). */
    public static CollectorProcess streaming(Path model, Path store, String... sources) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "collect", model.toString(),
                "--store", store.toString(), "--status-every", "1"));
        command.addAll(List.of(sources));
        CollectorProcess collector = new CollectorProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        try {
            collector.streaming.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            collector.close();
            throw new IllegalStateException("collect did not start streaming; it printed " + collector.lines, e);
        }
        return collector;
    }

    public int port() {
        return port.join();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** SIGKILL: no shutdown hook, no last commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Ctrl+C: the batch in hand is finished; the JVM ends with 143 (128 + SIGTERM) after its hooks. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        reader.join(60_000);
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
