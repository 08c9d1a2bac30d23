package dev.parley.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Recall, edit and one-sided delete through the gateway on the real Kafka and Cassandra (issue 6): {@code
 * admin_msgwithdraw}, {@code group_msg_recall}, {@code modify_c2c_msg}, {@code modify_group_msg} and {@code
 * delete_c2c_msg_ramble}, as {@code admin_getroammsg} and {@code group_msg_get_simple} then show them, and the facts
 * they publish on {@code im.message.events}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageMutationIT {
    private static final String SETTINGS = "{\"historyRetentionDays\":7,\"friendCheckOnSend\":false,"
            + "\"blacklistShowSuccess\":false,\"restRateLimitPerSecond\":5000,\"groupAppDefinedKeys\":[],"
            + "\"memberAppDefinedKeys\":[],\"callback\":null}";
    private static final List<String> MUTATION_TYPES =
            List.of("im.message.recalled.v1", "im.message.modified.v1", "im.message.deleted-for-user.v1");

    private TencentStack stack;
    private TencentStack.App app;

    @BeforeAll
    void start() {
        stack = TencentStack.messaging();
        app = stack.register("pro", SETTINGS);
        app.importAccounts("amy", "bob", "cal", "dee", "eve", "fay", "gus", "hal");
    }

    @Test
    void should_recall_a_c2c_message_once_and_keep_its_place_with_flag_8_and_no_body() {
        String kept = send("amy", "bob", "before");
        String key = send("amy", "bob", "secret");
        String bad = "{\"From_Account\":\"amy\",\"To_Account\":\"bob\",\"MsgKey\":\"%s\"}";

        assertThat(app.code("openim/admin_msgwithdraw", String.format(bad, key)))
                .isZero();

        JsonNode recalled = roamItem("bob", "amy", key);
        assertThat(recalled.path("MsgFlagBits").asInt()).isEqualTo(8);
        assertThat(recalled.path("MsgBody").isArray()).isTrue();
        assertThat(recalled.path("MsgBody")).isEmpty();
        assertThat(recalled.toString()).doesNotContain("secret");
        assertThat(roamItem("amy", "bob", kept).path("MsgFlagBits").asInt()).isZero();

        assertThat(app.code("openim/admin_msgwithdraw", String.format(bad, key)))
                .isEqualTo(20023);
        assertThat(app.code("openim/admin_msgwithdraw", String.format(bad, "1_2_3")))
                .isEqualTo(20022);
        assertThat(app.code("openim/admin_msgwithdraw", String.format(bad, "not-a-key")))
                .isEqualTo(90054);
        // From_Account is the original sender: bob never sent this key.
        assertThat(app.code(
                        "openim/admin_msgwithdraw",
                        "{\"From_Account\":\"bob\",\"To_Account\":\"amy\",\"MsgKey\":\"" + kept + "\"}"))
                .isEqualTo(20022);
    }

    @Test
    void should_recall_group_messages_and_list_them_as_place_2_only_with_recalled_asked_for() {
        String group = createGroup("Public");
        for (int i = 1; i <= 3; i++) {
            assertThat(groupSend(group, "msg" + i).path("MsgSeq").asLong()).isEqualTo(i);
        }

        JsonNode reply = app.call(
                "group_open_http_svc/group_msg_recall",
                "{\"GroupId\":\"" + group + "\",\"Reason\":\"oops\",\"MsgSeqList\":[{\"MsgSeq\":2},{\"MsgSeq\":99}]}");
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        assertThat(retCodes(reply)).containsExactly(Map.entry(2L, 0), Map.entry(99L, 10030));
        JsonNode again = app.call(
                "group_open_http_svc/group_msg_recall",
                "{\"GroupId\":\"" + group + "\",\"MsgSeqList\":[{\"MsgSeq\":2}]}");
        assertThat(retCodes(again)).containsExactly(Map.entry(2L, 10032));

        JsonNode with = app.call(
                "group_open_http_svc/group_msg_get_simple", "{\"GroupId\":\"" + group + "\",\"WithRecalledMsg\":1}");
        assertThat(seqs(with)).as(with.toString()).containsExactly(3L, 2L, 1L);
        JsonNode place = with.path("RspMsgList").get(1);
        assertThat(place.path("IsPlaceMsg").asInt()).isEqualTo(2);
        assertThat(place.has("MsgBody")).isFalse();
        assertThat(place.toString()).doesNotContain("msg2");
        JsonNode without = app.call("group_open_http_svc/group_msg_get_simple", "{\"GroupId\":\"" + group + "\"}");
        assertThat(seqs(without)).as(without.toString()).containsExactly(3L, 1L);
        assertThat(without.path("IsFinished").asInt()).isEqualTo(1);

        assertThat(app.code(
                        "group_open_http_svc/group_msg_recall",
                        "{\"GroupId\":\"no-such-group\",\"MsgSeqList\":[{\"MsgSeq\":1}]}"))
                .isEqualTo(10010);
        String live = createGroup("AVChatRoom");
        assertThat(app.code(
                        "group_open_http_svc/group_msg_recall",
                        "{\"GroupId\":\"" + live + "\",\"MsgSeqList\":[{\"MsgSeq\":1}]}"))
                .isEqualTo(10033);
        assertThat(app.code("group_open_http_svc/group_msg_recall", "{\"GroupId\":\"" + group + "\"}"))
                .isEqualTo(10004);
    }

    @Test
    void should_show_the_new_body_and_custom_data_after_c2c_and_group_edits() {
        String key = send("cal", "dee", "draft");
        assertThat(app.code(
                        "openim/modify_c2c_msg",
                        "{\"From_Account\":\"cal\",\"To_Account\":\"dee\",\"MsgKey\":\"" + key + "\",\"MsgBody\":"
                                + text("final") + ",\"CloudCustomData\":\"cc1\"}"))
                .isZero();
        JsonNode edited = roamItem("dee", "cal", key);
        assertThat(edited.path("MsgBody").toString()).contains("final").doesNotContain("draft");
        assertThat(edited.path("CloudCustomData").asText()).isEqualTo("cc1");
        assertThat(app.code(
                        "openim/modify_c2c_msg",
                        "{\"From_Account\":\"cal\",\"To_Account\":\"dee\",\"MsgKey\":\"" + key
                                + "\",\"CloudCustomData\":\"cc2\"}"))
                .isZero();
        JsonNode again = roamItem("cal", "dee", key);
        assertThat(again.path("MsgBody").toString()).contains("final");
        assertThat(again.path("CloudCustomData").asText()).isEqualTo("cc2");
        assertThat(app.code(
                        "openim/modify_c2c_msg",
                        "{\"From_Account\":\"cal\",\"To_Account\":\"dee\",\"MsgKey\":\"" + key + "\"}"))
                .isEqualTo(90001);
        assertThat(app.code(
                        "openim/modify_c2c_msg",
                        "{\"From_Account\":\"cal\",\"To_Account\":\"dee\",\"MsgKey\":\"" + key + "\",\"MsgBody\":{}}"))
                .isEqualTo(90007);
        assertThat(app.code(
                        "openim/modify_c2c_msg",
                        "{\"From_Account\":\"cal\",\"To_Account\":\"dee\",\"MsgKey\":\"7_7_7\",\"MsgBody\":" + text("x")
                                + "}"))
                .isEqualTo(20022);

        String group = createGroup("Public");
        long seq = groupSend(group, "old words").path("MsgSeq").asLong();
        assertThat(app.code(
                        "group_open_http_svc/modify_group_msg",
                        "{\"GroupId\":\"" + group + "\",\"MsgSeq\":" + seq + ",\"MsgBody\":" + text("new words")
                                + ",\"CloudCustomData\":\"gcc\"}"))
                .isZero();
        JsonNode history = app.call(
                "group_open_http_svc/group_msg_get_simple",
                "{\"GroupId\":\"" + group + "\",\"ReqMsgSeq\":" + seq + ",\"ReqMsgNumber\":1}");
        JsonNode item = history.path("RspMsgList").get(0);
        assertThat(item.path("MsgBody").toString()).contains("new words").doesNotContain("old words");
        assertThat(item.path("CloudCustomData").asText()).isEqualTo("gcc");
        assertThat(app.code(
                        "group_open_http_svc/modify_group_msg",
                        "{\"GroupId\":\"" + group + "\",\"MsgSeq\":" + (seq + 50) + ",\"MsgBody\":" + text("x") + "}"))
                .isEqualTo(10030);
    }

    @Test
    void should_apply_every_one_of_six_concurrent_edits_in_turn_with_versions_1_to_6() throws Exception {
        String key = send("eve", "fay", "v0");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<JsonNode>> replies = new ArrayList<>();
        try {
            for (int i = 1; i <= 6; i++) {
                String body = "{\"From_Account\":\"eve\",\"To_Account\":\"fay\",\"MsgKey\":\"" + key + "\",\"MsgBody\":"
                        + text("edit-" + i) + "}";
                replies.add(pool.submit(() -> app.call("openim/modify_c2c_msg", body)));
            }
            for (Future<JsonNode> reply : replies) {
                assertThat(reply.get().path("ErrorCode").asInt())
                        .as(reply.get().toString())
                        .isZero();
            }
        } finally {
            pool.shutdown();
        }

        Map<Integer, String> bodies = new HashMap<>();
        for (JsonNode fact : facts("im.message.modified.v1")) {
            JsonNode payload = fact.path("payload");
            if (payload.path("msgKey").asText().equals(key)) {
                assertThat(bodies.put(
                                payload.path("version").asInt(),
                                payload.path("msgBody").asText()))
                        .as("version %s published once", payload.path("version").asInt())
                        .isNull();
            }
        }
        assertThat(bodies).containsOnlyKeys(1, 2, 3, 4, 5, 6);
        assertThat(bodies.values()).doesNotHaveDuplicates();

        JsonNode stored = roamItem("fay", "eve", key);
        assertThat(stored.path("MsgBody")).isEqualTo(TencentStack.JSON.readTree(bodies.get(6)));
        try (CqlSession cql = TestEnv.cqlSession()) {
            Row row = storedRow(cql, "eve", "fay", key);
            assertThat(row.getInt("version")).isEqualTo(6);
            // Every update carried the row's remaining TTL: the edited cells expire with the row.
            assertThat(row.isNull("ttl_body")).isFalse();
            assertThat(Math.abs(row.getInt("ttl_body") - row.getInt("ttl_key"))).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void should_refuse_to_edit_a_recalled_message() {
        String key = send("gus", "hal", "gone");
        assertThat(app.code(
                        "openim/admin_msgwithdraw",
                        "{\"From_Account\":\"gus\",\"To_Account\":\"hal\",\"MsgKey\":\"" + key + "\"}"))
                .isZero();
        assertThat(app.code(
                        "openim/modify_c2c_msg",
                        "{\"From_Account\":\"gus\",\"To_Account\":\"hal\",\"MsgKey\":\"" + key + "\",\"MsgBody\":"
                                + text("back") + "}"))
                .isEqualTo(20023);
        assertThat(roamItem("hal", "gus", key).path("MsgBody")).isEmpty();

        String group = createGroup("Work");
        long seq = groupSend(group, "gone too").path("MsgSeq").asLong();
        app.call(
                "group_open_http_svc/group_msg_recall",
                "{\"GroupId\":\"" + group + "\",\"MsgSeqList\":[{\"MsgSeq\":" + seq + "}]}");
        assertThat(app.code(
                        "group_open_http_svc/modify_group_msg",
                        "{\"GroupId\":\"" + group + "\",\"MsgSeq\":" + seq + ",\"CloudCustomData\":\"x\"}"))
                .isEqualTo(10032);
    }

    @Test
    void should_hide_one_sided_deleted_messages_from_the_operator_only() {
        String mine = send("amy", "cal", "mine");
        String theirs = send("cal", "amy", "theirs");
        String kept = send("amy", "cal", "kept");
        JsonNode reply = app.call(
                "openim/delete_c2c_msg_ramble",
                "{\"Operator_Account\":\"amy\",\"Peer_Account\":\"cal\",\"MsgKeyList\":[\"" + mine + "\",\"" + theirs
                        + "\",\"bad-key\",\"1_1_1\"]}");
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        List<String> invalid = new ArrayList<>();
        reply.path("InvalidMsgKeyList").forEach(k -> invalid.add(k.asText()));
        assertThat(invalid).containsExactly("bad-key", "1_1_1");

        assertThat(roamKeys("amy", "cal")).contains(kept).doesNotContain(mine, theirs);
        assertThat(roamKeys("cal", "amy")).contains(kept, mine, theirs);
    }

    @Test
    void should_publish_every_recall_edit_and_delete_with_the_app_id() {
        String key = send("bob", "dee", "fact");
        app.call(
                "openim/modify_c2c_msg",
                "{\"From_Account\":\"bob\",\"To_Account\":\"dee\",\"MsgKey\":\"" + key
                        + "\",\"CloudCustomData\":\"f\"}");
        app.call(
                "openim/delete_c2c_msg_ramble",
                "{\"Operator_Account\":\"dee\",\"Peer_Account\":\"bob\",\"MsgKeyList\":[\"" + key + "\"]}");
        app.call(
                "openim/admin_msgwithdraw",
                "{\"From_Account\":\"bob\",\"To_Account\":\"dee\",\"MsgKey\":\"" + key + "\"}");

        List<ConsumerRecord<String, String>> records = mutationRecords();
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Header header = record.headers().lastHeader("im-app-id");
            assertThat(header).as(record.value()).isNotNull();
            assertThat(new String(header.value(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(app.id);
            JsonNode envelope = json(record.value());
            assertThat(envelope.path("appId").asText()).isEqualTo(app.id);
            assertThat(envelope.path("payload").path("appId").asText()).isEqualTo(app.id);
            assertThat(record.key())
                    .isEqualTo(app.id + ":"
                            + envelope.path("payload").path("conversationId").asText());
            types.add(envelope.path("type").asText());
        }
        assertThat(types).containsAll(MUTATION_TYPES);
    }

    // --- helpers

    private String send(String from, String to, String words) {
        return sendRetrying(
                        "openim/sendmsg",
                        "{\"From_Account\":\"" + from + "\",\"To_Account\":\"" + to + "\",\"MsgRandom\":" + random()
                                + ",\"MsgBody\":" + text(words) + "}")
                .path("MsgKey")
                .asText();
    }

    /**
     * Sends like a Tencent client: a timeout (60008 at the gateway, 90994/10002 from the pipeline, e.g. while the
     * freshly started sequencer takes its partitions) is retried with the same MsgRandom, which answers the original.
     */
    private JsonNode sendRetrying(String command, String body) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    last[0] = app.call(command, body);
                    return !List.of(60008, 90994, 10002)
                            .contains(last[0].path("ErrorCode").asInt());
                });
        assertThat(last[0].path("ErrorCode").asInt()).as(last[0].toString()).isZero();
        return last[0];
    }

    private String createGroup(String type) {
        return app.createKnownGroup(
                "create_group", "{\"Type\":\"" + type + "\",\"Name\":\"m\",\"Owner_Account\":\"amy\"}");
    }

    private JsonNode groupSend(String group, String words) {
        return sendRetrying(
                "group_open_http_svc/send_group_msg",
                "{\"GroupId\":\"" + group + "\",\"Random\":" + random() + ",\"MsgBody\":" + text(words) + "}");
    }

    private JsonNode roam(String operator, String peer) {
        long now = System.currentTimeMillis() / 1000;
        JsonNode page = app.call(
                "openim/admin_getroammsg",
                "{\"Operator_Account\":\"" + operator + "\",\"Peer_Account\":\"" + peer + "\",\"MinTime\":"
                        + (now - 600) + ",\"MaxTime\":" + (now + 60) + "}");
        assertThat(page.path("ErrorCode").asInt()).as(page.toString()).isZero();
        return page;
    }

    private JsonNode roamItem(String operator, String peer, String key) {
        for (JsonNode item : roam(operator, peer).path("MsgList")) {
            if (item.path("MsgKey").asText().equals(key)) {
                return item;
            }
        }
        throw new AssertionError(key + " is not in " + operator + "'s history with " + peer);
    }

    private List<String> roamKeys(String operator, String peer) {
        List<String> keys = new ArrayList<>();
        roam(operator, peer)
                .path("MsgList")
                .forEach(m -> keys.add(m.path("MsgKey").asText()));
        return keys;
    }

    private List<ConsumerRecord<String, String>> mutationRecords() {
        return TopicReader.readAll("im.message.events").stream()
                .filter(r -> r.key() != null && r.key().startsWith(app.id + ":"))
                .filter(r -> {
                    Header type = r.headers().lastHeader("im-event-type");
                    return type != null
                            && MUTATION_TYPES.contains(
                                    new String(type.value(), java.nio.charset.StandardCharsets.UTF_8));
                })
                .toList();
    }

    private List<JsonNode> facts(String type) {
        List<JsonNode> found = new ArrayList<>();
        for (ConsumerRecord<String, String> record : mutationRecords()) {
            JsonNode envelope = json(record.value());
            if (envelope.path("type").asText().equals(type)) {
                found.add(envelope);
            }
        }
        return found;
    }

    private Row storedRow(CqlSession cql, String a, String b, String key) {
        String conversation = a.compareTo(b) <= 0 ? "c2c:" + a + ":" + b : "c2c:" + b + ":" + a;
        for (Row row : cql.execute(
                "SELECT msg_key, version, TTL(body) AS ttl_body, TTL(msg_key) AS ttl_key FROM parley_message.messages"
                        + " WHERE app_id = ? AND conversation_id = ? AND bucket = 0",
                app.id,
                conversation)) {
            if (key.equals(row.getString("msg_key"))) {
                return row;
            }
        }
        throw new AssertionError(key + " is not stored");
    }

    private static Map<Long, Integer> retCodes(JsonNode reply) {
        Map<Long, Integer> codes = new java.util.LinkedHashMap<>();
        reply.path("RecallRetList")
                .forEach(r ->
                        codes.put(r.path("MsgSeq").asLong(), r.path("RetCode").asInt()));
        return codes;
    }

    private static List<Long> seqs(JsonNode history) {
        List<Long> seqs = new ArrayList<>();
        history.path("RspMsgList").forEach(m -> seqs.add(m.path("MsgSeq").asLong()));
        return seqs;
    }

    private static String text(String words) {
        return "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + words + "\"}}]";
    }

    private static JsonNode json(String text) {
        try {
            return TencentStack.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long random() {
        return ThreadLocalRandom.current().nextLong(1L << 32);
    }
}
