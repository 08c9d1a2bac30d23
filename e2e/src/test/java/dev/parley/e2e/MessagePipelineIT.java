package dev.parley.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The send pipeline's guarantees and the import/batch commands on the real Kafka and Cassandra (issue 6):
 * batchsendmsg, importmsg, import_group_msg, send_group_system_notification; contiguous, strictly increasing group
 * sequences under concurrent senders and history paging across 1,000-sequence buckets; retention by edition as
 * the rows' TTL; and a message service killed with SIGKILL in the middle of a stream of sends that are retried
 * with the same Random: nothing acknowledged is lost, nothing is stored twice, no fact is published with two
 * sequences.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagePipelineIT {
    private static final String TEXT = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]";

    private TencentStack stack;
    private TencentStack.App app;

    @BeforeAll
    void start() {
        stack = TencentStack.messaging();
        app = stack.register("ultimate", null);
        app.importAccounts("amy", "bob", "cal", "dee", "w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7");
        // Warm-up: the first record of each partition after start-up pays the consumer's offset look-up.
        for (int i = 0; i < 8; i++) {
            String body = "{\"From_Account\":\"w" + i + "\",\"To_Account\":\"w" + ((i + 1) % 8) + "\",\"MsgRandom\":"
                    + random() + ",\"MsgBody\":" + TEXT + "}";
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> app.code("openim/sendmsg", body) == 0);
        }
    }

    @Test
    @Order(1)
    void should_send_one_message_to_many_receivers_with_one_key_and_list_the_failed_ones() {
        long random = random();
        JsonNode sent = app.call(
                "openim/batchsendmsg",
                "{\"From_Account\":\"amy\",\"To_Account\":[\"bob\",\"cal\",\"ghost\",\"dee\"],\"MsgRandom\":" + random
                        + ",\"MsgBody\":" + TEXT + "}");
        assertThat(sent.path("ErrorCode").asInt()).as(sent.toString()).isZero();
        String key = sent.path("MsgKey").asText();
        assertThat(key).matches("\\d+_" + random + "_\\d+");
        assertThat(sent.path("ErrorList").toString()).contains("ghost").contains("70107");
        assertThat(sent.path("ErrorList").size()).isEqualTo(1);
        for (String peer : List.of("bob", "cal", "dee")) {
            JsonNode history = roam("amy", peer);
            assertThat(history.path("MsgCnt").asInt()).as(history.toString()).isEqualTo(1);
            assertThat(history.path("MsgList").get(0).path("MsgKey").asText()).isEqualTo(key);
        }
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add("\"u" + i + "\"");
        }
        assertThat(app.code(
                        "openim/batchsendmsg",
                        "{\"To_Account\":" + tooMany + ",\"MsgRandom\":1,\"MsgBody\":" + TEXT + "}"))
                .isEqualTo(90011);
    }

    @Test
    @Order(2)
    void should_import_c2c_history_with_its_own_time_once() {
        long then = System.currentTimeMillis() / 1000 - 3_600;
        String body = "{\"SyncFromOldSystem\":2,\"From_Account\":\"cal\",\"To_Account\":\"dee\",\"MsgSeq\":77,"
                + "\"MsgRandom\":88,\"MsgTimeStamp\":" + then + ",\"MsgBody\":" + TEXT + "}";
        assertThat(app.code("openim/importmsg", body)).isZero();
        assertThat(app.code("openim/importmsg", body)).isZero();
        JsonNode history = roam("dee", "cal");
        assertThat(history.path("MsgCnt").asInt()).as(history.toString()).isEqualTo(1);
        JsonNode message = history.path("MsgList").get(0);
        assertThat(message.path("MsgKey").asText()).isEqualTo("77_88_" + then);
        assertThat(message.path("MsgTimeStamp").asLong()).isEqualTo(then);
        assertThat(app.code("openim/importmsg", body.replace("\"SyncFromOldSystem\":2", "\"SyncFromOldSystem\":3")))
                .isEqualTo(90001);
        assertThat(app.code("openim/importmsg", body.replace("\"MsgTimeStamp\":" + then + ",", "")))
                .isEqualTo(90006);
    }

    @Test
    @Order(3)
    void should_import_group_messages_in_order_and_refuse_bad_send_times() {
        long now = System.currentTimeMillis() / 1000;
        String id = importedGroup(now - 3_600);
        JsonNode imported = app.call(
                "group_open_http_svc/import_group_msg",
                "{\"GroupId\":\"" + id + "\",\"MsgList\":["
                        + item("amy", now - 300, 1) + "," + item("bob", now - 200, 2) + ","
                        + item("amy", now - 250, 3) + "," + item("bob", now + 600, 4) + ","
                        + item("amy", now - 100, 5) + "]}");
        assertThat(imported.path("ErrorCode").asInt()).as(imported.toString()).isZero();
        JsonNode results = imported.path("ImportMsgResult");
        assertThat(results.size()).isEqualTo(5);
        assertThat(resultCodes(results)).as(results.toString()).containsExactly(0, 0, 10004, 10004, 0);
        assertThat(results.get(0).path("MsgSeq").asLong()).isEqualTo(1);
        assertThat(results.get(1).path("MsgSeq").asLong()).isEqualTo(2);
        assertThat(results.get(4).path("MsgSeq").asLong()).isEqualTo(3);
        JsonNode page = app.call(
                "group_open_http_svc/group_msg_get_simple", "{\"GroupId\":\"" + id + "\",\"ReqMsgNumber\":20}");
        assertThat(page.path("RspMsgList").size()).as(page.toString()).isEqualTo(3);
        assertThat(page.path("RspMsgList").get(0).path("MsgTimeStamp").asLong()).isEqualTo(now - 100);
        assertThat(app.code(
                        "group_open_http_svc/import_group_msg",
                        "{\"GroupId\":\"@TGS#nope\",\"MsgList\":[" + item("amy", now - 10, 9) + "]}"))
                .isEqualTo(10010);
    }

    @Test
    @Order(3)
    void should_refuse_imported_messages_not_later_than_the_groups_create_time() {
        long now = System.currentTimeMillis() / 1000;
        long created = now - 10 * 86_400;
        String id = importedGroup(created);
        JsonNode imported = app.call(
                "group_open_http_svc/import_group_msg",
                "{\"GroupId\":\"" + id + "\",\"MsgList\":["
                        + item("amy", created - 3_600, 11) + "," + item("bob", created, 12) + ","
                        + item("amy", created + 60, 13) + "]}");
        assertThat(imported.path("ErrorCode").asInt()).as(imported.toString()).isZero();
        JsonNode results = imported.path("ImportMsgResult");
        assertThat(results.size()).isEqualTo(3);
        assertThat(resultCodes(results)).as(results.toString()).containsExactly(10004, 10004, 0);
        assertThat(results.get(0).path("MsgSeq").asLong()).isZero();
        assertThat(results.get(2).path("MsgSeq").asLong()).isEqualTo(1);
        assertThat(results.get(2).path("MsgTime").asLong()).isEqualTo(created + 60);
        List<JsonNode> history = historyOf(id);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("MsgSeq").asLong()).isEqualTo(1);
        assertThat(history.get(0).path("MsgTimeStamp").asLong()).isEqualTo(created + 60);
        assertThat(history.get(0).path("From_Account").asText()).isEqualTo("amy");
    }

    @Test
    @Order(4)
    void should_deliver_a_system_notification_online_only_without_a_sequence() {
        String id = group("Work");
        assertThat(send(id, random()).path("MsgSeq").asLong()).isEqualTo(1);
        assertThat(app.code(
                        "group_open_http_svc/send_group_system_notification",
                        "{\"GroupId\":\"" + id + "\",\"ToMembers_Account\":[\"bob\"],\"Content\":\"maintenance\"}"))
                .isZero();
        assertThat(send(id, random()).path("MsgSeq").asLong()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> notices = committed(id).stream()
                    .filter(p -> p.path("options").path("system").asBoolean())
                    .toList();
            assertThat(notices).hasSize(1);
            assertThat(notices.get(0).path("seq").asLong()).isZero();
            assertThat(notices.get(0).path("stored").asBoolean()).isFalse();
            assertThat(notices.get(0).path("options").path("toMembers").toString())
                    .contains("bob");
        });
        JsonNode page = app.call(
                "group_open_http_svc/group_msg_get_simple", "{\"GroupId\":\"" + id + "\",\"ReqMsgNumber\":20}");
        assertThat(page.path("RspMsgList").size()).isEqualTo(2);
        assertThat(app.code(
                        "group_open_http_svc/send_group_system_notification",
                        "{\"GroupId\":\"" + id + "\",\"Content\":\"\"}"))
                .isEqualTo(10004);
    }

    @Test
    @Order(5)
    void should_hand_concurrent_senders_contiguous_sequences_and_page_history_across_buckets() throws Exception {
        String id = group("Meeting");
        int total = 1_050;
        Map<Integer, List<Long>> byThread = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (next.getAndIncrement() < total) {
                    mine.add(sendUntilOk(id, random()));
                }
                byThread.put(thread, mine);
            }));
        }
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Set<Long> all = new HashSet<>();
        byThread.values().forEach(seqs -> {
            assertThat(seqs).isSorted(); // one sender's messages keep their order
            all.addAll(seqs);
        });
        assertThat(all).hasSize(total);
        assertThat(Collections.min(all)).isEqualTo(1);
        assertThat(Collections.max(all)).isEqualTo(total);
        List<Long> paged = pageGroup(id);
        assertThat(paged).hasSize(total);
        for (int i = 1; i < paged.size(); i++) {
            assertThat(paged.get(i)).isEqualTo(paged.get(i - 1) - 1);
        }
    }

    @Test
    @Order(6)
    void should_keep_history_as_long_as_the_edition_or_the_app_says() {
        TencentStack.App pro = stack.register("pro", null);
        pro.importAccounts("amy", "bob");
        TencentStack.App shortLived = stack.register(
                "pro",
                "{\"historyRetentionDays\":2,\"friendCheckOnSend\":false,\"blacklistShowSuccess\":false,"
                        + "\"restRateLimitPerSecond\":5000,\"groupAppDefinedKeys\":[],\"memberAppDefinedKeys\":[],"
                        + "\"callback\":null}");
        shortLived.importAccounts("amy", "bob");
        Map<TencentStack.App, Integer> days = new HashMap<>();
        days.put(pro, 7);
        days.put(app, 30);
        days.put(shortLived, 2);
        try (CqlSession cql = TestEnv.cqlSession()) {
            days.forEach((which, retention) -> {
                assertThat(which.code(
                                "openim/sendmsg",
                                "{\"From_Account\":\"amy\",\"To_Account\":\"bob\",\"MsgRandom\":" + random()
                                        + ",\"MsgBody\":" + TEXT + "}"))
                        .isZero();
                Row row = cql.execute(
                                "SELECT TTL(body) FROM parley_message.messages WHERE app_id = ? AND conversation_id = ?"
                                        + " AND bucket = 0 LIMIT 1",
                                which.id,
                                "c2c:amy:bob")
                        .one();
                assertThat(row).isNotNull();
                int ttl = row.getInt(0);
                assertThat(ttl).isBetween(retention * 86_400 - 600, retention * 86_400);
            });
        }
    }

    @Test
    @Order(7)
    void should_lose_nothing_acknowledged_and_store_nothing_twice_when_the_sequencer_is_killed() throws Exception {
        String id = group("Public");
        int senders = 4;
        int perSender = 60;
        Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger oks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < perSender; i++) {
                    long random = random();
                    long seq = sendUntilOk(id, random);
                    acknowledged.put(random, seq);
                    oks.incrementAndGet();
                }
            }));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> oks.get() >= senders * perSender / 3);
        stack.crashAndRestart("message-service");
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(acknowledged).hasSize(senders * perSender);
        assertThat(new HashSet<>(acknowledged.values())).hasSize(senders * perSender);
        List<JsonNode> history = historyOf(id);
        Map<Long, Long> stored = new HashMap<>();
        for (JsonNode message : history) {
            Long before = stored.put(
                    message.path("MsgRandom").asLong(), message.path("MsgSeq").asLong());
            assertThat(before).as("stored twice: " + message).isNull();
        }
        assertThat(stored).isEqualTo(acknowledged);
        Map<Long, Set<Long>> published = new HashMap<>();
        for (JsonNode fact : committed(id)) {
            published
                    .computeIfAbsent(fact.path("msgRandom").asLong(), r -> new HashSet<>())
                    .add(fact.path("seq").asLong());
        }
        assertThat(published.keySet()).containsAll(acknowledged.keySet());
        published.forEach(
                (random, seqs) -> assertThat(seqs).as("random " + random).hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Work", "Public", "Meeting", "Community", "AVChatRoom"})
    @Order(8)
    void should_apply_every_group_types_send_rules(String type) {
        boolean live = "AVChatRoom".equals(type);
        JsonNode created = app.call(
                "group_open_http_svc/create_group",
                "{\"Type\":\"" + type + "\",\"Name\":\"r\",\"Owner_Account\":\"amy\""
                        + (live ? "" : ",\"MemberList\":[{\"Member_Account\":\"bob\"}]") + "}");
        assertThat(created.path("ErrorCode").asInt()).as(created.toString()).isZero();
        String id = created.path("GroupId").asText();
        if (live) {
            assertThat(app.code(
                            "parley_group_svc/apply_join_group",
                            "{\"GroupId\":\"" + id + "\",\"Applicant_Account\":\"bob\"}"))
                    .isZero();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(sendAs(id, "bob").path("ErrorCode").asInt()).isZero());
        assertThat(sendAs(id, "cal").path("ErrorCode").asInt()).as("non-member").isEqualTo(10007);
        assertThat(app.code(
                        "group_open_http_svc/forbid_send_msg",
                        "{\"GroupId\":\"" + id + "\",\"Members_Account\":[\"bob\"],\"MuteTime\":600}"))
                .isZero();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(sendAs(id, "bob").path("ErrorCode").asInt())
                                .as("muted member")
                                .isEqualTo(10017));
        assertThat(app.code(
                        "group_open_http_svc/forbid_send_msg",
                        "{\"GroupId\":\"" + id + "\",\"Members_Account\":[\"bob\"],\"MuteTime\":0}"))
                .isZero();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(sendAs(id, "bob").path("ErrorCode").asInt()).isZero());
        assertThat(app.code(
                        "group_open_http_svc/modify_group_base_info",
                        "{\"GroupId\":\"" + id + "\",\"MuteAllMember\":\"On\"}"))
                .isZero();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(sendAs(id, "bob").path("ErrorCode").asInt())
                                .as("mute-all")
                                .isEqualTo(10017));
        assertThat(sendAs(id, "amy").path("ErrorCode").asInt()).as("the owner").isZero();
        assertThat(sendAs(id, null).path("ErrorCode").asInt())
                .as("the App admin")
                .isZero();
        assertThat(sendAs(id, "cal").path("ErrorCode").asInt())
                .as("still a non-member")
                .isEqualTo(10007);
    }

    private JsonNode sendAs(String groupId, String from) {
        return app.call(
                "group_open_http_svc/send_group_msg",
                "{\"GroupId\":\"" + groupId + "\"," + (from == null ? "" : "\"From_Account\":\"" + from + "\",")
                        + "\"Random\":" + random() + ",\"MsgBody\":" + TEXT + "}");
    }

    private long sendUntilOk(String groupId, long random) {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            JsonNode reply;
            try {
                reply = send(groupId, random);
            } catch (AssertionError | RuntimeException e) {
                reply = null; // the service is down: retry with the same Random
            }
            if (reply != null && reply.path("ErrorCode").asInt() == 0) {
                return reply.path("MsgSeq").asLong();
            }
            assertThat(System.currentTimeMillis())
                    .as("no answer for " + random + ": " + reply)
                    .isLessThan(deadline);
            sleep(200);
        }
    }

    private JsonNode send(String groupId, long random) {
        return app.call(
                "group_open_http_svc/send_group_msg",
                "{\"GroupId\":\"" + groupId + "\",\"Random\":" + random + ",\"MsgBody\":" + TEXT + "}");
    }

    private List<Long> pageGroup(String groupId) {
        return historyOf(groupId).stream().map(m -> m.path("MsgSeq").asLong()).toList();
    }

    /** The group's whole history, newest first, paged 20 at a time. */
    private List<JsonNode> historyOf(String groupId) {
        List<JsonNode> all = new ArrayList<>();
        String from = "";
        while (true) {
            JsonNode page = app.call(
                    "group_open_http_svc/group_msg_get_simple",
                    "{\"GroupId\":\"" + groupId + "\",\"ReqMsgNumber\":20" + from + "}");
            assertThat(page.path("ErrorCode").asInt()).as(page.toString()).isZero();
            page.path("RspMsgList").forEach(m -> {
                if (m.path("IsPlaceMsg").asInt() == 0) {
                    all.add(m);
                }
            });
            if (page.path("IsFinished").asInt() == 1 || page.path("RspMsgList").isEmpty()) {
                return all;
            }
            JsonNode list = page.path("RspMsgList");
            long oldest = list.get(list.size() - 1).path("MsgSeq").asLong();
            from = ",\"ReqMsgSeq\":" + (oldest - 1);
        }
    }

    /** Payloads of the committed-message facts of a group on im.message.events. */
    private List<JsonNode> committed(String groupId) {
        List<JsonNode> facts = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll("im.message.events")) {
            if (!record.key().equals(app.id + ":group:" + groupId)) {
                continue;
            }
            try {
                JsonNode envelope = TencentStack.JSON.readTree(record.value());
                if ("im.message.committed.v1".equals(envelope.path("type").asText())) {
                    facts.add(envelope.path("payload"));
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        return facts;
    }

    private JsonNode roam(String operator, String peer) {
        long now = System.currentTimeMillis() / 1000;
        return app.call(
                "openim/admin_getroammsg",
                "{\"Operator_Account\":\"" + operator + "\",\"Peer_Account\":\"" + peer + "\",\"MaxCnt\":100,"
                        + "\"MinTime\":" + (now - 86_400) + ",\"MaxTime\":" + (now + 60) + "}");
    }

    private String group(String type) {
        return app.createKnownGroup(
                "create_group",
                "{\"Type\":\"" + type + "\",\"Name\":\"p\",\"Owner_Account\":\"amy\","
                        + "\"MemberList\":[{\"Member_Account\":\"bob\"}]}");
    }

    /** A Public group imported with a past CreateTime, once the message service knows it. */
    private String importedGroup(long createTime) {
        return app.createKnownGroup(
                "import_group",
                "{\"Type\":\"Public\",\"Name\":\"old\",\"Owner_Account\":\"amy\",\"CreateTime\":" + createTime + "}");
    }

    /** The per-item {@code Result} codes of an {@code ImportMsgResult} array, in order. */
    private static List<Integer> resultCodes(JsonNode results) {
        List<Integer> codes = new ArrayList<>();
        results.forEach(r -> codes.add(r.path("Result").asInt()));
        return codes;
    }

    private static String item(String from, long sendTime, long random) {
        return "{\"From_Account\":\"" + from + "\",\"SendTime\":" + sendTime + ",\"Random\":" + random + ",\"MsgBody\":"
                + TEXT + "}";
    }

    private static long random() {
        return ThreadLocalRandom.current().nextLong(1L << 32);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
