package dev.parley.model.usersig;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.parley.model.error.ErrorCode;

/**
 * UserSig v2 ({@code tls-sig-api-v2}, HMAC-SHA256) generation and verification, byte-compatible with Tencent's
 * reference libraries (§3 of the protocol document).
 *
 * <p>A UserSig is {@code tencentBase64(zlib(json))}; the JSON holds {@code TLS.ver}, {@code TLS.identifier}, {@code
 * TLS.sdkappid}, {@code TLS.expire}, {@code TLS.time}, optional {@code TLS.userbuf} and {@code TLS.sig}, the base64
 * HMAC-SHA256, keyed with the UTF-8 bytes of the app secret, of
 *
 * <pre>
 * TLS.identifier:&lt;identifier&gt;\n
 * TLS.sdkappid:&lt;sdkappid&gt;\n
 * TLS.time:&lt;time&gt;\n
 * TLS.expire:&lt;expire&gt;\n
 * [TLS.userbuf:&lt;userbuf base64&gt;\n]
 * </pre>
 *
 * <p>Generation emits the Python/Java reference form (compact JSON in reference member order, zlib default level 6),
 * so it reproduces the §3.5 test vector. Verification accepts any reference's output (any zlib level, raw deflate,
 * any JSON spacing and member order, numbers as numeric strings, percent-encoded input) and never throws: every bad
 * input yields a {@link Verification} with the exact error code, checked in the §3.2 order.
 *
 * <p>Stateless and thread-safe; all methods are static.
 */
public final class UserSigCodec {

    /** Default validity of generated UserSigs: 180 days, as the reference SDKs and Tencent docs state. */
    public static final long DEFAULT_EXPIRE_SECONDS = 180L * 86_400L;

    /** Longest validity accepted when generating or verifying: 50 years of 365 days. */
    public static final long MAX_EXPIRE_SECONDS = 50L * 365L * 86_400L;

    /** Largest {@code TLS.time} accepted: 9999-12-31T23:59:59Z. */
    public static final long MAX_EPOCH_SECONDS = 253_402_300_799L;

    /** Largest inflated signature document accepted, against zip bombs. */
    public static final int MAX_INFLATED_BYTES = 64 * 1024;

    /** Longest UserSig string accepted before decoding (percent-encoded forms included). */
    public static final int MAX_USERSIG_CHARS = 128 * 1024;

    /** {@code TLS.ver} of v2 documents. */
    static final String VERSION_2 = "2.0";

    /** {@code TLS.version} of legacy v1 (ECDSA) documents (§3.4). */
    static final String VERSION_1 = "201610110000";

    private static final String HMAC_SHA256 = "HmacSHA256";

    private UserSigCodec() {}

    // ---------------------------------------------------------------------------------------------------------
    // Generation

    /**
     * Generates a UserSig valid for {@link #DEFAULT_EXPIRE_SECONDS} from now.
     *
     * @throws IllegalArgumentException on an invalid argument (see {@link #generate(long, String, String, long,
     *     long)})
     */
    public static String generate(long sdkAppId, String secretKey, String identifier) {
        return generate(sdkAppId, secretKey, identifier, DEFAULT_EXPIRE_SECONDS);
    }

    /**
     * Generates a UserSig valid for {@code expireSeconds} from now.
     *
     * @throws IllegalArgumentException on an invalid argument (see {@link #generate(long, String, String, long,
     *     long)})
     */
    public static String generate(long sdkAppId, String secretKey, String identifier, long expireSeconds) {
        return generate(sdkAppId, secretKey, identifier, expireSeconds, nowEpochSeconds());
    }

    /**
     * Generates a UserSig as if the current time were {@code currentTime}; deterministic, for tests and test vectors.
     *
     * @param sdkAppId the app's SDKAppID, {@code >= 0}
     * @param secretKey the app secret, used as its UTF-8 bytes (not hex-decoded); not empty
     * @param identifier the UserID; not empty, well-formed UTF-16
     * @param expireSeconds validity in seconds, {@code 0..}{@link #MAX_EXPIRE_SECONDS}
     * @param currentTime {@code TLS.time}, epoch seconds, {@code 0..}{@link #MAX_EPOCH_SECONDS}
     * @return the UserSig, in the Tencent base64 alphabet
     * @throws IllegalArgumentException on an argument outside the ranges above
     * @throws NullPointerException on a null argument
     */
    public static String generate(
            long sdkAppId, String secretKey, String identifier, long expireSeconds, long currentTime) {
        return generate(sdkAppId, secretKey, identifier, expireSeconds, null, currentTime);
    }

