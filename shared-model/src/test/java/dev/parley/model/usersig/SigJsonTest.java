package dev.parley.model.usersig;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigJsonTest {

    @Test
    void should_decode_every_escape_when_reading_strings() throws Exception {
        Map<String, Object> m =
                SigJson.parseObject("{\"s\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00 \\u4E2D\"}");

        assertThat(m.get("s")).isEqualTo("q\" b\\ s/ \b\f\n\r\t é 😀 中");
    }

    @Test
    void should_keep_integers_and_mark_other_values_when_reading_members() throws Exception {
        Map<String, Object> m = SigJson.parseObject(
                "{\"i\":-42,\"z\":0,\"big\":123456789012345678901,\"f\":1.5,\"e\":1e3,\"t\":true,\"n\":null,"
                        + "\"o\":{\"a\":[1,{}]},\"a\":[]}");

        assertThat(m.get("i")).isEqualTo(-42L);
        assertThat(m.get("z")).isEqualTo(0L);
        assertThat(m).containsEntry("big", SigJson.OTHER).containsEntry("f", SigJson.OTHER);
        assertThat(m).containsEntry("e", SigJson.OTHER).containsEntry("t", SigJson.OTHER);
        assertThat(m).containsEntry("n", SigJson.OTHER).containsEntry("o", SigJson.OTHER);
        assertThat(m).containsEntry("a", SigJson.OTHER);
        assertThat(SigJson.parseObject(" {} \n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "null",
                "{\"a\":1,}",
                "{\"a\" 1}",
                "{\"a\":01}",
                "{\"a\":-}",
                "{\"a\":1.}",
                "{\"a\":.5}",
                "{\"a\":1e}",
                "{\"a\":tru}",
                "{\"a\":\"x}",
                "{\"a\":\"\\q\"}",
                "{\"a\":\"\\udc00\"}",
                "{\"a\":\"\\ud800x\"}",
                "{\"a\":[1,]}",
                "{\"a\":[1 2]}",
                "{\"a\":1}}",
                "{\"a\":1,\"a\":2}",
                "{a:1}",
            })
    void should_reject_when_json_is_malformed(String json) {
        assertThatThrownBy(() -> SigJson.parseObject(json)).isInstanceOf(SigFormatException.class);
    }

    @Test
    void should_reject_when_nesting_is_too_deep() throws Exception {
        String ok = "[".repeat(SigJson.MAX_DEPTH - 1) + "]".repeat(SigJson.MAX_DEPTH - 1);
        assertThat(SigJson.parseObject("{\"a\":" + ok + "}")).containsKey("a");
        String deep = "[".repeat(SigJson.MAX_DEPTH) + "]".repeat(SigJson.MAX_DEPTH);
        assertThatThrownBy(() -> SigJson.parseObject("{\"a\":" + deep + "}")).isInstanceOf(SigFormatException.class);
        String huge = "[".repeat(100_000);
        assertThatThrownBy(() -> SigJson.parseObject("{\"a\":" + huge + "}")).isInstanceOf(SigFormatException.class);
    }

    @Test
    void should_round_trip_when_writing_strings() throws Exception {
        String s = "a\"b\\c\u0001\n\t/é😀";
        StringBuilder sb = new StringBuilder("{\"k\":");
        SigJson.writeString(sb, s);
        sb.append('}');

        assertThat(sb.toString()).isEqualTo("{\"k\":\"a\\\"b\\\\c\\u0001\\n\\t/é😀\"}");
        assertThat(SigJson.parseObject(sb.toString())).containsEntry("k", s);
    }
}
