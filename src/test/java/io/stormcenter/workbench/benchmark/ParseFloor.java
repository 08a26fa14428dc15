package io.stormcenter.workbench.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.stormcenter.workbench.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The least any Jackson-and-picocli {@code analyze} can cost on a cold JVM, for the whole-process
 * benchmark: {@code ParseFloor MODEL SMALL_MODEL} reads every token of MODEL with Jackson (text
 * and numbers too) while picocli runs {@code validate SMALL_MODEL} on the main thread, as the real
 * command's read-ahead does, and builds nothing. What {@code analyze} takes beyond this is ours.
 */
public final class ParseFloor {

    private ParseFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        long[] tokens = new long[1];
        Thread reading = new Thread(() -> tokens[0] = tokens(model), "floor-read");
        reading.start();
        PrintWriter out = new PrintWriter(System.out, true);
        int code = Cli.run(new String[] {"validate", args[1]}, out, out);
        reading.join();
        System.out.println(tokens[0] + " tokens");
        System.exit(code);
    }

    private static long tokens(Path model) {
        long count = 0;
        double sum = 0;
        // configured as the native reader's factory is
        JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
        try (JsonParser json = factory.createParser(Files.readAllBytes(model))) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                count++;
                switch (token) {
                    case FIELD_NAME, VALUE_STRING -> count += json.getText().isEmpty() ? 0 : 1;
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sum += json.getDoubleValue();
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count + (sum > 0 ? 0 : 1); // the sum is used, so the numbers are parsed
    }
}