    /**
     * Generates a UserSig carrying {@code TLS.userbuf} (§3.3, e.g. a TRTC PrivateMapKey buffer), valid from now.
     *
     * @throws IllegalArgumentException on an invalid argument (see {@link #generate(long, String, String, long,
     *     long)})
     */
    public static String generateWithUserbuf(
            long sdkAppId, String secretKey, String identifier, long expireSeconds, byte[] userbuf) {
        return generateWithUserbuf(sdkAppId, secretKey, identifier, expireSeconds, userbuf, nowEpochSeconds());
    }

    /**
     * Generates a UserSig carrying {@code TLS.userbuf} (standard base64 of {@code userbuf}, also signed) as if the
     * current time were {@code currentTime}. An empty {@code userbuf} is carried as {@code ""}, as the Python and Java
     * references do.
     *
     * @throws IllegalArgumentException on an invalid argument (see {@link #generate(long, String, String, long,
     *     long)})
     */
    public static String generateWithUserbuf(
            long sdkAppId, String secretKey, String identifier, long expireSeconds, byte[] userbuf, long currentTime) {
        Objects.requireNonNull(userbuf, "userbuf");
        return generate(
                sdkAppId,
                secretKey,
                identifier,
                expireSeconds,
                Base64.getEncoder().encodeToString(userbuf),
                currentTime);
    }

