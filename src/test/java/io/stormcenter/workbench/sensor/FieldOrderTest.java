package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldOrderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FieldOrder ORDER = new FieldOrder("exec_id", "pid", "uid", "pod");

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"exec_id\":\"a\",\"pid\":1,\"uid\":0,\"pod\":{\"x\":1}}",
        "{\"pod\":null,\"uid\":0,\"exec_id\":\"a\",\"pid\":1}",
        "{\"exec_id\":\"a\",\"docker\":\"d\",\"uid\":0,\"exec_\\u0069d\":\"b\",\"pid\":[1,{\"pid\":2}],\"pod\":{}}",
        "{\"exec_id\":\"a\",\"exec_id\":\"b\",\"pid\":1,\"pid\":2,\"refcnt\":1,\"in_init_tree\":false}",
        "{\"exec_idx\":\"a\",\"exec\":\"b\",\"pi\":1,\"pidd\":2}",
        "{}"})
    void names_in_any_order_are_read_as_token_by_token(String json) throws IOException {
        // given an object whose names are in the expected order, out of it, unlisted, escaped, repeated or near misses
        List<String> expected = namesByTokens(MAPPER.getFactory().createParser(json));
        // (a tree keeps one value of a repeated name)
        List<String> expectedOfTree = namesByTokens(MAPPER.readTree(json).traverse(MAPPER));

        // when its fields are read expecting the order, from bytes, from chars and from a tree
        List<String> fromBytes = namesByOrder(MAPPER.getFactory().createParser(json.getBytes(StandardCharsets.UTF_8)));
        List<String> fromChars = namesByOrder(MAPPER.getFactory().createParser(json));
        List<String> fromTree = namesByOrder(MAPPER.readTree(json).traverse(MAPPER));

        // then every name, and what follows it, is what reading token by token gives
        assertThat(fromBytes).isEqualTo(expected);
        assertThat(fromChars).isEqualTo(expected);
        assertThat(fromTree).isEqualTo(expectedOfTree);
    }

    /** Each top-level name with the token of its value and the token after it. */
    private static List<String> namesByTokens(JsonParser parser) throws IOException {
        List<String> names = new ArrayList<>();
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            names.add(parser.currentName() + "=" + valueOf(parser));
        }
        names.add("end " + parser.currentToken());
        return names;
    }

    private static List<String> namesByOrder(JsonParser parser) throws IOException {
        List<String> names = new ArrayList<>();
        parser.nextToken();
        FieldOrder.Fields fields = ORDER.of(parser);
        while (fields.next()) {
            names.add(parser.currentName() + "=" + valueOf(parser));
        }
        names.add("end " + parser.currentToken());
        return names;
    }

    private static String valueOf(JsonParser parser) throws IOException {
        JsonToken value = parser.nextToken();
        String text = value.isScalarValue() ? parser.getText() : value.toString();
        parser.skipChildren();
        return text;
    }
}
