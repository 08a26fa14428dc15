package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8InputTest {

    @Test
    void an_ascii_line_is_read_from_its_bytes() {
        String line = "{\"node_name\":\"worker-1\",\"args\":[{\"string_arg\":\"a?b\"}]}";

        byte[] bytes = Utf8Input.of(line);

        assertThat(bytes).isEqualTo(line.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void accented_characters_and_a_surrogate_pair_are_written_exactly() {
        String line = "{\"path\":\"/home/jos\u00e9/caf\u00e9-\u20ac-\uD83D\uDE00?\"}";

        byte[] bytes = Utf8Input.of(line);

        assertThat(bytes).isNotNull();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(line);
    }

    @Test
    void a_lone_surrogate_anywhere_is_refused_because_java_writes_it_as_a_question_mark() {
        assertThat(Utf8Input.of("{\"a\":\"\uD83D\"}")).as("lone high surrogate, ASCII otherwise").isNull();
        assertThat(Utf8Input.of("{\"a\":\"\uDE00\"}")).as("lone low surrogate").isNull();
        assertThat(Utf8Input.of("{\"a\":\"\uDE00\uD83D\"}")).as("a pair written backwards").isNull();
        assertThat(Utf8Input.of("{\"a\":\"\uD83D\uD83D\uDE00\"}")).as("a high surrogate before a pair").isNull();
        assertThat(Utf8Input.of("{\"a\":\"caf\u00e9\"}\uD83D")).as("at the end, beside an accent").isNull();
        assertThat(Utf8Input.of("{\"a\":\"?\uD83D?\"}")).as("between real question marks").isNull();
        // a surrogate whose low byte is '?' itself, which the check compares the question mark with
        assertThat(Utf8Input.of("{\"a\":\"\uD83F\"}")).as("U+D83F, low byte '?'").isNull();
        assertThat(Utf8Input.of("{\"a\":\"\uDF3F?\"}")).as("U+DF3F, low byte '?'").isNull();
    }

    @Test
    void a_long_line_is_checked_the_same_way() {
        String ascii = "{\"a\":\"" + "x".repeat(100_000) + "\"}";
        String lone = "{\"a\":\"" + "x".repeat(100_000) + "\uD83F\"}";

        assertThat(Utf8Input.of(ascii)).isEqualTo(ascii.getBytes(StandardCharsets.US_ASCII));
        assertThat(Utf8Input.of(lone)).isNull();
        assertThat(Utf8Input.of("{\"a\":\"" + "x".repeat(60_000) + "\uD93F\"}")).isNull();
    }

    @Test
    void a_byte_order_mark_or_a_zero_byte_among_the_first_four_is_left_to_the_char_parser() {
        assertThat(Utf8Input.of("\uFEFF{\"a\":1}")).as("byte order mark").isNull();
        assertThat(Utf8Input.of("{\u0000\"a\":1}")).as("zero byte second").isNull();
        assertThat(Utf8Input.of("{\"a\u0000\":1}")).as("zero byte fourth").isNull();
        assertThat(Utf8Input.of("{\"ab\u0000\":1}")).as("zero byte fifth").isNotNull();
        assertThat(Utf8Input.of("")).isNull();
    }

    @Test
    void the_check_agrees_with_decoding_the_bytes_again_on_random_texts() {
        // given texts drawn from ASCII, '?', accents, a euro sign, both halves of a surrogate pair, and
        // characters whose low byte is '?' (two surrogates and an L with a middle dot)
        char[] alphabet = {'a', '{', '"', '?', '\u00e9', '\u20ac', '\uD83D', '\uDE00', '\uFEFF', '\u0000',
            '\uD83F', '\uDF3F', '\u013F'};
        Random random = new Random(20261207);
        for (int n = 0; n < 20_000; n++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet[random.nextInt(random.nextBoolean() ? 4 : alphabet.length)];
            }
            String text = new String(chars);
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);

            // when checked, then it says what decoding the bytes again says
            assertThat(Utf8Input.holdsExactly(text, utf8)).as("%s", text.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(text.equals(new String(utf8, StandardCharsets.UTF_8)));
        }
    }
}
