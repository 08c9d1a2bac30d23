package dev.parley.model.usersig;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Base64 as Tencent packs UserSigs: standard RFC 4648 base64 with {@code +}→{@code *}, {@code /}→{@code -} and
 * {@code =}→{@code _} (§3.1 step 7). Decoding is lenient: both alphabets, optional or extra padding, ASCII
 * whitespace ignored (old reference encoders wrapped lines).
 */
final class TencentBase64 {

    private static final byte[] DECODE = new byte[128];

    static {
        Arrays.fill(DECODE, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            DECODE[alphabet.charAt(i)] = (byte) i;
        }
        DECODE['*'] = 62;
        DECODE['-'] = 63;
    }

    private TencentBase64() {}

    /** Standard base64 of {@code data} with the Tencent substitution applied. */
    static String encode(byte[] data) {
        byte[] chars = Base64.getEncoder().encode(data);
        for (int i = 0; i < chars.length; i++) {
            switch (chars[i]) {
                case '+' -> chars[i] = '*';
                case '/' -> chars[i] = '-';
                case '=' -> chars[i] = '_';
                default -> {}
            }
        }
        return new String(chars, StandardCharsets.US_ASCII);
    }

    /**
     * Decodes standard or Tencent base64. Trailing padding ({@code =} or {@code _}, any count) is optional; padding
     * anywhere else, any other character, or a dangling single character is an error.
     */
    static byte[] decode(CharSequence s) throws SigFormatException {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (c == '=' || c == '_' || isWhitespace(c)) {
                end--;
            } else {
                break;
            }
        }
        byte[] out = new byte[end / 4 * 3 + 2];
        int acc = 0;
        int count = 0;
        int o = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            int v = c < 128 ? DECODE[c] : -1;
            if (v < 0) {
                if (isWhitespace(c)) {
                    continue;
                }
                throw new SigFormatException("invalid base64 character");
            }
            acc = (acc << 6) | v;
            if (++count == 4) {
                out[o++] = (byte) (acc >> 16);
                out[o++] = (byte) (acc >> 8);
                out[o++] = (byte) acc;
                acc = 0;
                count = 0;
            }
        }
        switch (count) {
            case 0 -> {}
            case 2 -> out[o++] = (byte) (acc >> 4);
            case 3 -> {
                out[o++] = (byte) (acc >> 10);
                out[o++] = (byte) (acc >> 2);
            }
            default -> throw new SigFormatException("truncated base64");
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }

    /**
     * Undoes one level of percent-encoding ({@code %2A} → {@code *}, hex case-insensitive). {@code +} is kept as is:
     * this is URI percent-decoding, not form decoding.
     */
    static String percentDecode(String s) throws SigFormatException {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new SigFormatException("truncated percent-escape");
                }
                int hi = hexValue(s.charAt(i + 1));
                int lo = hexValue(s.charAt(i + 2));
                if (hi < 0 || lo < 0) {
                    throw new SigFormatException("invalid percent-escape");
                }
                sb.append((char) ((hi << 4) | lo));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
