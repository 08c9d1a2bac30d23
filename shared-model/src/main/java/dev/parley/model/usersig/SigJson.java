package dev.parley.model.usersig;

import java.util.HashMap;
import java.util.Map;

/**
 * The minimal JSON the signature document needs, without a JSON library. Reading is strict RFC 8259 for one
 * top-level object: whitespace and member order are free, every escape (including {@code \\uXXXX} surrogate pairs, as
 * Python and Go emit) is decoded, duplicate member names are rejected. Member values are kept as {@link String},
 * {@link Long} (integers in range) or {@link #OTHER} (anything else, validated and skipped, nesting at most {@value
 * #MAX_DEPTH} deep).
 */
final class SigJson {

    /** Value of a member that is valid JSON but neither a string nor an integer that fits a {@code long}. */
    static final Object OTHER = new Object();

    static final int MAX_DEPTH = 16;

    private final String text;
    private int pos;

    private SigJson(String text) {
        this.text = text;
    }

    /** Parses {@code text}, which must be exactly one JSON object with optional surrounding whitespace. */
    static Map<String, Object> parseObject(String text) throws SigFormatException {
        SigJson p = new SigJson(text);
        p.skipWhitespace();
        if (p.peek() != '{') {
            throw new SigFormatException("JSON is not an object");
        }
        Map<String, Object> members = p.readObject(1, true);
        p.skipWhitespace();
        if (p.pos != text.length()) {
            throw new SigFormatException("trailing data after JSON object");
        }
        return members;
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

    private Map<String, Object> readObject(int depth, boolean keep) throws SigFormatException {
        if (depth > MAX_DEPTH) {
            throw new SigFormatException("JSON nested too deeply");
        }
        pos++; // '{'
        Map<String, Object> members = keep ? new HashMap<>() : null;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new SigFormatException("JSON member name expected");
            }
            String name = readString();
            skipWhitespace();
            if (next() != ':') {
                throw new SigFormatException("JSON ':' expected");
            }
            skipWhitespace();
            Object value = readValue(depth, keep);
            if (keep && members.put(name, value) != null) {
                throw new SigFormatException("duplicate JSON member");
            }
            skipWhitespace();
            int c = next();
            if (c == '}') {
                return members;
            }
            if (c != ',') {
                throw new SigFormatException("JSON ',' or '}' expected");
            }
        }
    }

    private void skipArray(int depth) throws SigFormatException {
        if (depth > MAX_DEPTH) {
            throw new SigFormatException("JSON nested too deeply");
        }
        pos++; // '['
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            skipWhitespace();
            readValue(depth, false);
            skipWhitespace();
            int c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw new SigFormatException("JSON ',' or ']' expected");
            }
        }
    }

    /** Reads one value; {@code keep} only matters for strings and numbers (nested values are always skipped). */
    private Object readValue(int depth, boolean keep) throws SigFormatException {
        int c = peek();
        switch (c) {
            case '"' -> {
                return readString();
            }
            case '{' -> {
                readObject(depth + 1, false);
                return OTHER;
            }
            case '[' -> {
                skipArray(depth + 1);
                return OTHER;
            }
            case 't' -> {
                readLiteral("true");
                return OTHER;
            }
            case 'f' -> {
                readLiteral("false");
                return OTHER;
            }
            case 'n' -> {
                readLiteral("null");
                return OTHER;
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw new SigFormatException("JSON value expected");
            }
        }
    }

    private void readLiteral(String literal) throws SigFormatException {
        if (!text.startsWith(literal, pos)) {
            throw new SigFormatException("invalid JSON literal");
        }
        pos += literal.length();
    }

    private Object readNumber() throws SigFormatException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int intStart = pos;
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw new SigFormatException("invalid JSON number");
        }
        int intEnd = pos;
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw new SigFormatException("invalid JSON number");
            }
            while (isDigit(peek())) {
                pos++;
            }
            integral = false;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw new SigFormatException("invalid JSON number");
            }
            while (isDigit(peek())) {
                pos++;
            }
            integral = false;
        }
        if (!integral || intEnd - intStart > 19) {
            return OTHER;
        }
        try {
            return Long.parseLong(text, start, intEnd, 10);
        } catch (NumberFormatException e) {
            return OTHER; // beyond the long range
        }
    }

    private String readString() throws SigFormatException {
        pos++; // opening quote
        int start = pos;
        StringBuilder sb = null;
        boolean escapedSurrogate = false;
        while (true) {
            if (pos >= text.length()) {
                throw new SigFormatException("unterminated JSON string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw new SigFormatException("control character in JSON string");
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
                throw new SigFormatException("unterminated JSON string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    char u = readHex4();
                    escapedSurrogate |= Character.isSurrogate(u);
                    sb.append(u);
                }
                default -> throw new SigFormatException("invalid JSON escape");
            }
        }
        if (sb == null) {
            return text.substring(start, pos - 1);
        }
        String s = sb.toString();
        if (escapedSurrogate && !wellFormed(s)) {
            throw new SigFormatException("unpaired surrogate in JSON string");
        }
        return s;
    }

    private char readHex4() throws SigFormatException {
        if (pos + 4 > text.length()) {
            throw new SigFormatException("invalid JSON \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char h = text.charAt(pos++);
            int d;
            if (h >= '0' && h <= '9') {
                d = h - '0';
            } else if (h >= 'a' && h <= 'f') {
                d = h - 'a' + 10;
            } else if (h >= 'A' && h <= 'F') {
                d = h - 'A' + 10;
            } else {
                throw new SigFormatException("invalid JSON \\u escape");
            }
            v = (v << 4) | d;
        }
        return (char) v;
    }

    /** True when every surrogate in {@code s} is part of a high-low pair. */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    /** The current character, or -1 at the end. */
    private int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    /** The current character, consumed, or -1 at the end. */
    private int next() {
        return pos < text.length() ? text.charAt(pos++) : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
