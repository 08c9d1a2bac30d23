package dev.parley.model.usersig;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.parley.model.error.ErrorCode;

import static dev.parley.model.usersig.SigFixtures.APP;
import static dev.parley.model.usersig.SigFixtures.EXPIRE;
import static dev.parley.model.usersig.SigFixtures.ID;
import static dev.parley.model.usersig.SigFixtures.KEY;
import static dev.parley.model.usersig.SigFixtures.TIME;
import static dev.parley.model.usersig.SigFixtures.VECTOR_JSON;
import static dev.parley.model.usersig.SigFixtures.VECTOR_SIG;
import static dev.parley.model.usersig.SigFixtures.VECTOR_USERBUF;
import static dev.parley.model.usersig.SigFixtures.VECTOR_USERBUF_B64;
import static dev.parley.model.usersig.SigFixtures.VECTOR_USERBUF_MAC;
import static dev.parley.model.usersig.SigFixtures.VECTOR_USERSIG;
import static dev.parley.model.usersig.SigFixtures.content;
import static dev.parley.model.usersig.SigFixtures.mac;
import static dev.parley.model.usersig.SigFixtures.pack;
import static dev.parley.model.usersig.SigFixtures.tencent;
import static dev.parley.model.usersig.SigFixtures.unpack;
import static dev.parley.model.usersig.SigFixtures.vectorMac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserSigCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A time inside the §3.5 vector's validity window. */
    private static final long NOW = TIME + 60;

    private static Verification verifyVector(String userSig) {
        return UserSigCodec.verify(userSig, APP, KEY, ID, NOW);
    }

    private static void assertFails(Verification v, ErrorCode code) {
        assertThat(v.errorCode()).as(v.reason()).isEqualTo(code);
        assertThat(v.ok()).isFalse();
        assertThat(v.expiresAt()).isNull();
        assertThat(v.initTime()).isNull();
        assertThat(v.reason()).isNotBlank();
    }

    private static void assertAccepted(Verification v) {
        assertThat(v.errorCode()).as(v.reason()).isEqualTo(ErrorCode.SUCCESS);
        assertThat(v.ok()).isTrue();
    }

    /** A vector-like UserSig (expiry slightly changed, verifiable at {@link #NOW}) whose base64 ends with padding. */
    private static String paddedUserSig() {
        for (long expire = EXPIRE; ; expire++) {
            String userSig = UserSigCodec.generate(APP, KEY, ID, expire, TIME);
            if (userSig.endsWith("_")) {
                return userSig;
            }
        }
    }

    /** A v2 document with the §3.5 values in the reference member order, {@code sig} as given. */
    private static String vectorJson(long time, long expire, String sig) {
        return "{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"administrator\",\"TLS.sdkappid\":1400000000,\"TLS.expire\":"
                + expire + ",\"TLS.time\":" + time + ",\"TLS.sig\":\"" + sig + "\"}";
    }

    @Nested
    class TestVector {

        @Test
        void should_produce_documented_usersig_when_generating_test_vector() {
            assertThat(UserSigCodec.generate(APP, KEY, ID, EXPIRE, TIME)).isEqualTo(VECTOR_USERSIG);
        }

        @Test
        void should_sign_documented_string_when_generating_test_vector() {
            assertThat(UserSigCodec.contentToSign(ID, APP, TIME, EXPIRE, null))
                    .isEqualTo("TLS.identifier:administrator\nTLS.sdkappid:1400000000\nTLS.time:1700000000\n"
                            + "TLS.expire:86400\n");
            assertThat(unpack(UserSigCodec.generate(APP, KEY, ID, EXPIRE, TIME)))
                    .isEqualTo(VECTOR_JSON)
                    .contains(VECTOR_SIG);
            assertThat(vectorMac(TIME, EXPIRE)).isEqualTo(VECTOR_SIG);
        }

        @Test
        void should_accept_documented_usersig_when_verifying_test_vector() {
            Verification v = UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, ID, TIME);

            assertAccepted(v);
            assertThat(v.initTime()).isEqualTo(Instant.ofEpochSecond(TIME));
            assertThat(v.expiresAt()).isEqualTo(Instant.ofEpochSecond(TIME + EXPIRE));
            assertThat(v.userbuf()).isNull();
            assertThat(v.reason()).isEmpty();
        }

        @Test
        void should_produce_documented_mac_when_generating_with_userbuf_vector() throws Exception {
            String userSig = UserSigCodec.generateWithUserbuf(APP, KEY, ID, EXPIRE, VECTOR_USERBUF, TIME);

            JsonNode doc = JSON.readTree(unpack(userSig));
            assertThat(doc.get("TLS.userbuf").asText()).isEqualTo(VECTOR_USERBUF_B64);
            assertThat(doc.get("TLS.sig").asText()).isEqualTo(VECTOR_USERBUF_MAC);
            Verification v = UserSigCodec.verify(userSig, APP, KEY, ID, NOW);
            assertAccepted(v);
            assertThat(v.userbuf()).isEqualTo(VECTOR_USERBUF_B64);
        }
    }

    @Nested
    class Generation {

        @Test
        void should_accept_when_round_tripping_with_current_time() {
            long now = Instant.now().getEpochSecond();
            String userSig = UserSigCodec.generate(APP, KEY, ID, 3600);

            Verification v = UserSigCodec.verify(userSig, APP, KEY, ID, now);

            assertAccepted(v);
            assertThat(v.initTime().getEpochSecond()).isBetween(now - 5, now + 5);
            assertThat(v.expiresAt()).isEqualTo(v.initTime().plusSeconds(3600));
        }

        @Test
        void should_use_180_days_when_generating_with_default_validity() throws Exception {
            assertThat(UserSigCodec.DEFAULT_EXPIRE_SECONDS).isEqualTo(15_552_000L);
            JsonNode doc = JSON.readTree(unpack(UserSigCodec.generate(APP, KEY, ID)));

            assertThat(doc.get("TLS.expire").asLong()).isEqualTo(15_552_000L);
            assertThat(doc.get("TLS.ver").asText()).isEqualTo("2.0");
        }

        @Test
        void should_emit_reference_member_order_when_generating() {
            assertThat(unpack(UserSigCodec.generateWithUserbuf(APP, KEY, ID, EXPIRE, VECTOR_USERBUF, TIME)))
                    .startsWith("{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"administrator\",\"TLS.sdkappid\":1400000000,"
                            + "\"TLS.expire\":86400,\"TLS.time\":1700000000,\"TLS.userbuf\":\"AAADYWJj\",\"TLS.sig\":");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\"b\\c/d", "用户-é-😀", "tab\there", "x", "@TIM#SYSTEM", "a b"})
        void should_accept_when_round_tripping_special_identifiers(String identifier) throws Exception {
            String userSig = UserSigCodec.generate(APP, KEY, identifier, EXPIRE, TIME);

            assertThat(JSON.readTree(unpack(userSig)).get("TLS.identifier").asText())
                    .isEqualTo(identifier);
            assertAccepted(UserSigCodec.verify(userSig, APP, KEY, identifier, NOW));
            assertFails(
                    UserSigCodec.verify(userSig, APP, KEY, identifier + "x", NOW),
                    ErrorCode.USERSIG_IDENTIFIER_MISMATCH);
        }

        @Test
        void should_accept_when_secret_key_is_used_as_string_not_hex() {
            String hexLooking = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
            String userSig = UserSigCodec.generate(APP, hexLooking, ID, EXPIRE, TIME);

            assertThat(jsonSig(userSig)).isEqualTo(mac(hexLooking, content(ID, APP, TIME, EXPIRE, null)));
            assertAccepted(UserSigCodec.verify(userSig, APP, hexLooking, ID, NOW));
        }

        @Test
        void should_accept_when_expiry_is_zero_or_fifty_years() {
            assertAccepted(UserSigCodec.verify(UserSigCodec.generate(APP, KEY, ID, 0, TIME), APP, KEY, ID, TIME));
            String longest = UserSigCodec.generate(APP, KEY, ID, UserSigCodec.MAX_EXPIRE_SECONDS, TIME);
            assertAccepted(UserSigCodec.verify(longest, APP, KEY, ID, TIME + UserSigCodec.MAX_EXPIRE_SECONDS));
        }

        @Test
        void should_carry_empty_userbuf_when_generating_with_empty_buffer() throws Exception {
            String userSig = UserSigCodec.generateWithUserbuf(APP, KEY, ID, EXPIRE, new byte[0], TIME);

            assertThat(JSON.readTree(unpack(userSig)).get("TLS.userbuf").asText())
                    .isEmpty();
            Verification v = UserSigCodec.verify(userSig, APP, KEY, ID, NOW);
            assertAccepted(v);
            assertThat(v.userbuf()).isEmpty();
        }

        @Test
        void should_throw_when_generating_with_invalid_arguments() {
            assertThatThrownBy(() -> UserSigCodec.generate(APP, KEY, ID, -1, TIME))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> UserSigCodec.generate(APP, KEY, ID, UserSigCodec.MAX_EXPIRE_SECONDS + 1, TIME))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> UserSigCodec.generate(-1, KEY, ID, EXPIRE, TIME))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> UserSigCodec.generate(APP, "", ID, EXPIRE, TIME))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> UserSigCodec.generate(APP, KEY, "", EXPIRE, TIME))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> UserSigCodec.generate(APP, KEY, "bad\uD800", EXPIRE, TIME))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> UserSigCodec.generate(APP, KEY, ID, EXPIRE, -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatNullPointerException().isThrownBy(() -> UserSigCodec.generate(APP, null, ID, EXPIRE, TIME));
            assertThatNullPointerException().isThrownBy(() -> UserSigCodec.generate(APP, KEY, null, EXPIRE, TIME));
            assertThatNullPointerException()
                    .isThrownBy(() -> UserSigCodec.generateWithUserbuf(APP, KEY, ID, EXPIRE, null, TIME));
        }

        private static String jsonSig(String userSig) {
            try {
                return JSON.readTree(unpack(userSig)).get("TLS.sig").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class ErrorPaths {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void should_return_70002_when_usersig_is_empty(String userSig) {
            assertFails(verifyVector(userSig), ErrorCode.USERSIG_EMPTY);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "garbage!!",
                    "abcde", // 5 significant chars: a dangling sextet
                    "ab_cd", // padding in the middle
                    "a", // single char
                    "____", // only padding
                    "eJyr€VgrxCdY", // non-ASCII
                    "%", // truncated escape
                    "%zz", // bad escape
                    "%2", // truncated escape
                })
        void should_return_70003_when_base64_or_escape_is_invalid(String userSig) {
            assertFails(verifyVector(userSig), ErrorCode.USERSIG_INVALID);
        }

        @Test
        void should_return_70003_when_base64_is_valid_but_not_zlib() {
            assertFails(
                    verifyVector(tencent(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF})),
                    ErrorCode.USERSIG_INVALID);
            assertFails(
                    verifyVector(tencent("this is not zlib at all".getBytes(StandardCharsets.US_ASCII))),
                    ErrorCode.USERSIG_INVALID);
        }

        @Test
        void should_return_70003_when_zlib_stream_is_truncated() {
            assertFails(
                    verifyVector(VECTOR_USERSIG.substring(0, VECTOR_USERSIG.length() - 12)), ErrorCode.USERSIG_INVALID);
            assertFails(verifyVector(VECTOR_USERSIG.substring(0, 40)), ErrorCode.USERSIG_INVALID);
        }

        @Test
        void should_return_70003_when_zlib_checksum_is_wrong() {
            byte[] z = SigFixtures.compress(VECTOR_JSON.getBytes(StandardCharsets.UTF_8), 6, false);
            z[z.length - 1] ^= 1; // Adler-32
            assertFails(verifyVector(tencent(z)), ErrorCode.USERSIG_INVALID);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "not json",
                    "",
                    "[]",
                    "\"TLS.ver\"",
                    "{",
                    "{\"TLS.ver\":\"2.0\"",
                    "{\"TLS.ver\":\"2.0\",}",
                    "{'TLS.ver':'2.0'}",
                    "{\"TLS.ver\":\"2.0\"} x",
                    "{\"TLS.ver\":\"2.0\"}{}",
                    "{\"TLS.identifier\":\"administrator\",\"TLS.identifier\":\"administrator\"}",
                })
        void should_return_70003_when_zlib_holds_no_json_object(String payload) {
            assertFails(verifyVector(pack(payload)), ErrorCode.USERSIG_INVALID);
        }

        @Test
        void should_return_70003_when_json_is_not_utf8() {
            byte[] json =
                    VECTOR_JSON.replace("administrator", "admin\u00ffistrator").getBytes(StandardCharsets.ISO_8859_1);
            assertFails(verifyVector(pack(json, 6, false)), ErrorCode.USERSIG_INVALID);
        }

        @ParameterizedTest
        @MethodSource("dev.parley.model.usersig.UserSigCodecTest#malformedDocuments")
        void should_return_70003_when_a_field_is_missing_or_malformed(String json) {
            assertFails(verifyVector(pack(json)), ErrorCode.USERSIG_INVALID);
        }

        @Test
        void should_return_70009_when_signature_is_tampered() {
            String sig =
                    VECTOR_SIG.substring(0, 10) + (VECTOR_SIG.charAt(10) == 'A' ? 'B' : 'A') + VECTOR_SIG.substring(11);
            assertFails(verifyVector(pack(vectorJson(TIME, EXPIRE, sig))), ErrorCode.USERSIG_KEY_MISMATCH);
            assertFails(verifyVector(pack(vectorJson(TIME, EXPIRE, "not base64 !"))), ErrorCode.USERSIG_KEY_MISMATCH);
            assertFails(verifyVector(pack(vectorJson(TIME, EXPIRE, ""))), ErrorCode.USERSIG_KEY_MISMATCH);
            assertFails(
                    verifyVector(pack(vectorJson(TIME, EXPIRE, VECTOR_SIG.substring(0, 40)))),
                    ErrorCode.USERSIG_KEY_MISMATCH);
        }

        @Test
        void should_return_70009_when_signed_content_is_tampered() {
            // A longer validity with the original MAC.
            assertFails(verifyVector(pack(vectorJson(TIME, EXPIRE * 365, VECTOR_SIG))), ErrorCode.USERSIG_KEY_MISMATCH);
            assertFails(verifyVector(pack(vectorJson(TIME + 1, EXPIRE, VECTOR_SIG))), ErrorCode.USERSIG_KEY_MISMATCH);
        }

        @Test
        void should_return_70009_when_secret_is_wrong() {
            assertFails(UserSigCodec.verify(VECTOR_USERSIG, APP, KEY + "x", ID, NOW), ErrorCode.USERSIG_KEY_MISMATCH);
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP, KEY.toUpperCase(), ID, NOW),
                    ErrorCode.USERSIG_KEY_MISMATCH);
        }

        @Test
        void should_return_70013_when_identifier_is_wrong() {
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, "Administrator", NOW),
                    ErrorCode.USERSIG_IDENTIFIER_MISMATCH);
            assertFails(UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, "", NOW), ErrorCode.USERSIG_IDENTIFIER_MISMATCH);
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, null, NOW), ErrorCode.USERSIG_IDENTIFIER_MISMATCH);
        }

        @Test
        void should_return_70014_when_sdkappid_is_wrong() {
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP + 1, KEY, ID, NOW), ErrorCode.USERSIG_SDKAPPID_MISMATCH);
            assertFails(UserSigCodec.verify(VECTOR_USERSIG, 0, KEY, ID, NOW), ErrorCode.USERSIG_SDKAPPID_MISMATCH);
        }

        @Test
        void should_return_70001_when_expired() {
            assertAccepted(UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, ID, TIME + EXPIRE));
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, ID, TIME + EXPIRE + 1), ErrorCode.USERSIG_EXPIRED);
            assertFails(UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, ID, Long.MAX_VALUE), ErrorCode.USERSIG_EXPIRED);
        }

        @Test
        void should_accept_when_generated_in_the_future() {
            // No not-before check: neither §3.2 nor the references have one (clock skew between app servers).
            assertAccepted(UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, ID, TIME - 3600));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void should_return_70016_when_app_has_no_secret(String secret) {
            assertFails(UserSigCodec.verify(VECTOR_USERSIG, APP, secret, ID, NOW), ErrorCode.APP_KEY_NOT_FOUND);
        }

        @Test
        void should_return_70016_when_usersig_is_legacy_v1() {
            String v1 = "{\"TLS.account_type\":\"0\",\"TLS.identifier\":\"administrator\",\"TLS.appid_at_3rd\":\"0\","
                    + "\"TLS.sdk_appid\":\"1400000000\",\"TLS.expire_after\":\"86400\",\"TLS.version\":\"201610110000\","
                    + "\"TLS.time\":\"1700000000\",\"TLS.sig\":\"MEUCIQDx\"}";
            assertFails(verifyVector(pack(v1)), ErrorCode.APP_KEY_NOT_FOUND);
            // The v1 path still checks SDKAppID, identifier and expiry first, in the §3.2 order.
            assertFails(UserSigCodec.verify(pack(v1), APP + 1, KEY, ID, NOW), ErrorCode.USERSIG_SDKAPPID_MISMATCH);
            assertFails(UserSigCodec.verify(pack(v1), APP, KEY, "other", NOW), ErrorCode.USERSIG_IDENTIFIER_MISMATCH);
            assertFails(UserSigCodec.verify(pack(v1), APP, KEY, ID, TIME + EXPIRE + 1), ErrorCode.USERSIG_EXPIRED);
            // account_type without the v1 version marker is neither v1 nor v2.
            assertFails(verifyVector(pack(v1.replace("201610110000", "1"))), ErrorCode.USERSIG_INVALID);
        }

        @Test
        void should_return_70052_when_generated_before_invalidation() {
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, ID, NOW, TIME + 1), ErrorCode.USERSIG_INVALIDATED);
            assertAccepted(UserSigCodec.verify(VECTOR_USERSIG, APP, KEY, ID, NOW, TIME));
            // Invalidation is only reported for an otherwise valid UserSig.
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP, KEY + "x", ID, NOW, TIME + 1),
                    ErrorCode.USERSIG_KEY_MISMATCH);
        }

        @Test
        void should_return_first_failing_check_when_several_fail() {
            // §3.2 order: sdkappid (70014), identifier (70013), expiry (70001), key (70016), signature (70009).
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP + 1, "wrong", "other", Long.MAX_VALUE),
                    ErrorCode.USERSIG_SDKAPPID_MISMATCH);
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP, "wrong", "other", Long.MAX_VALUE),
                    ErrorCode.USERSIG_IDENTIFIER_MISMATCH);
            assertFails(
                    UserSigCodec.verify(VECTOR_USERSIG, APP, "wrong", ID, Long.MAX_VALUE), ErrorCode.USERSIG_EXPIRED);
            assertFails(UserSigCodec.verify(VECTOR_USERSIG, APP, null, ID, Long.MAX_VALUE), ErrorCode.USERSIG_EXPIRED);
            assertFails(UserSigCodec.verify(VECTOR_USERSIG, APP, null, ID, NOW), ErrorCode.APP_KEY_NOT_FOUND);
        }

        @Test
        void should_return_70003_when_inflated_size_exceeds_cap() {
            String padding = " ".repeat(UserSigCodec.MAX_INFLATED_BYTES);
            String bomb =
                    pack("{" + padding + vectorJson(TIME, EXPIRE, VECTOR_SIG).substring(1));
            assertThat(bomb.length()).isLessThan(1000);

            assertFails(verifyVector(bomb), ErrorCode.USERSIG_INVALID);
            // The same bomb as raw deflate is capped as well.
            byte[] raw = ("{" + padding + "}").getBytes(StandardCharsets.UTF_8);
            assertFails(verifyVector(pack(raw, 9, true)), ErrorCode.USERSIG_INVALID);
            // 16 MB of zeros in a few KB.
            assertFails(verifyVector(pack(new byte[16 << 20], 9, false)), ErrorCode.USERSIG_INVALID);
        }

        @Test
        void should_accept_when_inflated_size_is_just_under_cap() {
            String json = vectorJson(TIME, EXPIRE, VECTOR_SIG);
            String padding = " ".repeat(UserSigCodec.MAX_INFLATED_BYTES - json.length());
            assertAccepted(verifyVector(pack("{" + padding + json.substring(1))));
            assertFails(verifyVector(pack("{ " + padding + json.substring(1))), ErrorCode.USERSIG_INVALID);
        }

        @Test
        void should_return_70003_when_usersig_string_is_too_long() {
            assertFails(
                    verifyVector(VECTOR_USERSIG + " ".repeat(UserSigCodec.MAX_USERSIG_CHARS)),
                    ErrorCode.USERSIG_INVALID);
        }
    }

    static List<String> malformedDocuments() {
        String ok = vectorJson(TIME, EXPIRE, VECTOR_SIG);
        return List.of(
                ok.replace("\"TLS.identifier\":\"administrator\",", ""),
                ok.replace("\"TLS.sdkappid\":1400000000,", ""),
                ok.replace("\"TLS.expire\":86400,", ""),
                ok.replace("\"TLS.time\":1700000000,", ""),
                ok.replace(",\"TLS.sig\":\"" + VECTOR_SIG + "\"", ""),
                ok.replace("\"administrator\"", "12345"),
                ok.replace("\"administrator\"", "null"),
                ok.replace("1400000000", "1400000000.0"),
                ok.replace("1400000000", "1.4e9"),
                ok.replace("1400000000", "true"),
                ok.replace("1400000000", "\"14000x0000\""),
                ok.replace("1400000000", "\" 1400000000\""),
                ok.replace("1400000000", "99999999999999999999"),
                ok.replace("86400", "-1"),
                ok.replace("86400", String.valueOf(UserSigCodec.MAX_EXPIRE_SECONDS + 1)),
                ok.replace("1700000000", "-1700000000"),
                ok.replace("1700000000", "253402300800"),
                ok.replace("86400", "086400"),
                ok.replace("\"" + VECTOR_SIG + "\"", "[\"" + VECTOR_SIG + "\"]"),
                ok.replace("}", ",\"TLS.userbuf\":123}"),
                ok.replace("administrator", "admin\\x"),
                ok.replace("administrator", "admin\\u12"),
                ok.replace("administrator", "admin\\ud800"),
                ok.replace("administrator", "admin\nistrator"),
                ok.replace("}", ",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}"));
    }

    @Nested
    class ReferenceVariants {

        @ParameterizedTest
        @ValueSource(ints = {-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
        void should_accept_when_compressed_at_any_zlib_level(int level) {
            assertAccepted(verifyVector(pack(VECTOR_JSON.getBytes(StandardCharsets.UTF_8), level, false)));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 6, 9})
        void should_accept_when_compressed_as_raw_deflate(int level) {
            assertAccepted(verifyVector(pack(VECTOR_JSON.getBytes(StandardCharsets.UTF_8), level, true)));
        }

        @Test
        void should_accept_when_deflate_uses_filtered_and_huffman_strategies() {
            byte[] json = VECTOR_JSON.getBytes(StandardCharsets.UTF_8);
            assertAccepted(verifyVector(tencent(SigFixtures.compress(json, 9, false, Deflater.FILTERED))));
            assertAccepted(verifyVector(tencent(SigFixtures.compress(json, 9, false, Deflater.HUFFMAN_ONLY))));
        }

        @Test
        void should_accept_when_json_uses_python_separators_and_ascii_escapes() {
            // Python json.dumps(m): ", " and ": " separators, ensure_ascii=True.
            String python = "{\"TLS.ver\": \"2.0\", \"TLS.identifier\": \"\\u0061dministrator\", "
                    + "\"TLS.sdkappid\": 1400000000, \"TLS.expire\": 86400, \"TLS.time\": 1700000000, "
                    + "\"TLS.sig\": \"" + VECTOR_SIG + "\"}";
            assertAccepted(verifyVector(pack(python)));
        }

        @Test
        void should_accept_when_json_is_go_encoder_output() {
            // Go json.Encoder: struct order, HTML-safe escapes, trailing newline; Go's default is NoCompression.
            String go = "{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"administrator\",\"TLS.sdkappid\":1400000000,"
                    + "\"TLS.expire\":86400,\"TLS.time\":1700000000,\"TLS.sig\":\"" + VECTOR_SIG.replace("+", "\\u002b")
                    + "\"}\n";
            assertAccepted(verifyVector(pack(go.getBytes(StandardCharsets.UTF_8), Deflater.NO_COMPRESSION, false)));
        }

        @Test
        void should_accept_when_members_are_reordered_and_pretty_printed() {
            String pretty = "\r\n\t{\n  \"TLS.sig\" : \"" + VECTOR_SIG + "\",\n"
                    + "  \"TLS.time\" :\t1700000000 ,\n  \"TLS.expire\": 86400,\n"
                    + "  \"TLS.sdkappid\" : 1400000000,\n  \"TLS.identifier\": \"administrator\",\n"
                    + "  \"TLS.ver\": \"2.0\"\n}\n\n";
            assertAccepted(verifyVector(pack(pretty)));
        }

        @Test
        void should_accept_when_numbers_are_numeric_strings() {
            String json = VECTOR_JSON
                    .replace(":1400000000", ":\"1400000000\"")
                    .replace(":86400", ":\"86400\"")
                    .replace(":1700000000", ":\"1700000000\"");
            assertAccepted(verifyVector(pack(json)));
        }

        @Test
        void should_accept_when_unknown_members_are_present() {
            String json = VECTOR_JSON.replace(
                    "{", "{\"x\":{\"a\":[1,2.5e3,{\"b\":null}],\"c\":true},\"y\":false,\"z\":-0.5,\"w\":\"\\\"\",");
            assertAccepted(verifyVector(pack(json)));
        }

        @Test
        void should_accept_when_version_member_is_absent() {
            // §3.2 step 3: no TLS.account_type means v2 even without TLS.ver.
            assertAccepted(verifyVector(pack(VECTOR_JSON.replace("\"TLS.ver\":\"2.0\",", ""))));
        }

        @Test
        void should_accept_when_padding_is_missing_extra_or_standard() {
            assertThat(VECTOR_USERSIG).doesNotEndWith("_");
            String padded = paddedUserSig();
            assertAccepted(verifyVector(padded));
            assertAccepted(verifyVector(padded.replace("_", "")));
            assertAccepted(verifyVector(padded + "__"));
            assertAccepted(verifyVector(padded.replace("_", "=")));
        }

        @Test
        void should_accept_when_standard_base64_alphabet_is_used() {
            String standard = VECTOR_USERSIG.replace('*', '+').replace('-', '/').replace('_', '=');
            assertAccepted(verifyVector(standard));
        }

        @Test
        void should_accept_when_base64_is_wrapped_or_surrounded_by_whitespace() {
            String wrapped = VECTOR_USERSIG.substring(0, 76) + "\r\n" + VECTOR_USERSIG.substring(76) + "\n";
            assertAccepted(verifyVector(wrapped));
            assertAccepted(verifyVector("  " + VECTOR_USERSIG + " "));
        }

        @Test
        void should_accept_when_usersig_is_percent_encoded() {
            assertAccepted(verifyVector(VECTOR_USERSIG.replace("*", "%2A").replace("-", "%2D")));
            assertAccepted(verifyVector(VECTOR_USERSIG.replace("*", "%2a").replace("-", "%2d")));
            String padded = paddedUserSig();
            assertAccepted(verifyVector(padded.replace("_", "%5F")));
            StringBuilder everything = new StringBuilder();
            for (char c : VECTOR_USERSIG.toCharArray()) {
                everything.append(String.format("%%%02X", (int) c));
            }
            assertAccepted(verifyVector(everything.toString()));
            // Percent-encoded standard base64, as a URL encoder would write it.
            assertAccepted(verifyVector(
                    VECTOR_USERSIG.replace("*", "%2B").replace("-", "%2F").replace("_", "%3D")));
        }

        @Test
        void should_return_70003_when_usersig_is_double_percent_encoded() {
            assertFails(verifyVector(VECTOR_USERSIG.replace("*", "%252A")), ErrorCode.USERSIG_INVALID);
        }
    }

    @Nested
    class Userbuf {

        private static final String WITH_USERBUF =
                UserSigCodec.generateWithUserbuf(APP, KEY, ID, EXPIRE, VECTOR_USERBUF, TIME);

        @Test
        void should_return_70009_when_userbuf_is_removed() {
            String json = unpack(WITH_USERBUF).replace(",\"TLS.userbuf\":\"AAADYWJj\"", "");
            assertThat(json).doesNotContain("userbuf");
            assertFails(verifyVector(pack(json)), ErrorCode.USERSIG_KEY_MISMATCH);
        }

        @Test
        void should_return_70009_when_userbuf_is_added_or_changed() {
            assertFails(
                    verifyVector(pack(VECTOR_JSON.replace("}", ",\"TLS.userbuf\":\"\"}"))),
                    ErrorCode.USERSIG_KEY_MISMATCH);
            assertFails(
                    verifyVector(pack(unpack(WITH_USERBUF).replace("AAADYWJj", "AAADYWJk"))),
                    ErrorCode.USERSIG_KEY_MISMATCH);
        }

        @Test
        void should_sign_userbuf_as_found_when_it_contains_line_breaks() {
            // sun.misc.BASE64Encoder (old Java reference) wraps at 76 chars; the wrapped string is what is signed.
            String b64 = "A".repeat(76) + "\nAAAA";
            String sig = mac(KEY, content(ID, APP, TIME, EXPIRE, b64));
            String json = VECTOR_JSON.replace(
                    "\"TLS.sig\":\"" + VECTOR_SIG,
                    "\"TLS.userbuf\":\"" + b64.replace("\n", "\\n") + "\",\"TLS.sig\":\"" + sig);

            Verification v = verifyVector(pack(json));

            assertAccepted(v);
            assertThat(v.userbuf()).isEqualTo(b64);
        }

        @Test
        void should_accept_userbuf_when_generated_by_hand_with_vector_mac() {
            String json = VECTOR_JSON.replace(
                    "\"TLS.sig\":\"" + VECTOR_SIG,
                    "\"TLS.userbuf\":\"" + VECTOR_USERBUF_B64 + "\",\"TLS.sig\":\"" + VECTOR_USERBUF_MAC);
            assertAccepted(verifyVector(pack(json)));
        }
    }

    @Nested
    class Robustness {

        private static final List<ErrorCode> DECODING_OUTCOMES = List.of(
                ErrorCode.USERSIG_EMPTY,
                ErrorCode.USERSIG_INVALID,
                ErrorCode.USERSIG_KEY_MISMATCH,
                ErrorCode.USERSIG_IDENTIFIER_MISMATCH,
                ErrorCode.USERSIG_SDKAPPID_MISMATCH,
                ErrorCode.USERSIG_EXPIRED,
                ErrorCode.APP_KEY_NOT_FOUND);

        @Test
        void should_never_throw_when_input_is_random() {
            Random random = new Random(42);
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_+/=% \n\u00e9\u4e2d";
            for (int i = 0; i < 3000; i++) {
                int len = random.nextInt(300);
                StringBuilder sb = new StringBuilder(len);
                for (int j = 0; j < len; j++) {
                    sb.append(
                            random.nextInt(20) == 0
                                    ? (char) random.nextInt(0x10000)
                                    : alphabet.charAt(random.nextInt(alphabet.length())));
                }
                Verification v = verifyVector(sb.toString());
                assertThat(v.ok()).isFalse();
                assertThat(v.errorCode()).isIn(ErrorCode.USERSIG_EMPTY, ErrorCode.USERSIG_INVALID);
            }
        }

        @Test
        void should_never_throw_when_bytes_are_random() {
            Random random = new Random(7);
            for (int i = 0; i < 3000; i++) {
                byte[] bytes = new byte[random.nextInt(400)];
                random.nextBytes(bytes);
                assertThat(verifyVector(tencent(bytes)).ok()).isFalse();
                // Random payloads behind a valid zlib wrapper.
                assertThat(verifyVector(pack(bytes, 6, false)).errorCode()).isEqualTo(ErrorCode.USERSIG_INVALID);
            }
        }

        @Test
        void should_never_throw_when_json_tokens_are_random() {
            Random random = new Random(99);
            String[] tokens = {
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"TLS.ver\"",
                "\"2.0\"",
                "\"TLS.identifier\"",
                "\"administrator\"",
                "\"TLS.sdkappid\"",
                "1400000000",
                "\"TLS.time\"",
                "1700000000",
                "\"TLS.expire\"",
                "86400",
                "\"TLS.sig\"",
                "\"" + VECTOR_SIG + "\"",
                "\"TLS.userbuf\"",
                "null",
                "true",
                "-",
                "1e",
                "\"\\u",
                " ",
                "\"\\",
                "0",
                "-0.0e-0"
            };
            for (int i = 0; i < 5000; i++) {
                StringBuilder sb = new StringBuilder(random.nextBoolean() ? "{" : "");
                int n = random.nextInt(40);
                for (int j = 0; j < n; j++) {
                    sb.append(tokens[random.nextInt(tokens.length)]);
                }
                Verification v = verifyVector(pack(sb.toString()));
                assertThat(v.errorCode())
                        .isIn(ErrorCode.SUCCESS, ErrorCode.USERSIG_INVALID, ErrorCode.USERSIG_KEY_MISMATCH);
            }
        }

        @Test
        void should_never_throw_when_valid_usersig_is_mutated() {
            Random random = new Random(3);
            String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_%";
            IntStream.range(0, VECTOR_USERSIG.length()).forEach(pos -> {
                for (int k = 0; k < 8; k++) {
                    char replacement = chars.charAt(random.nextInt(chars.length()));
                    String mutated = VECTOR_USERSIG.substring(0, pos) + replacement + VECTOR_USERSIG.substring(pos + 1);
                    Verification v = verifyVector(mutated);
                    if (v.ok()) {
                        // Only the unused padding bits after deflate's end-of-block code may change harmlessly.
                        assertThat(unpack(mutated)).isEqualTo(VECTOR_JSON);
                    } else {
                        assertThat(v.errorCode()).isIn(DECODING_OUTCOMES);
                    }
                }
                // Truncation and deletion at every position.
                assertThat(verifyVector(VECTOR_USERSIG.substring(0, pos)).ok()).isFalse();
                assertThat(verifyVector(VECTOR_USERSIG.substring(0, pos) + VECTOR_USERSIG.substring(pos + 1))
                                .ok())
                        .isFalse();
            });
        }
    }

    @Test
    void should_report_every_outcome_as_an_account_area_code() {
        Map<String, ErrorCode> codes = Map.of(
                "70001", ErrorCode.USERSIG_EXPIRED,
                "70002", ErrorCode.USERSIG_EMPTY,
                "70003", ErrorCode.USERSIG_INVALID,
                "70009", ErrorCode.USERSIG_KEY_MISMATCH,
                "70013", ErrorCode.USERSIG_IDENTIFIER_MISMATCH,
                "70014", ErrorCode.USERSIG_SDKAPPID_MISMATCH,
                "70016", ErrorCode.APP_KEY_NOT_FOUND,
                "70052", ErrorCode.USERSIG_INVALIDATED);
        codes.forEach((number, code) -> {
            assertThat(code.code()).isEqualTo(Integer.parseInt(number));
            assertThat(code.area()).isEqualTo(ErrorCode.Area.ACCOUNT);
        });
    }
}
