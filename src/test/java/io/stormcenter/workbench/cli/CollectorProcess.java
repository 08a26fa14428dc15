package io.stormcenter.workbench.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    private CollectorProcess(Process process, Path output) {
        this.process = process;
        reader = new Thread(() -> follow(output), "collector-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Reads the child's output from the file it writes to, until the child has ended and the file is read
     * to its end. A pipe would lose the last lines: when the child exits, the JDK closes the pipe's stream
     * under a reader still blocked in it, so "Stopped: …", printed just before the exit, never arrived.
     */
    private void follow(Path output) {
        StringBuilder partial = new StringBuilder();
        char[] chunk = new char[8192];
        try (Reader out = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            while (true) {
                boolean ended = !process.isAlive();
                int read;
                while ((read = out.read(chunk)) > 0) {
                    for (int i = 0; i < read; i++) {
                        if (chunk[i] == '\n') {
                            take(partial.toString());
                            partial.setLength(0);
                        } else {
                            partial.append(chunk[i]);
                        }
                    }
                }
                if (ended) {
                    break;
                }
                Thread.sleep(20);
            }
        } catch (IOException | InterruptedException ended) {
            // the output cannot be read further
        }
        if (!partial.isEmpty()) {
            take(partial.toString());
        }
        port.completeExceptionally(new IllegalStateException("collect ended before receiving: " + lines));
        streaming.completeExceptionally(new IllegalStateException("collect ended before streaming: " + lines));
    }

    private void take(String line) {
        lines.add(line);
        Matcher m = RECEIVING.matcher(line);
        if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
        }
        if (STREAMING.matcher(line).find()) {
            streaming.complete(true);
        }
    }

    private static CollectorProcess launch(List<String> command) throws IOException {
        Path output = Files.createTempFile("ksc-collect", ".out");
        output.toFile().deleteOnExit();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        return new CollectorProcess(process, output);
    }

    /** Starts {@code collect MODEL --listen 127.0.0.1:0 ...} and waits until it receives. */
    public static CollectorProcess start(Path model, Path store, Path tokenFile, Path kubeconfig, String... more)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "collect", model.toString(),
                "--store", store.toString(), "--listen", "127.0.0.1:0", "--token-file", tokenFile.toString(),
                "--webhook-kubeconfig", kubeconfig.toString(), "--status-every", "1"));
        command.addAll(List.of(more));
        CollectorProcess collector = launch(command);
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
        CollectorProcess collector = launch(command);
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
