package dev.parley.model.message;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.parley.model.error.ErrorCode;

import static dev.parley.model.message.MsgFixtures.JSON;
import static dev.parley.model.message.MsgFixtures.body;
import static dev.parley.model.message.MsgFixtures.element;
import static dev.parley.model.message.MsgFixtures.resource;
import static dev.parley.model.message.MsgFixtures.text;
import static dev.parley.model.message.MsgFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing and round trips of {@code MsgBody}, element by element, from Tencent's documented examples. */
class MsgBodyParseTest {

    private static final Map<MsgType, Class<? extends MsgContent>> CONTENT_TYPES = Map.of(
            MsgType.TEXT, TextElem.class,
            MsgType.LOCATION, LocationElem.class,
            MsgType.FACE, FaceElem.class,
            MsgType.CUSTOM, CustomElem.class,
            MsgType.SOUND, SoundElem.class,
            MsgType.IMAGE, ImageElem.class,
            MsgType.FILE, FileElem.class,
            MsgType.VIDEO_FILE, VideoFileElem.class,
            MsgType.RELAY, RelayElem.class);

    private static MsgBodyProblem problemOf(String bodyJson) {
        try {
            MsgBody.parse(bodyJson);
        } catch (MsgBodyException e) {
            return e.problem();
        }
        throw new AssertionError("parsed");
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest
        @EnumSource(MsgType.class)
        void should_keep_the_exact_text_of_every_documented_element(MsgType type) {
            String example = element(type);
            String bodyJson = "[" + example + "]";

            MsgBody body = MsgBody.parse(bodyJson);

            assertThat(body.json()).isEqualTo(bodyJson);
            assertThat(body.elements()).hasSize(1);
            MsgElement e = body.elements().get(0);
            assertThat(e.json()).isEqualTo(example);
            assertThat(e.msgType()).isEqualTo(type);
            assertThat(e.content()).isInstanceOf(CONTENT_TYPES.get(type));
            assertThat(e.content().msgType()).isEqualTo(type);
            assertThat(e.content(CONTENT_TYPES.get(type))).get().isSameAs(e.content());
            Class<? extends MsgContent> other = type == MsgType.TEXT ? FaceElem.class : TextElem.class;
            assertThat(e.content(other)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(MsgType.class)
        void should_write_the_documented_json_from_the_typed_view(MsgType type) {
            String example = element(type);
            MsgContent typed = MsgElement.parse(example).content();

            MsgElement rebuilt = MsgElement.of(typed);

            // relayed bodies inside TIMRelayElem keep their own text, hence the compact comparison
            assertThat(MsgJson.compact(rebuilt.json())).isEqualTo(MsgJson.compact(example));
            assertThat(tree(rebuilt.json())).isEqualTo(tree(example));
            assertThat(rebuilt.content()).isEqualTo(typed);
            // from a compact source in §4.1 field order, typed view -> JSON is byte-exact
            String compact = MsgJson.compact(example);
            assertThat(MsgElement.of(MsgElement.parse(compact).content()).json())
                    .isEqualTo(compact);
        }

        @ParameterizedTest
        @EnumSource(MsgType.class)
        void should_bind_the_documented_content_with_jackson(MsgType type) throws Exception {
            JsonNode example = tree(element(type));
            String contentJson = example.get("MsgContent").toString();
            MsgContent parsed = MsgElement.parse(MsgJson.compact(element(type))).content();

            MsgContent bound = JSON.readValue(contentJson, CONTENT_TYPES.get(type));

            assertThat(bound).isEqualTo(parsed);
            assertThat(tree(JSON.writeValueAsString(bound))).isEqualTo(example.get("MsgContent"));
        }

        @Test
        void should_read_every_documented_field() {
            LocationElem loc =
                    (LocationElem) MsgElement.parse(element(MsgType.LOCATION)).content();
            assertThat(loc).isEqualTo(new LocationElem("someinfo", 29.340656774469956, 116.77497920478824));

            ImageElem img = (ImageElem) MsgElement.parse(element(MsgType.IMAGE)).content();
            assertThat(img.uuid()).isEqualTo("1853095_D61040894AC3DE44CDFFFB3EC7EB720F");
            assertThat(img.imageFormat()).isEqualTo(ImageElem.FORMAT_JPG);
            assertThat(img.imageInfoArray())
                    .extracting(ImageElem.ImageInfo::type)
                    .containsExactly(
                            ImageElem.ImageInfo.TYPE_ORIGINAL,
                            ImageElem.ImageInfo.TYPE_LARGE,
                            ImageElem.ImageInfo.TYPE_THUMBNAIL);
            assertThat(img.imageInfoArray().get(0).size()).isEqualTo(1853095L);
            assertThat(img.imageInfoArray().get(2).width()).isEqualTo(150L);

            VideoFileElem v = (VideoFileElem)
                    MsgElement.parse(element(MsgType.VIDEO_FILE)).content();
            assertThat(v.videoFormat()).isEqualTo("mp4");
            assertThat(v.thumbFormat()).isEqualTo("JPG");
            assertThat(v.videoDownloadFlag()).isEqualTo(2);
            assertThat(v.thumbHeight()).isEqualTo(1280L);

            SoundElem s = (SoundElem) MsgElement.parse(element(MsgType.SOUND)).content();
            assertThat(s.downloadFlag()).isEqualTo(SoundElem.DOWNLOAD_FLAG_URL);
            assertThat(s.size()).isEqualTo(62351L);

            FileElem f = (FileElem) MsgElement.parse(element(MsgType.FILE)).content();
            assertThat(f.fileSize()).isEqualTo(1773552L);
            assertThat(f.fileName()).endsWith(".MOV");

            assertThat(MsgElement.parse(element(MsgType.CUSTOM)).content())
                    .isEqualTo(new CustomElem("message", "notification", "url", "dingdong.aiff"));
            assertThat(MsgElement.parse(element(MsgType.FACE)).content()).isEqualTo(new FaceElem(1L, "content"));
        }

        @Test
        void should_read_merged_messages_recursively() {
            RelayElem r = (RelayElem) MsgElement.parse(element(MsgType.RELAY)).content();

            assertThat(r.title()).isEqualTo("Chat History");
            assertThat(r.msgNum()).isEqualTo(2L);
            assertThat(r.abstractList()).containsExactly("lumotuwe1: hi", "lumotuwe2: [Face]");
            assertThat(r.jsonMsgKey()).isNull();
            assertThat(r.msgList()).hasSize(2);
            RelayElem.RelayedMsg first = r.msgList().get(0);
            assertThat(first.fromAccount()).isEqualTo("lumotuwe1");
            assertThat(first.toAccount()).isEqualTo("lumotuwe2");
            assertThat(first.groupId()).isNull();
            assertThat(first.msgSeq()).isEqualTo(48374L);
            assertThat(first.msgRandom()).isEqualTo(2837546L);
            assertThat(first.msgTimeStamp()).isEqualTo(1557481126L);
            assertThat(first.cloudCustomData()).isEmpty();
            assertThat(first.msgBody().elements().get(0).content()).isEqualTo(new TextElem("hi"));
            assertThat(first.msgBody().json()).startsWith("[").endsWith("]").contains("\"Text\": \"hi\"");
            RelayElem.RelayedMsg second = r.msgList().get(1);
            assertThat(second.groupId()).isEqualTo("@TGS#2C5SZEAEF");
            assertThat(second.msgBody().elements().get(0).content()).isEqualTo(new FaceElem(1L, "content"));
        }

        @Test
        void should_keep_unknown_members_whitespace_and_escapes_byte_for_byte() {
            String src = resource("faithful-body.json");

            MsgBody body = MsgBody.parse(src);

            assertThat(body.json()).isEqualTo(src.strip());
            assertThat(body.elements())
                    .extracting(MsgElement::msgType)
                    .containsExactly(MsgType.TEXT, MsgType.FACE, MsgType.TEXT);
            MsgElement first = body.elements().get(0);
            assertThat(first.json()).contains("\"FutureField\" : [1, 2.50, {\"x\": null}] }, \"Extra\": true }");
            assertThat(first.content()).isEqualTo(new TextElem("héllo \"w\" 😀 你好"));
            assertThat(body.elements().get(1).content()).isEqualTo(new FaceElem(7L, "/path"));
            assertThat(body.elements().get(1).json())
                    .isEqualTo("{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":7,\"Data\":\"\\/path\"}}");
            MsgBody rejoined = MsgBody.of(body.elements());
            assertThat(rejoined.elements()).isEqualTo(body.elements());
            assertThat(rejoined.json())
                    .isEqualTo("["
                            + String.join(
                                    ",",
                                    body.elements().stream()
                                            .map(MsgElement::json)
                                            .toList()) + "]");
            assertThat(body.compactJson()).doesNotContain("\n").contains("\"h\\u00e9llo \\\"w\\\" \\ud83d\\ude00 你好\"");
        }

        @Test
        void should_build_bodies_from_typed_content() {
            MsgBody body = MsgBody.of(new TextElem("a"), new FaceElem(3L, null), new TextElem("b"));

            assertThat(body.json())
                    .isEqualTo("[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"a\"}},"
                            + "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":3}},"
                            + "{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"b\"}}]");
            assertThat(MsgBody.parse(body.json())).isEqualTo(body);
            assertThat(body.hashCode()).isEqualTo(MsgBody.parse(body.json()).hashCode());
            assertThat(MsgBody.of(List.of()).json()).isEqualTo("[]");
            assertThat(MsgBody.EMPTY.isEmpty()).isTrue();
            assertThat(MsgBody.parse("[]")).isEqualTo(MsgBody.EMPTY);
            assertThat(MsgBody.parse(" [ ] ").json()).isEqualTo("[ ]");
        }

        @Test
        void should_escape_what_json_needs_when_writing_typed_content() {
            MsgElement e = MsgElement.of(new CustomElem("{\"k\":\"v\"}\n", null, "tab\there", null));

            assertThat(e.json())
                    .isEqualTo("{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":"
                            + "{\"Data\":\"{\\\"k\\\":\\\"v\\\"}\\n\",\"Ext\":\"tab\\there\"}}");
            assertThat(e.content()).isEqualTo(new CustomElem("{\"k\":\"v\"}\n", null, "tab\there", null));
        }

        @Test
        void should_reject_typed_lists_with_null_entries() {
            assertThatThrownBy(() ->
                            MsgElement.of(new ImageElem("u", 1, java.util.Arrays.asList((ImageElem.ImageInfo) null))))
                    .isInstanceOfSatisfying(
                            MsgBodyException.class,
                            e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.INVALID_FIELD));
        }