    private static String generate(
            long sdkAppId,
            String secretKey,
            String identifier,
            long expireSeconds,
            String b64Userbuf,
            long currentTime) {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(identifier, "identifier");
        if (sdkAppId < 0) {
            throw new IllegalArgumentException("sdkAppId must not be negative");
        }
        if (secretKey.isEmpty()) {
            throw new IllegalArgumentException("secretKey must not be empty");
        }
        if (identifier.isEmpty() || !SigJson.wellFormed(identifier)) {
            throw new IllegalArgumentException("identifier must be a non-empty, well-formed string");
        }
        if (expireSeconds < 0 || expireSeconds > MAX_EXPIRE_SECONDS) {
            throw new IllegalArgumentException("expireSeconds must be in [0, " + MAX_EXPIRE_SECONDS + "]");
        }
        if (currentTime < 0 || currentTime > MAX_EPOCH_SECONDS) {
            throw new IllegalArgumentException("currentTime must be in [0, " + MAX_EPOCH_SECONDS + "]");
        }
        byte[] mac = hmac(secretKey, contentToSign(identifier, sdkAppId, currentTime, expireSeconds, b64Userbuf));

        // Member order of the reference generators; verification does not depend on it.
        StringBuilder json =
                new StringBuilder(160 + identifier.length() + (b64Userbuf == null ? 0 : b64Userbuf.length()));
        json.append("{\"TLS.ver\":\"").append(VERSION_2).append("\",\"TLS.identifier\":");
        SigJson.writeString(json, identifier);
        json.append(",\"TLS.sdkappid\":").append(sdkAppId);
        json.append(",\"TLS.expire\":").append(expireSeconds);
        json.append(",\"TLS.time\":").append(currentTime);
        if (b64Userbuf != null) {
            json.append(",\"TLS.userbuf\":\"").append(b64Userbuf).append('"');
        }
        json.append(",\"TLS.sig\":\"")
                .append(Base64.getEncoder().encodeToString(mac))
                .append("\"}");
        return TencentBase64.encode(deflate(json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Verification

    /**
     * Verifies {@code userSig} for a request made with {@code sdkAppId} and {@code identifier} at {@code
     * nowEpochSeconds}. Never throws.
     *
     * <p>Checks, in the §3.2 order, the first failing one deciding the code: null/blank → 70002; percent-escape,
     * base64, zlib (inflated size capped at {@link #MAX_INFLATED_BYTES}), UTF-8, JSON, missing or out-of-range field
     * → 70003; {@code TLS.sdkappid} → 70014; {@code TLS.identifier} → 70013; {@code now > TLS.time + TLS.expire} →
     * 70001; null or empty {@code secretKey}, or a legacy v1 (ECDSA) document, for which no public key exists → 70016;
     * HMAC (constant-time) → 70009.
     *
     * @param userSig the {@code usersig} query value, raw or percent-encoded
     * @param sdkAppId the request's SDKAppID
     * @param secretKey the app secret, or null when the app has none
     * @param identifier the request's {@code identifier} (UserID)
     * @param nowEpochSeconds current time, epoch seconds
     * @return the outcome; {@link Verification#ok()} when the UserSig is valid
     */
    public static Verification verify(
            String userSig, long sdkAppId, String secretKey, String identifier, long nowEpochSeconds) {
        return verify(userSig, sdkAppId, secretKey, identifier, nowEpochSeconds, Long.MIN_VALUE);
    }

    /**
     * As {@link #verify(String, long, String, String, long)}, then rejects with 70052 (UserSig invalidated) a
     * UserSig that is otherwise valid but was generated ({@code TLS.time}) before {@code invalidatedBeforeEpochSeconds},
     * e.g. the time of the user's last {@code kick}. This last check is Parley's: §3.2 does not place 70052.
     *
     * @param invalidatedBeforeEpochSeconds UserSigs with {@code TLS.time} below this are invalidated; {@link
     *     Long#MIN_VALUE} for none
     */
    public static Verification verify(
            String userSig,
            long sdkAppId,
            String secretKey,
            String identifier,
            long nowEpochSeconds,
            long invalidatedBeforeEpochSeconds) {
        try {
            return doVerify(userSig, sdkAppId, secretKey, identifier, nowEpochSeconds, invalidatedBeforeEpochSeconds);
        } catch (SigFormatException e) {
            return Verification.failure(ErrorCode.USERSIG_INVALID, e.getMessage());
        } catch (RuntimeException e) {
            // Defensive: no input reaches here by design, but a verifier must not turn bad input into a 500.
            return Verification.failure(ErrorCode.USERSIG_INVALID, "unexpected decoding error");
        }
    }

    private static Verification doVerify(
            String userSig, long sdkAppId, String secretKey, String identifier, long now, long invalidatedBefore)
            throws SigFormatException {
        if (userSig == null || userSig.isBlank()) {
            return Verification.failure(ErrorCode.USERSIG_EMPTY, "UserSig is empty");
        }
        if (userSig.length() > MAX_USERSIG_CHARS) {
            throw new SigFormatException("UserSig too long");
        }
        // §3.2 step 1: undo percent-encoding (§1.1), the Tencent substitution, base64.
        String packed = userSig.indexOf('%') >= 0 ? TencentBase64.percentDecode(userSig) : userSig;
        byte[] compressed = TencentBase64.decode(packed);
        if (compressed.length == 0) {
            throw new SigFormatException("UserSig decodes to nothing");
        }
        // Step 2: zlib, falling back to raw deflate.
        byte[] jsonBytes = inflate(compressed);
        // Step 3: JSON, then the version.
        Map<String, Object> doc = SigJson.parseObject(utf8(jsonBytes));
        SigDocument sig = SigDocument.of(doc);

        // Steps 4-6.
        if (sig.sdkAppId != sdkAppId) {
            return Verification.failure(ErrorCode.USERSIG_SDKAPPID_MISMATCH, "TLS.sdkappid does not match");
        }
        if (!sig.identifier.equals(identifier)) {
            return Verification.failure(ErrorCode.USERSIG_IDENTIFIER_MISMATCH, "TLS.identifier does not match");
        }
        long expiresAt = sig.time + sig.expire;
        if (now > expiresAt) {
            return Verification.failure(ErrorCode.USERSIG_EXPIRED, "UserSig expired");
        }
        // Step 7.
        if (sig.legacyV1) {
            return Verification.failure(ErrorCode.APP_KEY_NOT_FOUND, "legacy v1 (ECDSA) UserSig, no public key");
        }
        if (secretKey == null || secretKey.isEmpty()) {
            return Verification.failure(ErrorCode.APP_KEY_NOT_FOUND, "no secret key for this app");
        }
        byte[] expected =
                hmac(secretKey, contentToSign(sig.identifier, sig.sdkAppId, sig.time, sig.expire, sig.userbuf));
        byte[] actual;
        try {
            actual = TencentBase64.decode(sig.sig);
        } catch (SigFormatException e) {
            return Verification.failure(ErrorCode.USERSIG_KEY_MISMATCH, "TLS.sig is not base64");
        }
        if (!MessageDigest.isEqual(expected, actual)) {
            return Verification.failure(ErrorCode.USERSIG_KEY_MISMATCH, "TLS.sig does not match");
        }
        // Parley's own last check (stateful revocation, e.g. after kick).
        if (sig.time < invalidatedBefore) {
            return Verification.failure(ErrorCode.USERSIG_INVALIDATED, "UserSig invalidated");
        }
        return Verification.success(Instant.ofEpochSecond(sig.time), Instant.ofEpochSecond(expiresAt), sig.userbuf);
    }

    /** The fields verification uses, taken from a parsed v2 or legacy v1 document. */
    private record SigDocument(
            boolean legacyV1, String identifier, long sdkAppId, long time, long expire, String userbuf, String sig) {

        static SigDocument of(Map<String, Object> doc) throws SigFormatException {
            boolean v2 = VERSION_2.equals(doc.get("TLS.ver"));
            boolean v1 = !v2 && VERSION_1.equals(doc.get("TLS.version")) && doc.containsKey("TLS.sdk_appid");
            if (!v2 && !v1 && doc.containsKey("TLS.account_type")) {
                throw new SigFormatException("unknown UserSig version");
            }
            String identifier = string(doc, "TLS.identifier");
            long sdkAppId = integer(doc, v1 ? "TLS.sdk_appid" : "TLS.sdkappid");
            long time = integer(doc, "TLS.time");
            long expire = integer(doc, v1 ? "TLS.expire_after" : "TLS.expire");
            if (time < 0 || time > MAX_EPOCH_SECONDS) {
                throw new SigFormatException("TLS.time out of range");
            }
            if (expire < 0 || expire > MAX_EXPIRE_SECONDS) {
                throw new SigFormatException("TLS.expire out of range");
            }
            String userbuf = doc.containsKey("TLS.userbuf") ? string(doc, "TLS.userbuf") : null;
            String sig = string(doc, "TLS.sig");
            return new SigDocument(v1, identifier, sdkAppId, time, expire, userbuf, sig);
        }

        private static String string(Map<String, Object> doc, String name) throws SigFormatException {
            if (doc.get(name) instanceof String s) {
                return s;
            }
            throw new SigFormatException("missing or non-string " + name);
        }

        /** A JSON integer, or a string of an optional minus sign and decimal digits (§3.2 step 9). */
        private static long integer(Map<String, Object> doc, String name) throws SigFormatException {
            Object v = doc.get(name);
            if (v instanceof Long l) {
                return l;
            }
            if (v instanceof String s && isDecimal(s)) {
                try {
                    return Long.parseLong(s);
                } catch (NumberFormatException e) {
                    // beyond the long range, reported below
                }
            }
            throw new SigFormatException("missing or non-integer " + name);
        }

        private static boolean isDecimal(String s) {
            int start = s.startsWith("-") ? 1 : 0;
            if (s.length() == start || s.length() - start > 19) {
                return false;
            }
            for (int i = start; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Building blocks

    /** The §3.1 step 3 string: LF-terminated lines, {@code time} before {@code expire}. */
    static String contentToSign(String identifier, long sdkAppId, long time, long expire, String b64Userbuf) {
        StringBuilder sb = new StringBuilder(96 + identifier.length());
        sb.append("TLS.identifier:").append(identifier).append('\n');
        sb.append("TLS.sdkappid:").append(sdkAppId).append('\n');
        sb.append("TLS.time:").append(time).append('\n');
        sb.append("TLS.expire:").append(expire).append('\n');
        if (b64Userbuf != null) {
            sb.append("TLS.userbuf:").append(b64Userbuf).append('\n');
        }
        return sb.toString();
    }

    static byte[] hmac(String secretKey, String content) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e); // every JDK has it
        }
    }

    private static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater(); // zlib wrapper, default level (6), like the Python/Java/Node references
        try {
            deflater.setInput(input);
            deflater.finish();
            byte[] out = new byte[input.length + 64];
            int len = 0;
            while (!deflater.finished()) {
                if (len == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                len += deflater.deflate(out, len, out.length - len);
            }
            return Arrays.copyOf(out, len);
        } finally {
            deflater.end();
        }
    }

    /** zlib (RFC 1950) first, raw deflate (RFC 1951) as the §3.2 fallback; capped at {@link #MAX_INFLATED_BYTES}. */
    static byte[] inflate(byte[] compressed) throws SigFormatException {
        try {
            return inflate(compressed, false);
        } catch (DataFormatException e) {
            try {
                return inflate(compressed, true);
            } catch (DataFormatException e2) {
                throw new SigFormatException("zlib inflate failed");
            }
        }
    }

    private static byte[] inflate(byte[] compressed, boolean raw) throws DataFormatException, SigFormatException {
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[Math.min(MAX_INFLATED_BYTES + 1, Math.max(256, compressed.length * 4))];
            int len = 0;
            boolean dummyFed = false;
            while (!inflater.finished()) {
                if (len == out.length) {
                    if (out.length > MAX_INFLATED_BYTES) {
                        throw new SigFormatException("inflated UserSig exceeds " + MAX_INFLATED_BYTES + " bytes");
                    }
                    out = Arrays.copyOf(out, Math.min(MAX_INFLATED_BYTES + 1, out.length * 2));
                }
                int n = inflater.inflate(out, len, out.length - len);
                len += n;
                if (n == 0 && !inflater.finished() && len < out.length) {
                    if (raw && !dummyFed && inflater.needsInput()) {
                        // Inflater's documented quirk: raw mode may need one extra dummy byte to finish.
                        inflater.setInput(new byte[1]);
                        dummyFed = true;
                    } else {
                        throw new DataFormatException("truncated or unusable stream");
                    }
                }
            }
            if (len > MAX_INFLATED_BYTES) {
                throw new SigFormatException("inflated UserSig exceeds " + MAX_INFLATED_BYTES + " bytes");
            }
            return Arrays.copyOf(out, len);
        } finally {
            inflater.end();
        }
    }

    private static String utf8(byte[] bytes) throws SigFormatException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SigFormatException("UserSig JSON is not UTF-8");
        }
    }

    private static long nowEpochSeconds() {
        return Instant.now().getEpochSecond();
    }
}
