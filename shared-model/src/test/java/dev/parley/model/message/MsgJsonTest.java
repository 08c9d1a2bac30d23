package dev.parley.model.message;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.parley.model.message.MsgJson.Kind;
import dev.parley.model.message.MsgJson.Node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MsgJsonTest {

    @Test
    void should_keep_source_spans_and_decode_strings_when_parsing() {
        String src =
                " { \"a\" : [ 1 , -2.5e3, \"x\\u00e9\\ud83d\\ude00\" ], \"b\":{\"c\":null,\"d\":true,\"e\":false} } ";
        Node n = MsgJson.parse(src);

        assertThat(n.kind).isEqualTo(Kind.OBJECT);
        assertThat(n.raw()).isEqualTo(src.strip());
        Node a = n.member("a");
        assertThat(a.raw()).isEqualTo("[ 1 , -2.5e3, \"x\\u00e9\\ud83d\\ude00\" ]");
        assertThat(a.items.get(0).longValue()).isEqualTo(1L);
        assertThat(a.items.get(1).isIntegral()).isFalse();
        assertThat(a.items.get(1).longValue()).isNull();
        assertThat(a.items.get(1).doubleValue()).isEqualTo(-2500.0);
        assertThat(a.items.get(2).string).isEqualTo("xé😀");
        assertThat(n.member("b").members.keySet()).containsExactly("c", "d", "e");
        assertThat(n.member("b").member("c").kind).isEqualTo(Kind.NULL);
        assertThat(n.member("missing")).isNull();
    }

    @Test
    void should_return_null_for_integers_beyond_long() {
        assertThat(MsgJson.parse("123456789012345678901").longValue()).isNull();
        assertThat(MsgJson.parse("-9223372036854775808").longValue()).isEqualTo(Long.MIN_VALUE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "[1,]",
                "[1 2]",
                "{\"a\" 1}",
                "{\"a\":01}",
                "{\"a\":-}",
                "{\"a\":1.}",
                "{\"a\":.5}",
                "{\"a\":1e}",
                "{\"a\":tru}",
                "{\"a\":\"x}",
                "{\"a\":\"\\q\"}",
                "{\"a\":\"\\u12\"}",
                "{\"a\":\"\\u12g4\"}",
                "{\"a\":\"tab\there\"}",
                "{\"a\":1}}",
                "{\"a\":1,\"a\":2}",
                "{a:1}",
                "[1]x",
                "'x'",
                "\"\\",
            })
    void should_reject_malformed_json(String json) {
        assertThatThrownBy(() -> MsgJson.parse(json))
                .isInstanceOfSatisfying(
                        MsgBodyException.class, e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.NOT_JSON));
    }

    @Test
    void should_limit_nesting_depth() {
        String ok = "[".repeat(MsgJson.MAX_DEPTH + 1) + "]".repeat(MsgJson.MAX_DEPTH + 1);
        assertThat(MsgJson.parse(ok).kind).isEqualTo(Kind.ARRAY);
        String deep = "[".repeat(MsgJson.MAX_DEPTH + 2) + "]".repeat(MsgJson.MAX_DEPTH + 2);
        assertThatThrownBy(() -> MsgJson.parse(deep)).isInstanceOf(MsgBodyException.class);
        assertThatThrownBy(() -> MsgJson.parse("[".repeat(100_000))).isInstanceOf(MsgBodyException.class);
    }

    @Test
    void should_remove_only_insignificant_whitespace_when_compacting() {
        assertThat(MsgJson.compact(" [ { \"a b\" : \"x \\\" y\\\\\" , \"c\" :\n\t1 } ]\r\n"))
                .isEqualTo("[{\"a b\":\"x \\\" y\\\\\",\"c\":1}]");
        String already = "{\"a\":[1,2]}";
        assertThat(MsgJson.compact(already)).isSameAs(already);
    }

    @Test
    void should_count_utf8_bytes() {
        assertThat(MsgJson.utf8Length(null)).isZero();
        assertThat(MsgJson.utf8Length("")).isZero();
        assertThat(MsgJson.utf8Length("a")).isEqualTo(1);
        assertThat(MsgJson.utf8Length("é")).isEqualTo(2);
        assertThat(MsgJson.utf8Length("你")).isEqualTo(3);
        assertThat(MsgJson.utf8Length("😀")).isEqualTo(4);
        assertThat(MsgJson.utf8Length("\ud83d")).isEqualTo(3);
        String mixed = "aé你😀";
        assertThat(MsgJson.utf8Length(mixed)).isEqualTo(mixed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void should_write_untyped_trees_as_compact_json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "q\"\\\n\u0001");
        m.put("i", 1);
        m.put("l", 1L << 40);
        m.put("bi", new BigInteger("123456789012345678901"));
        m.put("bd", new BigDecimal("2.50"));
        m.put("d", 1.5);
        m.put("b", true);
        m.put("n", null);
        m.put("a", new ArrayList<>(Arrays.asList(1, "x", null)));
        StringBuilder sb = new StringBuilder();

        MsgJson.writeTree(sb, m, 0);

        assertThat(sb.toString())
                .isEqualTo(
                        "{\"s\":\"q\\\"\\\\\\n\\u0001\",\"i\":1,\"l\":1099511627776,"
                                + "\"bi\":123456789012345678901,\"bd\":2.50,\"d\":1.5,\"b\":true,\"n\":null,\"a\":[1,\"x\",null]}");
        assertThat(MsgJson.parse(sb.toString()).kind).isEqualTo(Kind.OBJECT);
    }

    @Test
    void should_refuse_to_write_what_is_not_json() {
        assertThatThrownBy(() -> MsgJson.writeTree(new StringBuilder(), Double.NaN, 0))
                .isInstanceOf(MsgBodyException.class);
        assertThatThrownBy(() -> MsgJson.writeTree(new StringBuilder(), new Object(), 0))
                .isInstanceOf(MsgBodyException.class);
        assertThatThrownBy(() -> MsgJson.writeTree(new StringBuilder(), Map.of(1, "x"), 0))
                .isInstanceOf(MsgBodyException.class);
        Object deep = List.of();
        for (int i = 0; i < MsgJson.MAX_DEPTH + 2; i++) {
            deep = List.of(deep);
        }
        Object tooDeep = deep;
        assertThatThrownBy(() -> MsgJson.writeTree(new StringBuilder(), tooDeep, 0))
                .isInstanceOf(MsgBodyException.class);
    }
}