        @Test
        void should_treat_json_null_fields_as_absent() {
            MsgElement e =
                    MsgElement.parse("{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{\"Data\":null,\"Desc\":\"d\"}}");

            assertThat(e.content()).isEqualTo(new CustomElem(null, "d", null, null));
            assertThat(e.json()).contains("\"Data\":null");
        }

        @Test
        void should_never_show_user_content_in_to_string() {
            MsgBody body = MsgBody.parse(body(text("secret words"), element(MsgType.FACE)));

            assertThat(body.toString()).isEqualTo("MsgBody[TIMTextElem, TIMFaceElem]");
            assertThat(body.elements().get(0).toString()).isEqualTo("MsgElement[TIMTextElem]");
        }
    }

    @Nested
    class FromRequest {

        @Test
        void should_take_the_exact_msg_body_text_out_of_a_sendmsg_request() {
            String request = resource("sendmsg-request.json");

            MsgBody body = MsgBody.fromRequest(request);

            assertThat(body.json())
                    .isEqualTo("[ { \"MsgType\": \"TIMTextElem\", \"MsgContent\": { \"Text\": \"hi\" } } ]");
            assertThat(body.elements().get(0).content()).isEqualTo(new TextElem("hi"));
        }

        @Test
        void should_classify_requests_without_a_usable_body() {
            assertThatThrownBy(() -> MsgBody.fromRequest("{\"To_Account\":\"bob\"}"))
                    .isInstanceOfSatisfying(
                            MsgBodyException.class, e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.MISSING));
            assertThatThrownBy(() -> MsgBody.fromRequest("{\"MsgBody\":null}"))
                    .isInstanceOfSatisfying(
                            MsgBodyException.class, e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.MISSING));
            assertThatThrownBy(() -> MsgBody.fromRequest("{\"MsgBody\":{\"MsgType\":\"TIMTextElem\"}}"))
                    .isInstanceOfSatisfying(
                            MsgBodyException.class, e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.NOT_ARRAY));
            assertThatThrownBy(() -> MsgBody.fromRequest("[]"))
                    .isInstanceOfSatisfying(
                            MsgBodyException.class, e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.NOT_JSON));
            assertThatThrownBy(() -> MsgBody.fromRequest("{\"MsgBody\":[]"))
                    .isInstanceOfSatisfying(MsgBodyException.class, e -> {
                        assertThat(e.problem()).isEqualTo(MsgBodyProblem.NOT_JSON);
                        assertThat(e.code(MsgScope.C2C)).isEqualTo(ErrorCode.C2C_JSON_PARSE);
                        assertThat(e.code(MsgScope.GROUP)).isEqualTo(ErrorCode.GROUP_JSON_PARSE);
                    });
        }
    }

    @Nested
    class ParseErrors {

        static Stream<Arguments> bodies() {
            return Stream.of(
                    Arguments.of("not json", "[{]", MsgBodyProblem.NOT_JSON),
                    Arguments.of("null", "null", MsgBodyProblem.MISSING),
                    Arguments.of("object", "{\"MsgType\":\"TIMTextElem\"}", MsgBodyProblem.NOT_ARRAY),
                    Arguments.of("string", "\"hi\"", MsgBodyProblem.NOT_ARRAY),
                    Arguments.of("element not object", "[\"hi\"]", MsgBodyProblem.MALFORMED_ELEMENT),
                    Arguments.of("no MsgType", "[{\"MsgContent\":{}}]", MsgBodyProblem.MALFORMED_ELEMENT),
                    Arguments.of(
                            "MsgType not string",
                            "[{\"MsgType\":1,\"MsgContent\":{}}]",
                            MsgBodyProblem.MALFORMED_ELEMENT),
                    Arguments.of("no MsgContent", "[{\"MsgType\":\"TIMTextElem\"}]", MsgBodyProblem.MALFORMED_ELEMENT),
                    Arguments.of(
                            "MsgContent not object",
                            "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":\"hi\"}]",
                            MsgBodyProblem.MALFORMED_ELEMENT),
                    Arguments.of(
                            "unknown type",
                            "[{\"MsgType\":\"TIMStickerElem\",\"MsgContent\":{}}]",
                            MsgBodyProblem.UNKNOWN_MSG_TYPE),
                    Arguments.of(
                            "type case differs",
                            "[{\"MsgType\":\"timtextelem\",\"MsgContent\":{\"Text\":\"x\"}}]",
                            MsgBodyProblem.UNKNOWN_MSG_TYPE),
                    Arguments.of(
                            "client-only group tip",
                            "[{\"MsgType\":\"TIMGroupTipElem\",\"MsgContent\":{}}]",
                            MsgBodyProblem.UNKNOWN_MSG_TYPE),
                    Arguments.of(
                            "Text not string",
                            "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":5}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "Index not integer",
                            "[{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":1.5}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "Index a string",
                            "[{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":\"1\"}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "Latitude a string",
                            "[{\"MsgType\":\"TIMLocationElem\",\"MsgContent\":{\"Latitude\":\"1\",\"Longitude\":2}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "Latitude infinite",
                            "[{\"MsgType\":\"TIMLocationElem\",\"MsgContent\":{\"Latitude\":1e999,\"Longitude\":2}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "Download_Flag beyond int",
                            "[{\"MsgType\":\"TIMSoundElem\",\"MsgContent\":{\"Download_Flag\":4294967298}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "ImageInfoArray not array",
                            "[{\"MsgType\":\"TIMImageElem\",\"MsgContent\":{\"ImageInfoArray\":{}}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "ImageInfoArray of numbers",
                            "[{\"MsgType\":\"TIMImageElem\",\"MsgContent\":{\"ImageInfoArray\":[1]}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "AbstractList of numbers",
                            "[{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"AbstractList\":[1]}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "AbstractList a string",
                            "[{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"AbstractList\":\"a\"}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "relayed MsgBody not array",
                            "[{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"MsgList\":[{\"MsgBody\":{}}]}}]",
                            MsgBodyProblem.INVALID_FIELD),
                    Arguments.of(
                            "relayed element of unknown type",
                            "[{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"MsgList\":[{\"MsgBody\":"
                                    + "[{\"MsgType\":\"X\",\"MsgContent\":{}}]}]}}]",
                            MsgBodyProblem.UNKNOWN_MSG_TYPE),
                    Arguments.of(
                            "duplicate member",
                            "[{\"MsgType\":\"TIMTextElem\",\"MsgType\":\"x\"}]",
                            MsgBodyProblem.NOT_JSON));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("bodies")
        void should_classify_defects(String name, String bodyJson, MsgBodyProblem expected) {
            assertThat(problemOf(bodyJson)).isEqualTo(expected);
        }

        @Test
        void should_map_unknown_types_to_tencent_codes() {
            MsgBodyException e = (MsgBodyException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> MsgBody.parse("[{\"MsgType\":\"TIMSecretElem\",\"MsgContent\":{}}]"));

            assertThat(e.code(MsgScope.C2C)).isEqualTo(ErrorCode.MSG_ELEMENT_INVALID);
            assertThat(e.code(MsgScope.C2C).code()).isEqualTo(90010);
            assertThat(e.code(MsgScope.GROUP).code()).isEqualTo(10004);
            assertThat(e.getMessage())
                    .isEqualTo("MsgBody[0].MsgType is not a known type")
                    .doesNotContain("Secret");
            assertThat(e.getStackTrace()).isEmpty();
            assertThatThrownBy(() -> MsgType.fromWire("TIMSecretElem"))
                    .isInstanceOfSatisfying(
                            MsgBodyException.class,
                            x -> assertThat(x.problem()).isEqualTo(MsgBodyProblem.UNKNOWN_MSG_TYPE));
        }

        @Test
        void should_name_the_path_of_a_nested_defect() {
            String relay = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"x\"}},"
                    + "{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"MsgList\":[{},{\"MsgBody\":"
                    + "[{\"MsgType\":\"TIMImageElem\",\"MsgContent\":{\"ImageInfoArray\":[{\"Width\":\"w\"}]}}]}]}}]";

            assertThatThrownBy(() -> MsgBody.parse(relay))
                    .hasMessage("MsgBody[1].MsgContent.MsgList[1].MsgBody[0].MsgContent.ImageInfoArray[0].Width"
                            + " must be an integer");
        }
    }

    /** A response-like record carrying a body, to exercise Jackson in both directions. */
    record Holder(
            @JsonProperty("MsgKey") String msgKey,
            @JsonProperty("MsgBody") MsgBody msgBody) {}

    @Nested
    class WithJackson {

        @Test
        void should_write_the_exact_body_text_inside_a_response() throws Exception {
            String src = resource("faithful-body.json").strip();
            Holder h = new Holder("1_2_3", MsgBody.parse(src));

            String out = JSON.writeValueAsString(h);

            assertThat(out).isEqualTo("{\"MsgKey\":\"1_2_3\",\"MsgBody\":" + src + "}");
        }

        @Test
        void should_read_a_body_and_keep_unknown_members() throws Exception {
            String in = "{\"MsgKey\":\"k\",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":"
                    + "{\"Text\":\"hi\",\"New\":{\"a\":[1,true,null]}},\"Top\":\"x\"}]}";

            Holder h = JSON.readValue(in, Holder.class);

            assertThat(h.msgBody().json())
                    .isEqualTo("[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":"
                            + "{\"Text\":\"hi\",\"New\":{\"a\":[1,true,null]}},\"Top\":\"x\"}]");
            assertThat(h.msgBody().elements().get(0).content()).isEqualTo(new TextElem("hi"));
            assertThat(JSON.writeValueAsString(h)).isEqualTo(in);
        }

        @Test
        void should_keep_decimal_spelling_when_the_mapper_reads_big_decimals() throws Exception {
            ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
            String in = "{\"MsgBody\":[{\"MsgType\":\"TIMLocationElem\",\"MsgContent\":"
                    + "{\"Desc\":\"d\",\"Latitude\":39.90,\"Longitude\":116.40}}]}";

            Holder h = exact.readValue(in, Holder.class);

            assertThat(h.msgBody().json()).contains("\"Latitude\":39.90,\"Longitude\":116.40");
            assertThat(new BigDecimal("39.90").doubleValue())
                    .isEqualTo(((LocationElem) h.msgBody().elements().get(0).content()).latitude());
        }

        @Test
        void should_surface_unknown_types_as_the_cause_of_jackson_errors() {
            String in = "{\"MsgBody\":[{\"MsgType\":\"TIMNopeElem\",\"MsgContent\":{}}]}";

            assertThatThrownBy(() -> JSON.readValue(in, Holder.class))
                    .isInstanceOf(ValueInstantiationException.class)
                    .cause()
                    .isInstanceOfSatisfying(
                            MsgBodyException.class,
                            e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.UNKNOWN_MSG_TYPE));
        }

        @Test
        void should_surface_a_non_array_body_as_the_cause_of_jackson_errors() {
            assertThatThrownBy(() -> JSON.readValue("{\"MsgBody\":{\"a\":1}}", Holder.class))
                    .cause()
                    .isInstanceOfSatisfying(
                            MsgBodyException.class, e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.NOT_ARRAY));
            assertThatThrownBy(() -> JSON.readValue("{\"MsgBody\":\"[]\"}", Holder.class))
                    .cause()
                    .isInstanceOfSatisfying(
                            MsgBodyException.class, e -> assertThat(e.problem()).isEqualTo(MsgBodyProblem.NOT_ARRAY));
        }

        @Test
        void should_read_a_null_body_as_null() throws Exception {
            assertThat(JSON.readValue("{\"MsgBody\":null}", Holder.class).msgBody())
                    .isNull();
        }

        @Test
        void should_read_and_write_single_elements() throws Exception {
            String json = "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":1,\"Data\":\"content\"}}";

            MsgElement e = JSON.readValue(json, MsgElement.class);

            assertThat(e.content()).isEqualTo(new FaceElem(1L, "content"));
            assertThat(JSON.writeValueAsString(e)).isEqualTo(json);
            assertThat(JSON.writeValueAsString(List.of(e, e))).isEqualTo("[" + json + "," + json + "]");
        }

        @Test
        void should_bind_message_types_by_wire_name() throws Exception {
            assertThat(JSON.writeValueAsString(MsgType.VIDEO_FILE)).isEqualTo("\"TIMVideoFileElem\"");
            assertThat(JSON.readValue("\"TIMRelayElem\"", MsgType.class)).isEqualTo(MsgType.RELAY);
            assertThatThrownBy(() -> JSON.readValue("\"TIMRelayelem\"", MsgType.class))
                    .hasRootCauseInstanceOf(MsgBodyException.class);
        }
    }
}
