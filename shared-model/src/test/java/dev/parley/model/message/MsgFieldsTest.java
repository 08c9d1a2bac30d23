package dev.parley.model.message;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.parley.model.error.ErrorCode;

import static dev.parley.model.message.MsgFixtures.JSON;
import static dev.parley.model.message.MsgFixtures.VALIDATOR;
import static dev.parley.model.message.MsgFixtures.resource;
import static dev.parley.model.message.MsgFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-message fields around {@code MsgBody}: priority, controls, lifetime, custom data, offline push. */
class MsgFieldsTest {

    /** The {@code sendmsg} request of §5.3.1 as a service would bind it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "SyncOtherMachine",
        "From_Account",
        "To_Account",
        "MsgSeq",
        "MsgRandom",
        "MsgTimeStamp",
        "MsgLifeTime",
        "OnlineOnlyFlag",
        "ForbidCallbackControl",
        "SendMsgControl",
        "MsgBody",
        "CloudCustomData",
        "SupportMessageExtension",
        "IsNeedReadReceipt",
        "OfflinePushInfo"
    })
    record SendMsg(
            @JsonProperty("SyncOtherMachine") Integer syncOtherMachine,
            @JsonProperty("From_Account") String fromAccount,
            @JsonProperty("To_Account") String toAccount,
            @JsonProperty("MsgSeq") Long msgSeq,
            @JsonProperty("MsgRandom") Long msgRandom,
            @JsonProperty("MsgTimeStamp") Long msgTimeStamp,
            @JsonProperty("MsgLifeTime") MsgLifeTime msgLifeTime,
            @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
            @JsonProperty("ForbidCallbackControl") List<ForbidCallbackControl> forbidCallbackControl,
            @JsonProperty("SendMsgControl") List<SendMsgControl> sendMsgControl,
            @JsonProperty("MsgBody") MsgBody msgBody,
            @JsonProperty("CloudCustomData") CloudCustomData cloudCustomData,
            @JsonProperty("SupportMessageExtension") Integer supportMessageExtension,
            @JsonProperty("IsNeedReadReceipt") Integer isNeedReadReceipt,
            @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo) {}

    /** The parts of the {@code send_group_msg} request of §5.5.4 this package models. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SendGroupMsg(
            @JsonProperty("MsgPriority") MsgPriority msgPriority,
            @JsonProperty("SendMsgControl") List<SendMsgControl> sendMsgControl,
            @JsonProperty("ForbidCallbackControl") List<ForbidCallbackControl> forbidCallbackControl,
            @JsonProperty("MsgBody") MsgBody msgBody,
            @JsonProperty("CloudCustomData") CloudCustomData cloudCustomData,
            @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo) {}

    /** One {@code RspMsgList} entry of {@code group_msg_get_simple} (§5.5.5). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HistoryMsg(
            @JsonProperty("MsgPriority") MsgPriority msgPriority,
            @JsonProperty("MsgSeq") long msgSeq,
            @JsonProperty("MsgKey") String msgKey,
            @JsonProperty("MsgBody") MsgBody msgBody) {}

    @Nested
    class Requests {

        @Test
        void should_round_trip_the_documented_sendmsg_request() throws Exception {
            String doc = resource("sendmsg-request.json");

            SendMsg req = JSON.readValue(doc, SendMsg.class);

            assertThat(req.msgLifeTime()).isEqualTo(MsgLifeTime.DEFAULT);
            assertThat(req.forbidCallbackControl())
                    .containsExactly(
                            ForbidCallbackControl.FORBID_BEFORE_SEND_MSG_CALLBACK,
                            ForbidCallbackControl.FORBID_AFTER_SEND_MSG_CALLBACK);
            assertThat(req.sendMsgControl())
                    .containsExactly(
                            SendMsgControl.NO_UNREAD,
                            SendMsgControl.NO_LAST_MSG,
                            SendMsgControl.WITH_MUTE_NOTIFICATIONS);
            assertThat(req.msgBody().elements().get(0).content()).isEqualTo(new TextElem("hi"));
            assertThat(req.cloudCustomData().value()).isEqualTo("your cloud custom data");
            assertThat(req.offlinePushInfo()).isEqualTo(new OfflinePushInfo(0, null, "push text", "{}", null, null));
            assertThat(tree(JSON.writeValueAsString(req))).isEqualTo(tree(doc));
            assertThat(VALIDATOR.validate(req.msgLifeTime())).isEmpty();
            assertThat(MsgBodyValidator.DEFAULT
                            .validate(req.msgBody(), req.cloudCustomData().value(), MsgScope.C2C)
                            .ok())
                    .isTrue();
        }

        @Test
        void should_read_the_documented_send_group_msg_request() throws Exception {
            SendGroupMsg req = JSON.readValue(resource("send-group-msg-request.json"), SendGroupMsg.class);

            assertThat(req.msgPriority()).isEqualTo(MsgPriority.HIGH);
            assertThat(req.sendMsgControl()).containsExactly(SendMsgControl.NO_LAST_MSG, SendMsgControl.NO_UNREAD);
            assertThat(req.forbidCallbackControl())
                    .containsExactly(ForbidCallbackControl.FORBID_BEFORE_SEND_MSG_CALLBACK);
            assertThat(req.msgBody().elements().get(0).content()).isEqualTo(new TextElem("red packet"));
            assertThat(req.cloudCustomData()).isEqualTo(CloudCustomData.of("..."));
            assertThat(req.offlinePushInfo().pushDisabled()).isFalse();
        }

        @Test
        void should_read_the_numeric_priority_of_group_history() throws Exception {
            JsonNode rsp = tree(resource("group-msg-get-simple-response.json"));

            HistoryMsg m = JSON.treeToValue(rsp.get("RspMsgList").get(0), HistoryMsg.class);

            assertThat(m.msgPriority()).isEqualTo(MsgPriority.HIGH);
            assertThat(m.msgSeq()).isEqualTo(MsgKeys.FIRST_GROUP_MSG_SEQ);
            assertThat(m.msgBody().elements().get(0).content()).isEqualTo(new TextElem("hello"));
            ObjectNode out = JSON.createObjectNode();
            out.put("MsgPriority", m.msgPriority().numeric());
            assertThat(out.toString()).isEqualTo("{\"MsgPriority\":1}");
        }
    }

    @Nested
    class Priority {

        @ParameterizedTest
        @CsvSource({"High,1,HIGH", "Normal,2,NORMAL", "Low,3,LOW", "Lowest,4,LOWEST"})
        void should_map_names_and_numbers(String name, int numeric, MsgPriority p) throws Exception {
            assertThat(p.wireName()).isEqualTo(name);
            assertThat(p.numeric()).isEqualTo(numeric);
            assertThat(MsgPriority.fromWire(name)).isEqualTo(p);
            assertThat(MsgPriority.fromWire(name.toUpperCase())).isEqualTo(p);
            assertThat(MsgPriority.fromNumeric(numeric)).isEqualTo(p);
            assertThat(JSON.writeValueAsString(p)).isEqualTo("\"" + name + "\"");
            assertThat(JSON.readValue("\"" + name + "\"", MsgPriority.class)).isEqualTo(p);
            assertThat(JSON.readValue(String.valueOf(numeric), MsgPriority.class))
                    .isEqualTo(p);
        }

        @Test
        void should_default_to_normal_and_reject_other_values() {
            assertThat(MsgPriority.orDefault(null)).isEqualTo(MsgPriority.NORMAL);
            assertThat(MsgPriority.orDefault(MsgPriority.LOW)).isEqualTo(MsgPriority.LOW);
            assertThatIllegalArgumentException().isThrownBy(() -> MsgPriority.fromWire("Urgent"));
            assertThatIllegalArgumentException().isThrownBy(() -> MsgPriority.fromNumeric(0));
            assertThatIllegalArgumentException().isThrownBy(() -> MsgPriority.fromNumeric(5));
            assertThatIllegalArgumentException().isThrownBy(() -> MsgPriority.fromJson(1.0));
            assertThatThrownBy(() -> JSON.readValue("\"Urgent\"", MsgPriority.class))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> JSON.readValue("true", MsgPriority.class)).isNotNull();
        }
    }

    @Nested
    class Controls {

        @Test
        void should_use_the_exact_wire_names() throws Exception {
            assertThat(Arrays.stream(SendMsgControl.values()).map(SendMsgControl::wireName))
                    .containsExactly("NoUnread", "NoLastMsg", "WithMuteNotifications");
            assertThat(Arrays.stream(ForbidCallbackControl.values()).map(ForbidCallbackControl::wireName))
                    .containsExactly("ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback");
            assertThat(JSON.writeValueAsString(List.of(SendMsgControl.NO_LAST_MSG)))
                    .isEqualTo("[\"NoLastMsg\"]");
            assertThat(JSON.writeValueAsString(List.of(ForbidCallbackControl.FORBID_AFTER_SEND_MSG_CALLBACK)))
                    .isEqualTo("[\"ForbidAfterSendMsgCallback\"]");
        }

        @Test
        void should_bind_strictly_but_parse_leniently() throws Exception {
            assertThatThrownBy(() ->
                            JSON.readValue("[\"NoUnread\",\"NoFuture\"]", new TypeReference<List<SendMsgControl>>() {}))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
            assertThatIllegalArgumentException().isThrownBy(() -> SendMsgControl.fromWire("nounread"));
            assertThatIllegalArgumentException().isThrownBy(() -> ForbidCallbackControl.fromWire("Forbid"));
            assertThat(SendMsgControl.parseAll(Arrays.asList("NoUnread", "NoFuture", null, "NoUnread")))
                    .containsExactly(SendMsgControl.NO_UNREAD);
            assertThat(SendMsgControl.parseAll(null)).isEmpty();
            assertThat(ForbidCallbackControl.parseAll(
                            List.of("ForbidAfterSendMsgCallback", "x", "ForbidBeforeSendMsgCallback")))
                    .isEqualTo(EnumSet.allOf(ForbidCallbackControl.class));
            assertThat(ForbidCallbackControl.parseAll(null)).isEmpty();
        }

        @Test
        void should_know_which_controls_groups_document() {
            assertThat(SendMsgControl.WITH_MUTE_NOTIFICATIONS.appliesTo(MsgScope.C2C))
                    .isTrue();
            assertThat(SendMsgControl.WITH_MUTE_NOTIFICATIONS.appliesTo(MsgScope.GROUP))
                    .isFalse();
            assertThat(SendMsgControl.NO_UNREAD.appliesTo(MsgScope.GROUP)).isTrue();
            assertThat(SendMsgControl.NO_LAST_MSG.appliesTo(MsgScope.GROUP)).isTrue();
        }
    }

    @Nested
    class LifeTime {

        @ParameterizedTest
        @ValueSource(longs = {0, 1, 86_400, 604_800})
        void should_accept_zero_to_seven_days(long seconds) throws Exception {
            MsgLifeTime t = JSON.readValue(String.valueOf(seconds), MsgLifeTime.class);

            assertThat(t.seconds()).isEqualTo(seconds);
            assertThat(t.problem()).isEmpty();
            assertThat(VALIDATOR.validate(t)).isEmpty();
            assertThat(t.clamped()).isEqualTo(t);
            assertThat(JSON.writeValueAsString(t)).isEqualTo(String.valueOf(seconds));
        }

        @ParameterizedTest
        @ValueSource(longs = {-1, 604_801, 2_592_000})
        void should_answer_90026_outside_the_range(long seconds) {
            MsgLifeTime t = MsgLifeTime.of(seconds);

            assertThat(t.problem()).contains(ErrorCode.OFFLINE_STORAGE_TIME_INVALID);
            assertThat(t.problem().orElseThrow().code()).isEqualTo(90026);
            assertThat(VALIDATOR.validate(t)).hasSize(1);
            assertThat(t.clamped().problem()).isEmpty();
        }

        @Test
        void should_default_to_seven_days_and_know_online_only() {
            assertThat(MsgLifeTime.ofNullable(null)).isEqualTo(MsgLifeTime.DEFAULT);
            assertThat(MsgLifeTime.DEFAULT.seconds()).isEqualTo(604_800);
            assertThat(MsgLifeTime.ofNullable(0L).onlineOnly()).isTrue();
            assertThat(MsgLifeTime.DEFAULT.onlineOnly()).isFalse();
            assertThat(MsgLifeTime.of(-5).clamped()).isEqualTo(MsgLifeTime.ONLINE_ONLY);
            assertThat(MsgLifeTime.of(10_000_000).clamped()).isEqualTo(MsgLifeTime.DEFAULT);
            assertThat(ErrorCode.MSG_LIFETIME_INVALID.code()).isEqualTo(90044);
        }
    }

    @Nested
    class CustomData {

        @Test
        void should_travel_as_a_plain_string() throws Exception {
            CloudCustomData d = JSON.readValue("\"{\\\"k\\\":1}\"", CloudCustomData.class);

            assertThat(d.value()).isEqualTo("{\"k\":1}");
            assertThat(JSON.writeValueAsString(d)).isEqualTo("\"{\\\"k\\\":1}\"");
            assertThat(JSON.writeValueAsString(Map.of("CloudCustomData", CloudCustomData.EMPTY)))
                    .isEqualTo("{\"CloudCustomData\":\"\"}");
        }

        @Test
        void should_measure_utf8_and_hide_content() {
            CloudCustomData d = CloudCustomData.of("a你😀");

            assertThat(d.utf8Length()).isEqualTo(8);
            assertThat(d.toString()).isEqualTo("CloudCustomData[4 chars]");
            assertThat(CloudCustomData.ofNullable(null)).isSameAs(CloudCustomData.EMPTY);
            assertThat(CloudCustomData.ofNullable("")).isSameAs(CloudCustomData.EMPTY);
            assertThat(CloudCustomData.EMPTY.isEmpty()).isTrue();
            assertThat(d.isEmpty()).isFalse();
            assertThatNullPointerException().isThrownBy(() -> new CloudCustomData(null));
        }
    }

    @Nested
    class OfflinePush {

        @Test
        void should_round_trip_the_documented_example() throws Exception {
            String doc = resource("offline-push-info.json");

            OfflinePushInfo info = JSON.readValue(doc, OfflinePushInfo.class);

            assertThat(info.pushFlag()).isEqualTo(OfflinePushInfo.PUSH_FLAG_PUSH);
            assertThat(info.ext()).isEqualTo("{\"json\":\"passthrough\"}");
            assertThat(info.apnsInfo())
                    .containsEntry(OfflinePushInfo.APNS_BADGE_MODE, 1)
                    .containsEntry(OfflinePushInfo.APNS_INTERRUPTION_LEVEL, "active");
            assertThat(info.androidInfo()).containsEntry(OfflinePushInfo.ANDROID_HUAWEI_IMPORTANCE, "NORMAL");
            assertThat(info.androidInfo().keySet()).startsWith("Sound", "HuaWeiChannelID", "XiaoMiChannelID");
            assertThat(info.apnsBadgeDisabled()).isTrue();
            assertThat(info.pushDisabled()).isFalse();
            assertThat(JSON.writeValueAsString(info)).isEqualTo(tree(doc).toString());
            assertThat(VALIDATOR.validate(info)).isEmpty();
        }

        @Test
        void should_read_push_flags_and_reject_others_by_bean_validation() throws Exception {
            OfflinePushInfo off = JSON.readValue("{\"PushFlag\":1,\"Future\":true}", OfflinePushInfo.class);

            assertThat(off.pushDisabled()).isTrue();
            assertThat(off.apnsBadgeDisabled()).isFalse();
            assertThat(JSON.writeValueAsString(off)).isEqualTo("{\"PushFlag\":1}");
            assertThat(VALIDATOR.validate(new OfflinePushInfo(2, null, null, null, null, null)))
                    .hasSize(1);
            assertThat(new OfflinePushInfo(null, null, null, null, null, Map.of("BadgeMode", 0)).apnsBadgeDisabled())
                    .isFalse();
        }
    }
}
