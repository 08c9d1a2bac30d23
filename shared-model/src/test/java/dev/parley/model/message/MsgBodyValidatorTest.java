package dev.parley.model.message;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jakarta.validation.ConstraintViolation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.parley.model.error.ErrorCode;

import static dev.parley.model.message.MsgFixtures.VALIDATOR;
import static dev.parley.model.message.MsgFixtures.body;
import static dev.parley.model.message.MsgFixtures.element;
import static dev.parley.model.message.MsgFixtures.text;
import static dev.parley.model.message.MsgFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MsgBodyValidatorTest {

    private static final MsgBodyValidator V = MsgBodyValidator.DEFAULT;

    /** Compact size of a one-text body minus the text itself. */
    private static final int TEXT_OVERHEAD = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"\"}}]".length();

    private static void assertFails(MsgBodyValidation v, MsgBodyProblem problem, ErrorCode code) {
        assertThat(v.ok()).as(v.reason()).isFalse();
        assertThat(v.problem()).as(v.reason()).isEqualTo(problem);
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.reason()).isNotBlank();
    }

    /** The documented example of {@code type} with {@code field} of its MsgContent (dotted path) removed or set. */
    private static String edit(MsgType type, String path, Object value) {
        ObjectNode e = (ObjectNode) tree(element(type));
        ObjectNode target = (ObjectNode) e.get("MsgContent");
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (p.endsWith("]")) {
                String name = p.substring(0, p.indexOf('['));
                int idx = Integer.parseInt(p.substring(p.indexOf('[') + 1, p.length() - 1));
                target = (ObjectNode) ((ArrayNode) target.get(name)).get(idx);
            } else {
                target = (ObjectNode) target.get(p);
            }
        }
        String last = parts[parts.length - 1];
        if (value == null) {
            target.remove(last);
        } else {
            target.set(last, MsgFixtures.JSON.valueToTree(value));
        }
        return e.toString();
    }

    @Nested
    class Accepted {

        @ParameterizedTest
        @EnumSource(MsgType.class)
        void should_accept_every_documented_example_in_both_scopes(MsgType type) {
            String json = body(element(type));

            MsgBodyValidation c2c = V.validate(json, null, MsgScope.C2C);
            MsgBodyValidation group = V.validate(json, "", MsgScope.GROUP);

            assertThat(c2c.ok()).as(c2c.reason()).isTrue();
            assertThat(c2c.code()).isEqualTo(ErrorCode.SUCCESS);
            assertThat(c2c.reason()).isEmpty();
            assertThat(c2c.problem()).isNull();
            assertThat(c2c.body().json()).isEqualTo(json);
            assertThat(c2c.size()).isEqualTo(MsgJson.utf8Length(MsgJson.compact(json)));
            assertThat(group.ok()).isTrue();
            assertThat(VALIDATOR.validate(c2c.body())).isEmpty();
        }

        @Test
        void should_accept_mixed_bodies_with_one_custom_element() {
            String json = body(
                    text("a"),
                    element(MsgType.FACE),
                    text("b"),
                    element(MsgType.CUSTOM),
                    element(MsgType.IMAGE),
                    element(MsgType.RELAY));

            assertThat(V.validate(json, "ccd", MsgScope.C2C).ok()).isTrue();
        }

        @Test
        void should_accept_empty_strings_and_optional_fields_left_out() {
            String json = body(
                    text(""),
                    "{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{}}",
                    "{\"MsgType\":\"TIMLocationElem\",\"MsgContent\":{\"Latitude\":0,\"Longitude\":-1.5}}",
                    "{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{}}",
                    "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":-1}}");

            MsgBodyValidation v = V.validate(json, null, MsgScope.GROUP);

            assertThat(v.ok()).as(v.reason()).isTrue();
        }
    }

    @Nested
    class Rejected {

        @Test
        void should_reject_a_missing_body() {
            assertFails(
                    V.validate((String) null, null, MsgScope.C2C), MsgBodyProblem.MISSING, ErrorCode.MSG_BODY_INVALID);
            assertFails(
                    V.validate((MsgBody) null, null, MsgScope.GROUP),
                    MsgBodyProblem.MISSING,
                    ErrorCode.GROUP_INVALID_PARAMETER);
            assertFails(V.validate("null", null, MsgScope.C2C), MsgBodyProblem.MISSING, ErrorCode.MSG_BODY_INVALID);
        }

        @Test
        void should_reject_an_empty_body() {
            MsgBodyValidation v = V.validate("[]", null, MsgScope.C2C);

            assertFails(v, MsgBodyProblem.EMPTY, ErrorCode.MSG_BODY_INVALID);
            assertThat(v.code().code()).isEqualTo(90002);
            assertThat(v.body()).isEqualTo(MsgBody.EMPTY);
            assertFails(
                    V.validate(MsgBody.EMPTY, null, MsgScope.GROUP),
                    MsgBodyProblem.EMPTY,
                    ErrorCode.GROUP_INVALID_PARAMETER);
            assertThat(VALIDATOR.validate(MsgBody.EMPTY)).hasSize(1);
        }

        @Test
        void should_reject_a_body_that_is_not_an_array() {
            MsgBodyValidation v = V.validate(text("hi"), null, MsgScope.C2C);

            assertFails(v, MsgBodyProblem.NOT_ARRAY, ErrorCode.MSG_BODY_NOT_ARRAY);
            assertThat(v.code().code()).isEqualTo(90007);
            assertThat(v.body()).isNull();
            assertThat(v.size()).isEqualTo(-1);
            assertFails(
                    V.validate("\"x\"", null, MsgScope.GROUP),
                    MsgBodyProblem.NOT_ARRAY,
                    ErrorCode.GROUP_INVALID_PARAMETER);
        }

        @Test
        void should_reject_text_that_is_not_json() {
            assertFails(V.validate("[{", null, MsgScope.C2C), MsgBodyProblem.NOT_JSON, ErrorCode.C2C_JSON_PARSE);
            assertFails(V.validate("[{", null, MsgScope.GROUP), MsgBodyProblem.NOT_JSON, ErrorCode.GROUP_JSON_PARSE);
        }

        @Test
        void should_reject_malformed_elements_with_90002() {
            MsgBodyValidation v = V.validate("[{\"MsgType\":\"TIMTextElem\"}]", null, MsgScope.C2C);

            assertFails(v, MsgBodyProblem.MALFORMED_ELEMENT, ErrorCode.MSG_BODY_INVALID);
            assertThat(v.reason()).isEqualTo("MsgBody[0].MsgContent is missing or not an object");
        }

        @Test
        void should_reject_unknown_types_with_90010_without_echoing_them() {
            MsgBodyValidation v = V.validate(
                    body(text("ok"), "{\"MsgType\":\"TIMTopSecretElem\",\"MsgContent\":{}}"), null, MsgScope.C2C);

            assertFails(v, MsgBodyProblem.UNKNOWN_MSG_TYPE, ErrorCode.MSG_ELEMENT_INVALID);
            assertThat(v.code().code()).isEqualTo(90010);
            assertThat(v.reason()).isEqualTo("MsgBody[1].MsgType is not a known type");
            assertFails(
                    V.validate("[{\"MsgType\":\"TIMGroupSystemNoticeElem\",\"MsgContent\":{}}]", null, MsgScope.GROUP),
                    MsgBodyProblem.UNKNOWN_MSG_TYPE,
                    ErrorCode.GROUP_INVALID_PARAMETER);
        }

        @Test
        void should_reject_wrongly_typed_fields_without_echoing_values() {
            MsgBodyValidation v = V.validate(
                    "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":[\"my password\"]}}]", null, MsgScope.C2C);

            assertFails(v, MsgBodyProblem.INVALID_FIELD, ErrorCode.MSG_ELEMENT_INVALID);
            assertThat(v.reason()).isEqualTo("MsgBody[0].MsgContent.Text must be a string");
        }

        @Test
        void should_reject_two_custom_elements() {
            MsgBodyValidation v =
                    V.validate(body(element(MsgType.CUSTOM), text("x"), element(MsgType.CUSTOM)), null, MsgScope.C2C);

            assertFails(v, MsgBodyProblem.MULTIPLE_CUSTOM_ELEMS, ErrorCode.MSG_ELEMENT_INVALID);
            assertFails(
                    V.validate(body(element(MsgType.CUSTOM), element(MsgType.CUSTOM)), null, MsgScope.GROUP),
                    MsgBodyProblem.MULTIPLE_CUSTOM_ELEMS,
                    ErrorCode.GROUP_INVALID_PARAMETER);
        }

        @Test
        void should_report_the_first_defect_in_element_order() {
            String json = body(
                    text("fine"), edit(MsgType.SOUND, "UUID", null), "{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{}}");

            MsgBodyValidation v = V.validate(json, null, MsgScope.C2C);

            assertThat(v.reason()).isEqualTo("MsgBody[1].MsgContent.UUID is required");
        }

        static Stream<Arguments> missingFields() {
            return Stream.of(
                    Arguments.of(MsgType.TEXT, "Text", "text"),
                    Arguments.of(MsgType.LOCATION, "Latitude", "latitude"),
                    Arguments.of(MsgType.LOCATION, "Longitude", "longitude"),
                    Arguments.of(MsgType.FACE, "Index", "index"),
                    Arguments.of(MsgType.SOUND, "Url", "url"),
                    Arguments.of(MsgType.SOUND, "UUID", "uuid"),
                    Arguments.of(MsgType.SOUND, "Download_Flag", "downloadFlag"),
                    Arguments.of(MsgType.IMAGE, "UUID", "uuid"),
                    Arguments.of(MsgType.IMAGE, "ImageInfoArray", "imageInfoArray"),
                    Arguments.of(MsgType.IMAGE, "ImageInfoArray[1].Type", "imageInfoArray[1].type"),
                    Arguments.of(MsgType.IMAGE, "ImageInfoArray[1].Width", "imageInfoArray[1].width"),
                    Arguments.of(MsgType.IMAGE, "ImageInfoArray[1].Height", "imageInfoArray[1].height"),
                    Arguments.of(MsgType.IMAGE, "ImageInfoArray[2].URL", "imageInfoArray[2].url"),
                    Arguments.of(MsgType.FILE, "Url", "url"),
                    Arguments.of(MsgType.FILE, "UUID", "uuid"),
                    Arguments.of(MsgType.FILE, "Download_Flag", "downloadFlag"),
                    Arguments.of(MsgType.VIDEO_FILE, "VideoUrl", "videoUrl"),
                    Arguments.of(MsgType.VIDEO_FILE, "VideoUUID", "videoUuid"),
                    Arguments.of(MsgType.VIDEO_FILE, "VideoDownloadFlag", "videoDownloadFlag"),
                    Arguments.of(MsgType.VIDEO_FILE, "ThumbUrl", "thumbUrl"),
                    Arguments.of(MsgType.VIDEO_FILE, "ThumbUUID", "thumbUuid"),
                    Arguments.of(MsgType.VIDEO_FILE, "ThumbWidth", "thumbWidth"),
                    Arguments.of(MsgType.VIDEO_FILE, "ThumbHeight", "thumbHeight"),
                    Arguments.of(MsgType.VIDEO_FILE, "ThumbDownloadFlag", "thumbDownloadFlag"));
        }

        @ParameterizedTest(name = "{0} without {1}")
        @MethodSource("missingFields")
        void should_reject_missing_required_fields_as_bean_validation_does(
                MsgType type, String field, String property) {
            String json = body(text("first"), edit(type, field, null));

            MsgBodyValidation c2c = V.validate(json, null, MsgScope.C2C);
            MsgBodyValidation group = V.validate(json, null, MsgScope.GROUP);

            assertFails(c2c, MsgBodyProblem.MISSING_FIELD, ErrorCode.MSG_ELEMENT_INVALID);
            assertThat(c2c.reason()).isEqualTo("MsgBody[1].MsgContent." + field + " is required");
            assertFails(group, MsgBodyProblem.MISSING_FIELD, ErrorCode.GROUP_INVALID_PARAMETER);
            Set<String> paths = VALIDATOR.validate(c2c.body()).stream()
                    .map(ConstraintViolation::getPropertyPath)
                    .map(Object::toString)
                    .collect(Collectors.toSet());
            assertThat(paths).containsExactly("elements[1].content." + property);
        }

        @Test
        void should_treat_an_empty_image_info_array_as_missing() {
            MsgBodyValidation v =
                    V.validate(body(edit(MsgType.IMAGE, "ImageInfoArray", new int[0])), null, MsgScope.C2C);

            assertFails(v, MsgBodyProblem.MISSING_FIELD, ErrorCode.MSG_ELEMENT_INVALID);
            assertThat(VALIDATOR.validate(v.body())).hasSize(1);
        }

        static Stream<Arguments> badValues() {
            return Stream.of(
                    Arguments.of(MsgType.SOUND, "Download_Flag", 1, "downloadFlag"),
                    Arguments.of(MsgType.FILE, "Download_Flag", 0, "downloadFlag"),
                    Arguments.of(MsgType.VIDEO_FILE, "VideoDownloadFlag", 3, "videoDownloadFlag"),
                    Arguments.of(MsgType.VIDEO_FILE, "ThumbDownloadFlag", 1, "thumbDownloadFlag"),
                    Arguments.of(MsgType.IMAGE, "ImageInfoArray[0].Type", 0, "imageInfoArray[0].type"),
                    Arguments.of(MsgType.IMAGE, "ImageInfoArray[2].Type", 4, "imageInfoArray[2].type"));
        }

        @ParameterizedTest(name = "{0} with {1}={2}")
        @MethodSource("badValues")
        void should_reject_undocumented_values_as_bean_validation_does(
                MsgType type, String field, int value, String property) {
            MsgBodyValidation v = V.validate(body(edit(type, field, value)), null, MsgScope.C2C);

            assertFails(v, MsgBodyProblem.INVALID_FIELD, ErrorCode.MSG_ELEMENT_INVALID);
            assertThat(v.reason()).startsWith("MsgBody[0].MsgContent." + field + " must be");
            assertThat(VALIDATOR.validate(v.body()))
                    .extracting(c -> c.getPropertyPath().toString())
                    .containsExactly("elements[0].content." + property);
        }

        @Test
        void should_not_check_the_image_format_range() {
            assertThat(V.validate(body(edit(MsgType.IMAGE, "ImageFormat", 7)), null, MsgScope.C2C)
                            .ok())
                    .isTrue();
        }
    }

    @Nested
    class Size {

        @Test
        void should_accept_exactly_12_kb_and_reject_one_byte_more() {
            String atLimit = body(text("x".repeat(MsgBodyValidator.MAX_MESSAGE_BYTES - TEXT_OVERHEAD)));
            String over = body(text("x".repeat(MsgBodyValidator.MAX_MESSAGE_BYTES - TEXT_OVERHEAD + 1)));

            MsgBodyValidation ok = V.validate(atLimit, null, MsgScope.C2C);
            MsgBodyValidation c2c = V.validate(over, null, MsgScope.C2C);
            MsgBodyValidation group = V.validate(over, null, MsgScope.GROUP);

            assertThat(ok.ok()).isTrue();
            assertThat(ok.size()).isEqualTo(12288);
            assertFails(c2c, MsgBodyProblem.TOO_LONG, ErrorCode.C2C_PACKET_TOO_LONG);
            assertThat(c2c.code().code()).isEqualTo(93000);
            assertThat(c2c.size()).isEqualTo(12289);
            assertThat(c2c.reason()).isEqualTo("message exceeds 12288 bytes");
            assertFails(group, MsgBodyProblem.TOO_LONG, ErrorCode.MESSAGE_TOO_LONG);
            assertThat(group.code().code()).isEqualTo(80002);
        }

        @Test
        void should_count_cloud_custom_data_in_utf8() {
            String body = body(text("x".repeat(MsgBodyValidator.MAX_MESSAGE_BYTES - TEXT_OVERHEAD - 6)));

            assertThat(V.validate(body, "你好", MsgScope.C2C).size()).isEqualTo(12288);
            assertThat(V.validate(body, "你好", MsgScope.C2C).ok()).isTrue();
            assertThat(V.validate(body, "你好!", MsgScope.C2C).problem()).isEqualTo(MsgBodyProblem.TOO_LONG);
            assertThat(MsgBodyValidator.messageSize(MsgBody.parse(body), null))
                    .isEqualTo(MsgBodyValidator.messageSize(MsgBody.parse(body), ""));
        }

        @Test
        void should_count_utf8_bytes_not_characters() {
            int chars = (MsgBodyValidator.MAX_MESSAGE_BYTES - TEXT_OVERHEAD) / 3;
            String exact = body(text("你".repeat(chars)));

            MsgBodyValidation v = V.validate(exact, null, MsgScope.C2C);

            assertThat(v.size()).isEqualTo(TEXT_OVERHEAD + 3L * chars);
            assertThat(v.ok()).isTrue();
            assertThat(V.validate(body(text("你".repeat(chars + 1))), null, MsgScope.C2C)
                            .problem())
                    .isEqualTo(MsgBodyProblem.TOO_LONG);
            assertThat(V.validate(body(text("😀".repeat(3073))), null, MsgScope.C2C)
                            .problem())
                    .isEqualTo(MsgBodyProblem.TOO_LONG);
        }

        @Test
        void should_not_count_whitespace_between_tokens() {
            String text = "x".repeat(MsgBodyValidator.MAX_MESSAGE_BYTES - TEXT_OVERHEAD);
            String pretty = "[\n  {\n    \"MsgType\" : \"TIMTextElem\",\n    \"MsgContent\" : { \"Text\" : \"" + text
                    + "\" }\n  }\n]\n";

            MsgBodyValidation v = V.validate(pretty, null, MsgScope.C2C);

            assertThat(v.ok()).isTrue();
            assertThat(v.size()).isEqualTo(12288);
            assertThat(v.body().json()).isEqualTo(pretty.strip());
        }

        @Test
        void should_count_escapes_as_written() {
            String escaped = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"\\u4f60\"}}]";
            String raw = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"你\"}}]";

            assertThat(V.validate(escaped, null, MsgScope.C2C).size()).isEqualTo(TEXT_OVERHEAD + 6);
            assertThat(V.validate(raw, null, MsgScope.C2C).size()).isEqualTo(TEXT_OVERHEAD + 3);
        }

        @Test
        void should_check_size_after_the_element_rules() {
            String big = body(
                    text("x".repeat(MsgBodyValidator.MAX_MESSAGE_BYTES)),
                    "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{}}");

            assertThat(V.validate(big, null, MsgScope.C2C).problem()).isEqualTo(MsgBodyProblem.MISSING_FIELD);
        }

        @Test
        void should_honour_a_configured_limit() {
            MsgBodyValidator eightKb = new MsgBodyValidator(8 * 1024);
            String body = body(text("x".repeat(8 * 1024 - TEXT_OVERHEAD + 1)));

            assertThat(eightKb.maxBytes()).isEqualTo(8192);
            assertThat(eightKb.validate(body, null, MsgScope.GROUP).code()).isEqualTo(ErrorCode.MESSAGE_TOO_LONG);
            assertThat(V.validate(body, null, MsgScope.GROUP).ok()).isTrue();
            assertThatIllegalArgumentException().isThrownBy(() -> new MsgBodyValidator(0));
        }
    }

    @Test
    void should_keep_results_consistent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MsgBodyValidation(ErrorCode.SUCCESS, "", MsgBodyProblem.EMPTY, null, -1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MsgBodyValidation(ErrorCode.MSG_BODY_INVALID, "x", null, null, -1));
        assertThatNullPointerException().isThrownBy(() -> V.validate("[]", null, null));
        assertThatNullPointerException().isThrownBy(() -> MsgBodyValidation.ok(null, 0));
    }

    @ParameterizedTest
    @EnumSource(MsgBodyProblem.class)
    void should_map_every_problem_to_a_c2c_and_a_group_code(MsgBodyProblem p) {
        assertThat(p.code(MsgScope.C2C).area()).isEqualTo(ErrorCode.Area.C2C_MESSAGE);
        assertThat(p.code(MsgScope.GROUP).code())
                .isIn(
                        ErrorCode.GROUP_JSON_PARSE.code(),
                        ErrorCode.GROUP_INVALID_PARAMETER.code(),
                        ErrorCode.MESSAGE_TOO_LONG.code());
    }
}
