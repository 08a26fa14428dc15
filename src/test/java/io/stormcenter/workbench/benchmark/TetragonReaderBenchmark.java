package io.stormcenter.workbench.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.sensor.TetragonEvent;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The Tetragon reader against Jackson alone on the telemetry benchmark's kprobe lines (about 1,140
 * bytes each): a tree of each line; its bare tokens, from the text and from the text's UTF-8 as the
 * reader parses it; and its tokens with every string value's text (the least any reader built on
 * Jackson pays). Run: {@code mvn -Pbench test-compile exec:exec
 * -Djmh.args="TetragonReaderBenchmark -f 1 -wi 5 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class TetragonReaderBenchmark {

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = new JsonFactory();
    private final TetragonEventReader reader = new TetragonEventReader();
    private List<String> lines;
    private int next;

    @Setup
    public void writeLines() {
        lines = TelemetryThroughput.tetragonLines(1_000, "ksc-demo", List.of("ksc-tw-read-sa-token"));
    }

    private String line() {
        next = (next + 1) % lines.size();
        return lines.get(next);
    }

    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return mapper.readTree(line());
    }

    @Benchmark
    public int jacksonTokens() throws IOException {
        return tokens(factory.createParser(line()));
    }

    @Benchmark
    public int jacksonTokensOfUtf8() throws IOException {
        return tokens(factory.createParser(line().getBytes(StandardCharsets.UTF_8)));
    }

    private static int tokens(JsonParser created) throws IOException {
        int count = 0;
        try (JsonParser parser = created) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    @Benchmark
    public int jacksonTokensWithText() throws IOException {
        int length = 0;
        try (JsonParser parser = factory.createParser(line())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    length += parser.getText().length();
                }
            }
        }
        return length;
    }

    @Benchmark
    public TetragonEvent tetragonReader() {
        return reader.read(line());
    }
}
