package dev.parley.model.usersig;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds UserSigs by hand, independently of {@link UserSigCodec}, the way the various reference generators do
 * (other zlib levels, raw deflate, other JSON spacing and member order), and unpacks them for inspection.
 */
final class SigFixtures {

    /** §3.5 inputs. */
    static final String KEY = "test_secret_key_0123456789";

    static final String ID = "administrator";
    static final long APP = 1_400_000_000L;
    static final long TIME = 1_700_000_000L;
    static final long EXPIRE = 86_400L;

    /** §3.5 outputs. */
    static final String VECTOR_SIG = "98Kh7ansQ7EsUMQf9NgE9W+5gDNSaIgAntvU27AJF0c=";

    static final String VECTOR_JSON =
            "{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"administrator\",\"TLS.sdkappid\":1400000000,"
                    + "\"TLS.expire\":86400,\"TLS.time\":1700000000,"
                    + "\"TLS.sig\":\"98Kh7ansQ7EsUMQf9NgE9W+5gDNSaIgAntvU27AJF0c=\"}";
    static final String VECTOR_USERSIG =
            "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwokpuZl5mcUlRYkl*UVQBcUp2YkFBZkpSlaGJgZQAJFJrSjILEpVsrIwM4EJlWTmAgUMzVEVFmemAw23tPDOME-MKw40dy0O9Q1Ms-RLd7UM1zZNd-ELTvRMd8wrKQs1Mnf0cjNItlWqBQCtpTMo";
    static final byte[] VECTOR_USERBUF = {0x00, 0x00, 0x03, 0x61, 0x62, 0x63};
    static final String VECTOR_USERBUF_B64 = "AAADYWJj";
    static final String VECTOR_USERBUF_MAC = "okqsVtEE5PDBagra0rfNX2iyNLMjM71qKbbACZ9S1iY=";

    private SigFixtures() {}

    /** The §3.1 content to sign, written out independently. */
    static String content(String id, long app, long time, long expire, String userbuf) {
        String s = "TLS.identifier:" + id + "\n" + "TLS.sdkappid:" + app + "\n" + "TLS.time:" + time + "\n"
                + "TLS.expire:" + expire + "\n";
        return userbuf == null ? s : s + "TLS.userbuf:" + userbuf + "\n";
    }

    /** Standard base64 HMAC-SHA256 of {@code content} keyed with the UTF-8 bytes of {@code key}. */
    static String mac(String key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The §3.5 signature for other times/expiries, with the §3.5 key, identifier and SDKAppID. */
    static String vectorMac(long time, long expire) {
        return mac(KEY, content(ID, APP, time, expire, null));
    }

    /** zlib at the default level, Tencent base64. */
    static String pack(String json) {
        return pack(json.getBytes(StandardCharsets.UTF_8), Deflater.DEFAULT_COMPRESSION, false);
    }

    /** zlib ({@code raw == false}) or raw deflate at {@code level}, then Tencent base64. */
    static String pack(byte[] payload, int level, boolean raw) {
        return tencent(compress(payload, level, raw));
    }

    static byte[] compress(byte[] payload, int level, boolean raw) {
        return compress(payload, level, raw, Deflater.DEFAULT_STRATEGY);
    }

    static byte[] compress(byte[] payload, int level, boolean raw, int strategy) {
        Deflater deflater = new Deflater(level, raw);
        try {
            deflater.setStrategy(strategy);
            deflater.setInput(payload);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Standard base64 with {@code + / =} → {@code * - _}. */
    static String tencent(byte[] bytes) {
        return Base64.getEncoder()
                .encodeToString(bytes)
                .replace('+', '*')
                .replace('/', '-')
                .replace('=', '_');
    }

    /** Undoes the packing: Tencent base64, then zlib. */
    static String unpack(String userSig) {
        byte[] compressed = Base64.getDecoder()
                .decode(userSig.replace('*', '+').replace('-', '/').replace('_', '='));
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && inflater.needsInput()) {
                    throw new IllegalStateException("truncated");
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
    }
}
