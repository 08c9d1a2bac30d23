package dev.parley.model.message;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the message model needs, without a JSON library (shared-model has only Jackson's annotations at run time).
 * Reading is strict RFC 8259 for one value: every escape is decoded, duplicate member names are rejected, nesting
 * is limited to {@value #MAX_DEPTH}. Every node remembers its span in the source text, so the exact bytes of an
 * element can be kept. Also writes compact JSON and measures UTF-8 sizes.
 */
final class MsgJson {

    /** Deepest nesting accepted; a relayed message inside a relayed message costs about six levels. */
    static final int MAX_DEPTH = 64;

    /** Kind of a JSON value. */
    enum Kind {
        OBJECT,
        ARRAY,
        STRING,
        NUMBER,
        TRUE,
        FALSE,
        NULL
    }

    /**
     * One parsed value. {@code start}/{@code end} delimit its text in the source; strings carry their decoded value,
     * objects their members in source order, arrays their items.
     */
    static final class Node {
        final Kind kind;
        final String source;
        final int start;
        int end;
        String string;
        Map<String, Node> members;
        List<Node> items;

        Node(Kind kind, String source, int start) {
            this.kind = kind;
            this.source = source;
            this.start = start;
        }

        /** The exact source text of this value. */
        String raw() {
            return source.substring(start, end);
        }

        /** Member {@code name} of an object, or null when absent (or when this is not an object). */
        Node member(String name) {
            return members == null ? null : members.get(name);
        }

        /** True for a number written without fraction or exponent. */
        boolean isIntegral() {
            if (kind != Kind.NUMBER) {
                return false;
            }
            for (int i = start; i < end; i++) {
                char c = source.charAt(i);
                if (c == '.' || c == 'e' || c == 'E') {
                    return false;
                }
            }
            return true;
        }

        /** The integer value; null when not an integral number or out of the {@code long} range. */
        Long longValue() {
            if (!isIntegral()) {
                return null;
            }
            try {
                return Long.parseLong(source, start, end, 10);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The numeric value as a double; only for {@link Kind#NUMBER}. */
        double doubleValue() {
            return Double.parseDouble(raw());
        }
    }

    private final String text;
    private int pos;

    private MsgJson(String text) {
        this.text = text;
    }

    /**
     * Parses {@code text}, which must be exactly one JSON value with optional surrounding whitespace.
     *
     * @throws MsgBodyException with {@link MsgBodyProblem#NOT_JSON} when it is not
     */
    static Node parse(String text) {
        MsgJson p = new MsgJson(text);
        p.skipWhitespace();
        Node n = p.readValue(0);
        p.skipWhitespace();
        if (p.pos != text.length()) {
            throw notJson("trailing data after JSON value");
        }
        return n;
    }

    private Node readValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw notJson("JSON nested too deeply");
        }
        int c = peek();
        Node n;
        switch (c) {
            case '{' -> n = readObject(depth);
            case '[' -> n = readArray(depth);
            case '"' -> {
                n = new Node(Kind.STRING, text, pos);
                n.string = readString();
            }
            case 't' -> n = readLiteral("true", Kind.TRUE);
            case 'f' -> n = readLiteral("false", Kind.FALSE);
            case 'n' -> n = readLiteral("null", Kind.NULL);
            default -> {
                if (c != '-' && (c < '0' || c > '9')) {
                    throw notJson("JSON value expected");
                }
                n = new Node(Kind.NUMBER, text, pos);
                readNumber();
            }
        }
        n.end = pos;
        return n;
    }

    private Node readObject(int depth) {
        Node n = new Node(Kind.OBJECT, text, pos);
        pos++; // '{'
        n.members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return n;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw notJson("JSON member name expected");
            }
            String name = readString();
            skipWhitespace();
            if (next() != ':') {
                throw notJson("JSON ':' expected");
            }
            skipWhitespace();
            Node value = readValue(depth + 1);
            if (n.members.put(name, value) != null) {
                throw notJson("duplicate JSON member name");
            }
            skipWhitespace();
            int c = next();
            if (c == '}') {
                return n;
            }
            if (c != ',') {
                throw notJson("JSON ',' or '}' expected");
            }
        }
    }

    private Node readArray(int depth) {
        Node n = new Node(Kind.ARRAY, text, pos);
        pos++; // '['
        n.items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return n;
        }
        while (true) {
            skipWhitespace();
            n.items.add(readValue(depth + 1));
            skipWhitespace();
            int c = next();
            if (c == ']') {
                return n;
            }
            if (c != ',') {
                throw notJson("JSON ',' or ']' expected");
            }
        }
    }

    private Node readLiteral(String literal, Kind kind) {
        if (!text.startsWith(literal, pos)) {
            throw notJson("invalid JSON literal");
        }
        Node n = new Node(kind, text, pos);
        pos += literal.length();
        return n;
    }

    private void readNumber() {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw notJson("invalid JSON number");
        }
        if (peek() == '.') {
            pos++;
            requireDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigits();
        }
    }

    private void requireDigits() {
        if (!isDigit(peek())) {
            throw notJson("invalid JSON number");
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private String readString() {
        pos++; // opening quote
        int start = pos;
        StringBuilder sb = null;
        while (true) {
            if (pos >= text.length()) {
                throw notJson("unterminated JSON string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb == null ? text.substring(start, pos - 1) : sb.toString();
            }
            if (c < 0x20) {
                throw notJson("control character in JSON string");
            }
            if (c != '\\') {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() - start);
                sb.append(text, start, pos - 1);
            }
            if (pos >= text.length()) {
                throw notJson("unterminated JSON string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(readHex4());
                default -> throw notJson("invalid JSON escape");
            }
        }
    }

    private char readHex4() {
        if (pos + 4 > text.length()) {
            throw notJson("invalid JSON unicode escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(text.charAt(pos++), 16);
            if (d < 0) {
                throw notJson("invalid JSON unicode escape");
            }
            v = (v << 4) | d;
        }
        return (char) v;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    private int next() {
        return pos < text.length() ? text.charAt(pos++) : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static MsgBodyException notJson(String reason) {
        return new MsgBodyException(MsgBodyProblem.NOT_JSON, reason);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing and measuring

    /**
     * {@code json} (valid JSON) without insignificant whitespace; string literals and numbers are kept exactly as
     * written, escapes included.
     */
    static String compact(String json) {
        StringBuilder sb = null;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    if (sb != null) {
                        sb.append(c);
                    }
                    i++;
                    c = json.charAt(i);
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (sb == null) {
                    sb = new StringBuilder(json.length());
                    sb.append(json, 0, i);
                }
                continue;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? json : sb.toString();
    }

    /** Number of bytes of {@code s} in UTF-8; an unpaired surrogate counts 3 bytes. Null counts 0. */
    static long utf8Length(String s) {
        if (s == null) {
            return 0;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Writes {@code s} as a JSON string literal: quote, backslash and control characters escaped, the rest as is. */
    static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * Writes a value of the untyped tree a JSON library produces ({@link Map}, {@link List}, {@link String},
     * {@link Number}, {@link Boolean}, null) as compact JSON.
     *
     * @throws MsgBodyException with {@link MsgBodyProblem#NOT_JSON} for anything else, or a non-finite number
     */
    static void writeTree(StringBuilder sb, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw notJson("JSON nested too deeply");
        }
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            writeString(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b.booleanValue());
        } else if (value instanceof Number n) {
            writeNumber(sb, n);
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw notJson("JSON member name is not a string");
                }
                if (!first) {
                    sb.append(',');
                }
                first = false;
                writeString(sb, key);
                sb.append(':');
                writeTree(sb, e.getValue(), depth + 1);
            }
            sb.append('}');
        } else if (value instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                writeTree(sb, l.get(i), depth + 1);
            }
            sb.append(']');
        } else {
            throw notJson("value is not JSON");
        }
    }

    /** Writes a number as JSON; integers as digits, other values in their shortest round-trip decimal form. */
    static void writeNumber(StringBuilder sb, Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            sb.append(n.longValue());
        } else if (n instanceof BigInteger bi) {
            sb.append(bi);
        } else if (n instanceof BigDecimal bd) {
            sb.append(bd);
        } else {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw notJson("number is not finite");
            }
            sb.append(d);
        }
    }

    /** Appends members of one JSON object, skipping null values. */
    static final class ObjectWriter {
        private final StringBuilder sb;
        private boolean first = true;

        ObjectWriter(StringBuilder sb) {
            this.sb = sb;
            sb.append('{');
        }

        private void name(String name) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            writeString(sb, name);
            sb.append(':');
        }

        ObjectWriter string(String name, String value) {
            if (value != null) {
                name(name);
                writeString(sb, value);
            }
            return this;
        }

        ObjectWriter number(String name, Number value) {
            if (value != null) {
                name(name);
                writeNumber(sb, value);
            }
            return this;
        }

        /** Writes {@code json}, which must already be valid JSON, as the value of {@code name}. */
        ObjectWriter raw(String name, String json) {
            if (json != null) {
                name(name);
                sb.append(json);
            }
            return this;
        }

        ObjectWriter strings(String name, List<String> values) {
            if (values != null) {
                name(name);
                sb.append('[');
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    String v = values.get(i);
                    if (v == null) {
                        sb.append("null");
                    } else {
                        writeString(sb, v);
                    }
                }
                sb.append(']');
            }
            return this;
        }

        void end() {
            sb.append('}');
        }
    }

    /** An unmodifiable copy of {@code list}, null stays null. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
