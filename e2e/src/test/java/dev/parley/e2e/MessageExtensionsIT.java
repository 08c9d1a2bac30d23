package dev.parley.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Message extensions ({@code openim_msg_ext_http_svc}, §5.4) through the gateway on the real Kafka and Cassandra:
 * set/get on one-to-one and group messages, paging, the limits, compare-and-set by Seq (stale Seq, concurrent
 * setters), delete and clear-all, the refusals (a recalled message included), and the {@code
 * MessageExtensionsChanged} fact on {@code im.message.events}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageExtensionsIT {
    static final String TEXT = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]";
    static final String SETTINGS = "{\"historyRetentionDays\":7,\"friendCheckOnSend\":false,"
            + "\"blacklistShowSuccess\":false,\"restRateLimitPerSecond\":5000,\"groupAppDefinedKeys\":[],"
            + "\"memberAppDefinedKeys\":[],\"callback\":null}";

    TencentStack stack;
    TencentStack.App app;
    String groupId;

    @BeforeAll
    void start() {
        stack = TencentStack.messaging();
        app = stack.register("ultimate", SETTINGS);
        app.importAccounts("amy", "bob", "cal");
        groupId = createGroup(app);
        // The message service learns the group from im.group.events.
        awaitGroupKnown(app, groupId);
    }

    @Test
    void should_set_and_get_extensions_of_a_c2c_message() {
        String key = c2cSend(app, "amy", "bob", true);
        JsonNode set = c2cSet(
                key, 1, "{\"Key\":\"k1\",\"Value\":\"v1\",\"Seq\":0},{\"Key\":\"k2\",\"Value\":\"v2\",\"Seq\":0}");
        assertThat(set.path("ErrorCode").asInt()).as(set.toString()).isZero();
        assertThat(set.path("ExtensionList")).hasSize(2);
        for (JsonNode item : set.path("ExtensionList")) {
            assertThat(item.path("ErrorCode").asInt()).isZero();
            assertThat(item.path("Extension").path("Seq").asLong()).isEqualTo(1);
        }
        JsonNode changed = c2cSet(key, 1, "{\"Key\":\"k1\",\"Value\":\"v1b\",\"Seq\":1}");
        assertThat(changed.path("ExtensionList")
                        .get(0)
                        .path("Extension")
                        .path("Seq")
                        .asLong())
                .isEqualTo(2);

        JsonNode all = c2cGet(key, 1);
        assertThat(all.path("ErrorCode").asInt()).as(all.toString()).isZero();
        assertThat(all.path("CompleteFlag").asInt()).isEqualTo(1);
        assertThat(all.path("LatestSeq").asLong()).isEqualTo(2);
        assertThat(all.path("ClearSeq").asLong()).isZero();
        assertThat(all.path("ExtensionList").toString())
                .isEqualTo(
                        "[{\"Key\":\"k2\",\"Value\":\"v2\",\"Seq\":1},{\"Key\":\"k1\",\"Value\":\"v1b\",\"Seq\":2}]");
        JsonNode newer = c2cGet(key, 2);
        assertThat(newer.path("ExtensionList")).hasSize(1);
        assertThat(newer.path("ExtensionList").get(0).path("Key").asText()).isEqualTo("k1");
    }

    @Test
    void should_set_and_get_extensions_of_a_group_message() {
        long seq = groupSend(app, groupId, true).path("MsgSeq").asLong();
        JsonNode set = app.call(
                "openim_msg_ext_http_svc/group_set_key_values",
                "{\"GroupId\":\"" + groupId + "\",\"MsgSeq\":" + seq + ",\"OperateType\":1,"
                        + "\"ExtensionList\":[{\"Key\":\"vote:amy\",\"Value\":\"A\",\"Seq\":0}]}");
        assertThat(set.path("ErrorCode").asInt()).as(set.toString()).isZero();
        assertThat(set.path("ExtensionList").get(0).path("ErrorCode").asInt()).isZero();
        JsonNode got = app.call(
                "openim_msg_ext_http_svc/group_get_key_values",
                "{\"GroupId\":\"" + groupId + "\",\"MsgSeq\":" + seq + "}");
        assertThat(got.path("ExtensionList").toString())
                .isEqualTo("[{\"Key\":\"vote:amy\",\"Value\":\"A\",\"Seq\":1}]");
        assertThat(got.path("LatestSeq").asLong()).isEqualTo(1);
    }

    @Test
    void should_page_over_more_than_200_keys_and_refuse_the_301st() {
        String key = c2cSend(app, "bob", "amy", true);
        for (int call = 0; call < 15; call++) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                items.append(i == 0 ? "" : ",")
                        .append("{\"Key\":\"key-")
                        .append(call * 20 + i)
                        .append("\",\"Value\":\"v\",\"Seq\":0}");
            }
            JsonNode set = c2cSet(key, 1, items.toString(), "bob", "amy");
            assertThat(set.path("ErrorCode").asInt()).as(set.toString()).isZero();
        }
        JsonNode first = c2cGet(key, 1, "bob", "amy");
        assertThat(first.path("CompleteFlag").asInt()).isZero();
        assertThat(first.path("ExtensionList").size()).isEqualTo(200);
        assertThat(first.path("LatestSeq").asLong()).isEqualTo(15);
        long last = first.path("ExtensionList").get(199).path("Seq").asLong();
        JsonNode second = c2cGet(key, last + 1, "bob", "amy");
        assertThat(second.path("CompleteFlag").asInt()).isEqualTo(1);
        assertThat(second.path("ExtensionList").size()).isEqualTo(100);
        Set<String> keys = new HashSet<>();
        first.path("ExtensionList").forEach(e -> keys.add(e.path("Key").asText()));
        second.path("ExtensionList").forEach(e -> keys.add(e.path("Key").asText()));
        assertThat(keys).hasSize(300);

        JsonNode tooMany = c2cSet(key, 1, "{\"Key\":\"key-300\",\"Value\":\"v\",\"Seq\":0}", "bob", "amy");
        assertThat(tooMany.path("ErrorCode").asInt()).as(tooMany.toString()).isEqualTo(20001);
        JsonNode overwrite = c2cSet(key, 1, "{\"Key\":\"key-0\",\"Value\":\"w\",\"Seq\":1}", "bob", "amy");
        assertThat(overwrite.path("ExtensionList").get(0).path("ErrorCode").asInt())
                .as(overwrite.toString())
                .isZero();
    }

    @Test
    void should_refuse_oversized_keys_values_and_calls() {
        String key = c2cSend(app, "amy", "bob", true);
        String longest = "k".repeat(100);
        assertThat(c2cSet(key, 1, "{\"Key\":\"" + longest + "\",\"Value\":\"" + "v".repeat(1000) + "\",\"Seq\":0}")
                        .path("ExtensionList")
                        .get(0)
                        .path("ErrorCode")
                        .asInt())
                .isZero();
        assertThat(c2cSet(key, 1, "{\"Key\":\"" + longest + "k\",\"Value\":\"v\",\"Seq\":0}")
                        .path("ErrorCode")
                        .asInt())
                .isEqualTo(90001);
        assertThat(c2cSet(key, 1, "{\"Key\":\"a\",\"Value\":\"" + "v".repeat(1001) + "\",\"Seq\":0}")
                        .path("ErrorCode")
                        .asInt())
                .isEqualTo(90001);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            items.append(i == 0 ? "" : ",").append("{\"Key\":\"i").append(i).append("\",\"Value\":\"v\"}");
        }
        assertThat(c2cSet(key, 1, items.toString()).path("ErrorCode").asInt()).isEqualTo(90001);
        assertThat(app.code(
                        "openim_msg_ext_http_svc/set_key_values",
                        "{\"From_Account\":\"amy\",\"To_Account\":\"bob\",\"MsgKey\":\"" + key
                                + "\",\"OperateType\":7,\"ExtensionList\":[]}"))
                .isEqualTo(90001);
    }

    @Test
    void should_answer_23001_with_the_current_value_for_a_stale_seq() {
        String key = c2cSend(app, "amy", "bob", true);
        c2cSet(key, 1, "{\"Key\":\"k\",\"Value\":\"first\",\"Seq\":0}");
        c2cSet(key, 1, "{\"Key\":\"k\",\"Value\":\"second\",\"Seq\":1}");
        JsonNode stale = c2cSet(
                key, 1, "{\"Key\":\"k\",\"Value\":\"late\",\"Seq\":1},{\"Key\":\"other\",\"Value\":\"o\",\"Seq\":0}");
        assertThat(stale.path("ErrorCode").asInt()).isZero();
        JsonNode conflict = stale.path("ExtensionList").get(0);
        assertThat(conflict.path("ErrorCode").asInt()).isEqualTo(23001);
        assertThat(conflict.path("Extension").toString()).isEqualTo("{\"Key\":\"k\",\"Value\":\"second\",\"Seq\":2}");
        assertThat(stale.path("ExtensionList").get(1).path("ErrorCode").asInt()).isZero();
        JsonNode newKeyTwice = c2cSet(key, 1, "{\"Key\":\"other\",\"Value\":\"again\",\"Seq\":0}");
        assertThat(newKeyTwice.path("ExtensionList").get(0).path("ErrorCode").asInt())
                .isEqualTo(23001);
        assertThat(newKeyTwice
                        .path("ExtensionList")
                        .get(0)
                        .path("Extension")
                        .path("Value")
                        .asText())
                .isEqualTo("o");
    }

    @Test
    void should_let_exactly_one_of_concurrent_setters_of_a_key_win_each_round() throws Exception {
        long seq = groupSend(app, groupId, true).path("MsgSeq").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long seen = 0;
            for (int round = 0; round < 4; round++) {
                List<Callable<JsonNode>> setters = new ArrayList<>();
                for (int writer = 0; writer < 4; writer++) {
                    String body = "{\"GroupId\":\"" + groupId + "\",\"MsgSeq\":" + seq + ",\"OperateType\":1,"
                            + "\"ExtensionList\":[{\"Key\":\"hot\",\"Value\":\"r" + round + "w" + writer
                            + "\",\"Seq\":" + seen + "}]}";
                    setters.add(() -> app.call("openim_msg_ext_http_svc/group_set_key_values", body));
                }
                List<JsonNode> replies = new ArrayList<>();
                for (Future<JsonNode> reply : pool.invokeAll(setters)) {
                    replies.add(reply.get());
                }
                List<JsonNode> winners = replies.stream()
                        .map(r -> r.path("ExtensionList").get(0))
                        .filter(i -> i.path("ErrorCode").asInt() == 0)
                        .toList();
                assertThat(winners).as(replies.toString()).hasSize(1);
                String winner = winners.get(0).path("Extension").path("Value").asText();
                long winnerSeq = winners.get(0).path("Extension").path("Seq").asLong();
                for (JsonNode reply : replies) {
                    JsonNode item = reply.path("ExtensionList").get(0);
                    if (item.path("ErrorCode").asInt() != 0) {
                        assertThat(item.path("ErrorCode").asInt()).isEqualTo(23001);
                        assertThat(item.path("Extension").path("Value").asText())
                                .isEqualTo(winner);
                        assertThat(item.path("Extension").path("Seq").asLong()).isEqualTo(winnerSeq);
                    }
                }
                seen = winnerSeq;
            }
        } catch (ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void should_delete_keys_answer_23004_for_missing_ones_and_clear_all() {
        String key = c2cSend(app, "cal", "amy", true);
        c2cSet(
                key,
                1,
                "{\"Key\":\"a\",\"Value\":\"1\",\"Seq\":0},{\"Key\":\"b\",\"Value\":\"2\",\"Seq\":0},"
                        + "{\"Key\":\"c\",\"Value\":\"3\",\"Seq\":0}",
                "cal",
                "amy");
        JsonNode deleted = c2cSet(
                key, 2, "{\"Key\":\"a\",\"Value\":\"\",\"Seq\":1},{\"Key\":\"nope\",\"Value\":\"\"}", "cal", "amy");
        assertThat(deleted.path("ExtensionList").get(0).path("ErrorCode").asInt())
                .as(deleted.toString())
                .isZero();
        assertThat(deleted.path("ExtensionList").get(1).path("ErrorCode").asInt())
                .isEqualTo(23004);
        JsonNode afterDelete = c2cGet(key, 0, "cal", "amy");
        assertThat(afterDelete.path("ExtensionList")).hasSize(2);
        assertThat(afterDelete.path("LatestSeq").asLong()).isEqualTo(2);

        JsonNode cleared = app.call(
                "openim_msg_ext_http_svc/set_key_values",
                "{\"From_Account\":\"cal\",\"To_Account\":\"amy\",\"MsgKey\":\"" + key + "\",\"OperateType\":3}");
        assertThat(cleared.path("ErrorCode").asInt()).as(cleared.toString()).isZero();
        JsonNode empty = c2cGet(key, 0, "cal", "amy");
        assertThat(empty.path("ExtensionList")).isEmpty();
        assertThat(empty.path("ClearSeq").asLong()).isEqualTo(3);
        assertThat(empty.path("LatestSeq").asLong()).isEqualTo(3);
        JsonNode again = c2cSet(key, 1, "{\"Key\":\"a\",\"Value\":\"back\",\"Seq\":0}", "cal", "amy");
        assertThat(again.path("ExtensionList")
                        .get(0)
                        .path("Extension")
                        .path("Seq")
                        .asLong())
                .isEqualTo(4);
    }

    @Test
    void should_refuse_messages_without_extensions_unknown_messages_and_lower_editions() {
        String plain = c2cSend(app, "amy", "bob", false);
        assertThat(c2cGet(plain, 0).path("ErrorCode").asInt()).isEqualTo(20001);
        assertThat(c2cSet(plain, 1, "{\"Key\":\"a\",\"Value\":\"1\",\"Seq\":0}")
                        .path("ErrorCode")
                        .asInt())
                .isEqualTo(20001);
        assertThat(c2cGet("1_2_3", 0).path("ErrorCode").asInt()).isEqualTo(20022);
        assertThat(c2cGet("not-a-key", 0).path("ErrorCode").asInt()).isEqualTo(90054);
        String supported = c2cSend(app, "amy", "bob", true);
        assertThat(c2cGet(supported, 0, "bob", "amy").path("ErrorCode").asInt())
                .as("From_Account names the original sender")
                .isEqualTo(20022);

        long plainSeq = groupSend(app, groupId, false).path("MsgSeq").asLong();
        assertThat(app.code(
                        "openim_msg_ext_http_svc/group_get_key_values",
                        "{\"GroupId\":\"" + groupId + "\",\"MsgSeq\":" + plainSeq + "}"))
                .isEqualTo(10004);
        assertThat(app.code(
                        "openim_msg_ext_http_svc/group_get_key_values",
                        "{\"GroupId\":\"" + groupId + "\",\"MsgSeq\":999999}"))
                .isEqualTo(10030);
        assertThat(app.code(
                        "openim_msg_ext_http_svc/group_set_key_values",
                        "{\"GroupId\":\"no-such-group\",\"MsgSeq\":1,\"OperateType\":3}"))
                .isEqualTo(10010);

        TencentStack.App pro = stack.register("pro", SETTINGS);
        pro.importAccounts("amy", "bob");
        String proKey = c2cSend(pro, "amy", "bob", true);
        assertThat(pro.code(
                        "openim_msg_ext_http_svc/get_key_values",
                        "{\"From_Account\":\"amy\",\"To_Account\":\"bob\",\"MsgKey\":\"" + proKey + "\"}"))
                .isEqualTo(10059);
    }

    @Test
    void should_refuse_extensions_of_a_recalled_message_as_a_message_that_does_not_exist() {
        String key = c2cSend(app, "amy", "bob", true);
        JsonNode before = c2cSet(key, 1, "{\"Key\":\"k\",\"Value\":\"v\",\"Seq\":0}");
        assertThat(before.path("ExtensionList").get(0).path("ErrorCode").asInt())
                .as(before.toString())
                .isZero();
        JsonNode recalled = app.call(
                "openim/admin_msgwithdraw",
                "{\"From_Account\":\"amy\",\"To_Account\":\"bob\",\"MsgKey\":\"" + key + "\"}");
        assertThat(recalled.path("ErrorCode").asInt()).as(recalled.toString()).isZero();
        assertThat(c2cSet(key, 1, "{\"Key\":\"k\",\"Value\":\"w\",\"Seq\":1}")
                        .path("ErrorCode")
                        .asInt())
                .isEqualTo(20022);
        assertThat(app.code(
                        "openim_msg_ext_http_svc/set_key_values",
                        "{\"From_Account\":\"amy\",\"To_Account\":\"bob\",\"MsgKey\":\"" + key
                                + "\",\"OperateType\":3}"))
                .isEqualTo(20022);
        assertThat(c2cGet(key, 0).path("ErrorCode").asInt()).isEqualTo(20022);

        long seq = groupSend(app, groupId, true).path("MsgSeq").asLong();
        String groupSet = "{\"GroupId\":\"" + groupId + "\",\"MsgSeq\":" + seq + ",\"OperateType\":1,"
                + "\"ExtensionList\":[{\"Key\":\"k\",\"Value\":\"v\",\"Seq\":0}]}";
        JsonNode groupBefore = app.call("openim_msg_ext_http_svc/group_set_key_values", groupSet);
        assertThat(groupBefore.path("ExtensionList").get(0).path("ErrorCode").asInt())
                .as(groupBefore.toString())
                .isZero();
        JsonNode groupRecalled = app.call(
                "group_open_http_svc/group_msg_recall",
                "{\"GroupId\":\"" + groupId + "\",\"MsgSeqList\":[{\"MsgSeq\":" + seq + "}]}");
        assertThat(groupRecalled.path("RecallRetList").get(0).path("RetCode").asInt())
                .as(groupRecalled.toString())
                .isZero();
        assertThat(app.code("openim_msg_ext_http_svc/group_set_key_values", groupSet.replace("\"Seq\":0", "\"Seq\":1")))
                .isEqualTo(10030);
        assertThat(app.code(
                        "openim_msg_ext_http_svc/group_get_key_values",
                        "{\"GroupId\":\"" + groupId + "\",\"MsgSeq\":" + seq + "}"))
                .isEqualTo(10030);
    }

    @Test
    void should_publish_message_extensions_changed_on_im_message_events() {
        String key = c2cSend(app, "amy", "cal", true);
        c2cSet(key, 1, "{\"Key\":\"evt\",\"Value\":\"x\",\"Seq\":0}", "amy", "cal");
        String conversation = "c2c:amy:cal";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    List<JsonNode> facts = new ArrayList<>();
                    for (var record : TopicReader.readAll("im.message.events")) {
                        if ((app.id + ":" + conversation).equals(record.key())
                                && record.value().contains("im.message.extensions-changed.v1")) {
                            facts.add(TencentStack.JSON.readTree(record.value()));
                        }
                    }
                    assertThat(facts).anySatisfy(f -> {
                        JsonNode payload = f.path("payload");
                        assertThat(payload.path("msgKey").asText()).isEqualTo(key);
                        assertThat(payload.path("operateType").asInt()).isEqualTo(1);
                        assertThat(payload.path("changes").toString()).contains("\"evt\"");
                        assertThat(f.path("appId").asText()).isEqualTo(app.id);
                    });
                });
    }

    @Test
    void should_export_stored_messages_of_an_hour_as_a_signed_gzip_download() throws Exception {
        TencentStack.App exporter = stack.register("ultimate", SETTINGS);
        exporter.importAccounts("amy", "bob");
        String group = createGroup(exporter);
        awaitGroupKnown(exporter, group);
        // Messages of one Beijing hour (sent again in the rare case they straddle an hour boundary).
        List<JsonNode> sent = new ArrayList<>();
        String hour = null;
        while (hour == null) {
            sent.clear();
            for (int i = 0; i < 3; i++) {
                sent.add(exporter.call(
                        "openim/sendmsg",
                        "{\"From_Account\":\"amy\",\"To_Account\":\"bob\",\"MsgRandom\":" + random() + ",\"MsgBody\":"
                                + TEXT + ",\"CloudCustomData\":\"cc" + i + "\"}"));
            }
            Set<String> hours = new HashSet<>();
            sent.forEach(s -> hours.add(beijingHour(s.path("MsgTime").asLong())));
            hour = hours.size() == 1 ? hours.iterator().next() : null;
        }
        String c2cHour = hour;
        List<String> keys = sent.stream().map(s -> s.path("MsgKey").asText()).toList();

        JsonNode[] answer = new JsonNode[1];
        byte[][] gzip = new byte[1][];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    answer[0] = exporter.call(
                            "open_msg_svc/get_history", "{\"ChatType\":\"C2C\",\"MsgTime\":\"" + c2cHour + "\"}");
                    assertThat(answer[0].path("ErrorCode").asInt())
                            .as(answer[0].toString())
                            .isZero();
                    assertThat(answer[0].path("File")).hasSize(1);
                    gzip[0] = download(answer[0].path("File").get(0).path("URL").asText(), 200);
                    String text = new String(gunzip(gzip[0]), java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(text).contains(keys);
                });
        JsonNode file = answer[0].path("File").get(0);
        byte[] content = gunzip(gzip[0]);
        assertThat(gzip[0].length).isEqualTo(file.path("GzipSize").asInt());
        assertThat(md5(gzip[0])).isEqualTo(file.path("GzipMD5").asText());
        assertThat(content.length).isEqualTo(file.path("FileSize").asInt());
        assertThat(md5(content)).isEqualTo(file.path("FileMD5").asText());
        assertThat(file.path("ExpireTime").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        JsonNode records = TencentStack.JSON.readTree(content).path("MsgList");
        JsonNode mine = null;
        for (JsonNode record : records) {
            if (keys.get(0).equals(record.path("MsgKey").asText())) {
                mine = record;
            }
        }
        assertThat(mine).as(records.toString()).isNotNull();
        assertThat(mine.path("From_Account").asText()).isEqualTo("amy");
        assertThat(mine.path("To_Account").asText()).isEqualTo("bob");
        assertThat(mine.path("MsgTimestamp").asLong())
                .isEqualTo(sent.get(0).path("MsgTime").asLong());
        assertThat(mine.path("MsgSeq").asLong()).isPositive();
        assertThat(mine.path("MsgRandom").asLong())
                .isEqualTo(Long.parseLong(keys.get(0).split("_")[1]));
        assertThat(mine.path("MsgBody").toString()).isEqualTo(TEXT);
        assertThat(mine.path("CloudCustomData").asText()).isEqualTo("cc0");

        // The signature covers the file, its app and its expiry.
        String url = file.path("URL").asText();
        download(url.replaceAll("Signature=[0-9a-f]", "Signature=x"), 403);
        download(url.replace("/" + exporter.id + "/", "/" + app.id + "/"), 403);
        download(url.replaceAll("Expires=\\d+", "Expires=" + (System.currentTimeMillis() / 1000 + 99_999)), 403);

        // Group messages go to their own file.
        JsonNode groupSent = groupSend(exporter, group, false);
        long groupSeq = groupSent.path("MsgSeq").asLong();
        String groupHour = beijingHour(groupSent.path("MsgTime").asLong());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode groups = exporter.call(
                            "open_msg_svc/get_history", "{\"ChatType\":\"Group\",\"MsgTime\":\"" + groupHour + "\"}");
                    assertThat(groups.path("File")).as(groups.toString()).hasSize(1);
                    String text = new String(
                            gunzip(download(
                                    groups.path("File").get(0).path("URL").asText(), 200)),
                            java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(text).contains("\"GroupId\":\"" + group + "\"").contains("\"MsgSeq\":" + groupSeq);
                    assertThat(text).doesNotContain("\"To_Account\"");
                });

        assertThat(exporter.call("open_msg_svc/get_history", "{\"ChatType\":\"C2C\",\"MsgTime\":\"2015120121\"}")
                        .path("File"))
                .isEmpty();
        assertThat(exporter.code("open_msg_svc/get_history", "{\"ChatType\":\"Nope\",\"MsgTime\":\"2015120121\"}"))
                .isEqualTo(20001);
        assertThat(exporter.code("open_msg_svc/get_history", "{\"ChatType\":\"C2C\",\"MsgTime\":\"2015-12-01\"}"))
                .isEqualTo(20001);
        assertThat(exporter.code("open_msg_svc/get_history", "{\"ChatType\":")).isEqualTo(90001);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private JsonNode c2cSet(String msgKey, int type, String items) {
        return c2cSet(msgKey, type, items, "amy", "bob");
    }

    private JsonNode c2cSet(String msgKey, int type, String items, String from, String to) {
        return app.call(
                "openim_msg_ext_http_svc/set_key_values",
                "{\"From_Account\":\"" + from + "\",\"To_Account\":\"" + to + "\",\"MsgKey\":\"" + msgKey
                        + "\",\"OperateType\":" + type + ",\"ExtensionList\":[" + items + "]}");
    }

    private JsonNode c2cGet(String msgKey, long startSeq) {
        return c2cGet(msgKey, startSeq, "amy", "bob");
    }

    private JsonNode c2cGet(String msgKey, long startSeq, String from, String to) {
        return app.call(
                "openim_msg_ext_http_svc/get_key_values",
                "{\"From_Account\":\"" + from + "\",\"To_Account\":\"" + to + "\",\"MsgKey\":\"" + msgKey
                        + "\",\"StartSeq\":" + startSeq + "}");
    }

    static String c2cSend(TencentStack.App app, String from, String to, boolean extensions) {
        JsonNode sent = app.call(
                "openim/sendmsg",
                "{\"From_Account\":\"" + from + "\",\"To_Account\":\"" + to + "\",\"MsgRandom\":" + random()
                        + ",\"MsgBody\":" + TEXT + ",\"SupportMessageExtension\":" + (extensions ? 1 : 0) + "}");
        assertThat(sent.path("ErrorCode").asInt()).as(sent.toString()).isZero();
        return sent.path("MsgKey").asText();
    }

    static JsonNode groupSend(TencentStack.App app, String groupId, boolean extensions) {
        return app.call(
                "group_open_http_svc/send_group_msg",
                "{\"GroupId\":\"" + groupId + "\",\"Random\":" + random() + ",\"MsgBody\":" + TEXT
                        + ",\"SupportMessageExtension\":" + (extensions ? 1 : 0) + "}");
    }

    static long random() {
        return ThreadLocalRandom.current().nextLong(1L << 32);
    }

    static String beijingHour(long epochSeconds) {
        return java.time.LocalDateTime.ofEpochSecond(epochSeconds, 0, java.time.ZoneOffset.ofHours(8))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHH"));
    }

    static byte[] download(String url, int expectedStatus) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .timeout(Duration.ofSeconds(20))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(expectedStatus);
        return response.body();
    }

    static byte[] gunzip(byte[] gzip) throws java.io.IOException {
        try (java.util.zip.GZIPInputStream in =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    static String md5(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
    }

    /** A Public group owned by amy (retried: a busy machine may time the first call out). */
    static String createGroup(TencentStack.App app) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    id[0] = app.call(
                                    "group_open_http_svc/create_group",
                                    "{\"Type\":\"Public\",\"Name\":\"x\",\"Owner_Account\":\"amy\"}")
                            .path("GroupId")
                            .asText();
                    return !id[0].isEmpty();
                });
        return id[0];
    }

    /** Waits until the message service learned the group from im.group.events (a send succeeds). */
    static void awaitGroupKnown(TencentStack.App app, String groupId) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode sent = groupSend(app, groupId, false);
                    assertThat(sent.path("ErrorCode").asInt())
                            .as(sent.toString())
                            .isZero();
                });
    }
}
