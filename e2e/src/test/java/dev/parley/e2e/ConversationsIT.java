package dev.parley.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Conversations, read state, unread counts and group read receipts through the gateway on the real Kafka and
 * Cassandra: a projection of the message and group streams, so every check of a count that follows a send waits
 * for it (eventually consistent); reads and deletes answer at once. The message service runs with a conversation
 * page size of 3 to exercise paging.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationsIT {
    private static final String SETTINGS = "{\"historyRetentionDays\":7,\"friendCheckOnSend\":false,"
            + "\"blacklistShowSuccess\":false,\"restRateLimitPerSecond\":5000,\"groupAppDefinedKeys\":[],"
            + "\"memberAppDefinedKeys\":[],\"callback\":null}";
    private static final String TEXT = "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]";
    private static final String GROUP = "group_open_http_svc/";
    /** The first check waits for the projection to catch up with the streams' history. */
    private static final Duration FIRST_WAIT = Duration.ofSeconds(180);

    private static final Duration WAIT = Duration.ofSeconds(60);

    private TencentStack stack;
    private TencentStack.App app;

    @BeforeAll
    void start() {
        stack = TencentStack.messaging();
        app = stack.register("pro", SETTINGS);
        app.importAccounts(
                "c1a", "c1b", "c2a", "c2b", "c3o", "c3p1", "c3p2", "c3p3", "c3p4", "c4a", "c4b", "g5o", "g5a", "g5c",
                "r6o", "r6a", "r6b", "r6c", "r6x");
        // The projection reads both streams from their beginning on its first start: wait until it is live.
        long now = System.currentTimeMillis() / 1000;
        send("c1a", "c1b", ",\"MsgTimeStamp\":" + (now - 1000));
        await().atMost(FIRST_WAIT).pollInterval(Duration.ofMillis(500)).until(() -> unread("c1b", "c1a") == 1);
        app.call("openim/admin_set_msg_read", "{\"Report_Account\":\"c1b\",\"Peer_Account\":\"c1a\"}");
    }

    @Test
    void should_count_c2c_unread_both_ways_and_read_all_or_up_to_a_time() {
        long now = System.currentTimeMillis() / 1000;
        send("c1a", "c1b", ",\"MsgTimeStamp\":" + (now - 300));
        send("c1a", "c1b", ",\"MsgTimeStamp\":" + (now - 200));
        send("c1b", "c1a", ",\"MsgTimeStamp\":" + (now - 150));
        send("c1a", "c1b", ",\"MsgTimeStamp\":" + (now - 100));
        await().atMost(WAIT).until(() -> unread("c1b", "c1a") == 3 && unread("c1a", "c1b") == 1);
        JsonNode all = app.call("openim/get_c2c_unread_msg_num", "{\"To_Account\":\"c1b\"}");
        assertThat(all.path("AllC2CUnreadMsgNum").asInt()).as(all.toString()).isEqualTo(3);

        // Read up to a time: the messages sent at or before it.
        assertThat(app.code(
                        "openim/admin_set_msg_read",
                        "{\"Report_Account\":\"c1b\",\"Peer_Account\":\"c1a\",\"MsgReadTime\":" + (now - 200) + "}"))
                .isZero();
        assertThat(unread("c1b", "c1a")).isEqualTo(1);
        // Read everything; the other direction is untouched.
        assertThat(app.code("openim/admin_set_msg_read", "{\"Report_Account\":\"c1b\",\"Peer_Account\":\"c1a\"}"))
                .isZero();
        assertThat(unread("c1b", "c1a")).isZero();
        assertThat(unread("c1a", "c1b")).isEqualTo(1);

        JsonNode errors = app.call(
                "openim/get_c2c_unread_msg_num", "{\"To_Account\":\"c1a\",\"Peer_Account\":[\"c1b\",\"ghost\",\"\"]}");
        assertThat(errors.path("C2CUnreadMsgNumList")
                        .get(0)
                        .path("C2CUnreadMsgNum")
                        .asInt())
                .isEqualTo(1);
        assertThat(errors.path("ErrorList").toString())
                .contains("{\"Peer_Account\":\"ghost\",\"ErrorCode\":90048}")
                .contains("{\"Peer_Account\":\"\",\"ErrorCode\":90001}");
        assertThat(app.code("openim/get_c2c_unread_msg_num", "{\"To_Account\":\"ghost\"}"))
                .isEqualTo(90003);
        assertThat(app.code(
                        "openim/get_c2c_unread_msg_num",
                        "{\"To_Account\":\"c1a\",\"Peer_Account\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\","
                                + "\"9\",\"10\",\"11\"]}"))
                .isEqualTo(90001);
        assertThat(app.code("openim/admin_set_msg_read", "{\"Report_Account\":\"c1b\"}"))
                .isEqualTo(90001);
        assertThat(app.code("openim/admin_set_msg_read", "{\"Report_Account\":\"c1b\",\"Peer_Account\":\"ghost\"}"))
                .isEqualTo(90048);
    }

    @Test
    void should_not_count_no_unread_or_online_only_messages_nor_list_no_last_msg_ones() {
        String counted = send("c2a", "c2b", ",\"SendMsgControl\":[\"NoUnread\"]")
                .path("MsgKey")
                .asText();
        send("c2a", "c2b", ",\"OnlineOnlyFlag\":1");
        send("c2a", "c2b", ",\"SendMsgControl\":[\"NoLastMsg\"]");
        // The NoLastMsg message is the only one counted; once it is, the earlier ones were applied too.
        await().atMost(WAIT).until(() -> unread("c2b", "c2a") == 1);
        JsonNode item = only(list("c2b", 0, 0, 0), "c2a");
        assertThat(item.path("LastMsg").path("MsgKey").asText()).isEqualTo(counted);
        assertThat(item.path("UnreadMsgNum").asInt()).isEqualTo(1);
        assertThat(item.path("LastMsg").path("From_Account").asText()).isEqualTo("c2a");
    }

    @Test
    void should_list_newest_first_page_through_and_show_pinned_conversations() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        for (int i = 1; i <= 4; i++) {
            send("c3p" + i, "c3o", ",\"MsgTimeStamp\":" + (now - 100 + i * 10));
        }
        await().atMost(WAIT)
                .until(() -> app.call("openim/get_c2c_unread_msg_num", "{\"To_Account\":\"c3o\"}")
                                .path("AllC2CUnreadMsgNum")
                                .asInt()
                        == 4);
        JsonNode first = list("c3o", 0, 0, 0);
        assertThat(peers(first)).containsExactly("c3p4", "c3p3", "c3p2");
        assertThat(first.path("CompleteFlag").asInt()).isZero();
        assertThat(first.path("SessionItem").get(0).path("MsgTime").asLong()).isEqualTo(now - 60);
        assertThat(first.path("SessionItem").get(0).path("UnreadMsgNum").asInt())
                .isEqualTo(1);
        JsonNode second = list(
                "c3o",
                0,
                first.path("TimeStamp").asLong(),
                first.path("StartIndex").asLong());
        assertThat(peers(second)).containsExactly("c3p1");
        assertThat(second.path("CompleteFlag").asInt()).isEqualTo(1);

        JsonNode pinned = pin("c3o", "c3p1", 1);
        assertThat(pinned.path("ErrorCode").asInt()).as(pinned.toString()).isZero();
        JsonNode apart = list("c3o", 1, 0, 0);
        assertThat(peers(apart)).containsExactly("c3p1", "c3p4", "c3p3", "c3p2");
        assertThat(apart.path("SessionItem").get(0).path("TopFlag").asInt()).isEqualTo(1);
        assertThat(apart.path("SessionItem").get(1).path("TopFlag").asInt()).isZero();
        assertThat(apart.path("CompleteFlag").asInt()).isEqualTo(1);
        assertThat(peers(list("c3o", 0, 0, 0))).containsExactly("c3p4", "c3p3", "c3p2");
        assertThat(pin("c3o", "c3p1", 0).path("ErrorCode").asInt()).isZero();
        assertThat(list("c3o", 1, 0, 0)
                        .path("SessionItem")
                        .get(0)
                        .path("TopFlag")
                        .asInt())
                .isZero();

        assertThat(app.code("recentcontact/get_list", "{\"From_Account\":\"ghost\"}"))
                .isEqualTo(50001);
        assertThat(app.code("recentcontact/get_list", "{}")).isEqualTo(50002);
        assertThat(app.code("recentcontact/get_list", "{\"From_Account\":\"c3o\",\"TimeStamp\":\"x\"}"))
                .isEqualTo(50002);
        assertThat(pin("c3o", "ghost", 1).path("ErrorCode").asInt()).isEqualTo(50001);
    }

    @Test
    void should_delete_a_conversation_and_with_clear_ramble_hide_its_history_from_that_user_only() {
        send("c4a", "c4b", "");
        send("c4a", "c4b", "");
        await().atMost(WAIT).until(() -> unread("c4b", "c4a") == 2);
        assertThat(peers(list("c4b", 0, 0, 0))).containsExactly("c4a");

        assertThat(app.code(
                        "recentcontact/delete",
                        "{\"From_Account\":\"c4b\",\"Type\":1,\"To_Account\":\"c4a\",\"ClearRamble\":1}"))
                .isZero();
        assertThat(peers(list("c4b", 0, 0, 0))).isEmpty();
        assertThat(unread("c4b", "c4a")).isZero();
        assertThat(roam("c4b", "c4a").path("MsgCnt").asInt()).isZero();
        assertThat(roam("c4a", "c4b").path("MsgCnt").asInt()).isEqualTo(2);
        assertThat(peers(list("c4a", 0, 0, 0))).containsExactly("c4b");

        // A later message brings the conversation back, with only itself unread and in history.
        send("c4a", "c4b", "");
        await().atMost(WAIT).until(() -> peers(list("c4b", 0, 0, 0)).contains("c4a"));
        assertThat(only(list("c4b", 0, 0, 0), "c4a").path("UnreadMsgNum").asInt())
                .isEqualTo(1);
        assertThat(roam("c4b", "c4a").path("MsgCnt").asInt()).isEqualTo(1);

        assertThat(app.code("recentcontact/delete", "{\"From_Account\":\"c4b\",\"Type\":3,\"To_Account\":\"c4a\"}"))
                .isEqualTo(50002);
        assertThat(app.code("recentcontact/delete", "{\"From_Account\":\"c4b\",\"Type\":1,\"To_Account\":\"ghost\"}"))
                .isEqualTo(50001);
        assertThat(app.code("recentcontact/delete", "{\"From_Account\":\"c4b\",\"Type\":2}"))
                .isEqualTo(50002);
    }

    @Test
    void should_count_group_unread_from_the_join_and_follow_set_unread_msg_num() {
        String id = app.call(
                        GROUP + "create_group",
                        "{\"Type\":\"Public\",\"Name\":\"u\",\"Owner_Account\":\"g5o\","
                                + "\"MemberList\":[{\"Member_Account\":\"g5a\"}]}")
                .path("GroupId")
                .asText();
        groupSend(id, null, "");
        groupSend(id, null, "");
        await().atMost(WAIT).until(() -> groupUnread("g5a", id) == 2);
        assertThat(app.code(
                        GROUP + "add_group_member",
                        "{\"GroupId\":\"" + id + "\",\"MemberList\":" + "[{\"Member_Account\":\"g5c\"}]}"))
                .isZero();
        for (int i = 0; i < 3; i++) {
            groupSend(id, null, "");
        }
        await().atMost(WAIT).until(() -> groupUnread("g5c", id) == 3 && groupUnread("g5a", id) == 5);
        assertThat(groupUnread("g5o", id)).isEqualTo(5);
        JsonNode item = only(list("g5c", 0, 0, 0), id);
        assertThat(item.path("Type").asInt()).isEqualTo(2);
        assertThat(item.path("LastMsg").path("MsgSeq").asLong()).isEqualTo(5);

        // set_unread_msg_num is served by the group service and reaches the projection through im.group.events.
        assertThat(app.code(
                        GROUP + "set_unread_msg_num",
                        "{\"GroupId\":\"" + id + "\",\"Member_Account\":\"g5c\",\"UnreadMsgNum\":10}"))
                .isZero();
        await().atMost(WAIT).until(() -> groupUnread("g5c", id) == 10);
        groupSend(id, null, "");
        await().atMost(WAIT).until(() -> groupUnread("g5c", id) == 11);

        // A member's own message reads the group for them.
        await().atMost(WAIT)
                .until(() -> groupSend(id, "g5a", "").path("ErrorCode").asInt() == 0);
        await().atMost(WAIT).until(() -> groupUnread("g5a", id) == 0 && groupUnread("g5c", id) == 12);

        assertThat(app.code(
                        GROUP + "delete_group_member",
                        "{\"GroupId\":\"" + id + "\",\"MemberToDel_Account\":[\"g5c\"]}"))
                .isZero();
        await().atMost(WAIT).until(() -> !peers(list("g5c", 0, 0, 0)).contains(id));
    }

    @Test
    void should_count_group_read_receipts_and_list_readers_and_unread_members() {
        String id = app.call(
                        GROUP + "create_group",
                        "{\"Type\":\"Private\",\"Name\":\"r\",\"Owner_Account\":\"r6o\",\"MemberList\":"
                                + "[{\"Member_Account\":\"r6a\"},{\"Member_Account\":\"r6b\"},"
                                + "{\"Member_Account\":\"r6c\"}]}")
                .path("GroupId")
                .asText();
        long withReceipt =
                groupSend(id, null, ",\"NeedReadReceipt\":1").path("MsgSeq").asLong();
        long without = groupSend(id, null, "").path("MsgSeq").asLong();
        String seqs = "\"MsgSeqList\":[{\"MsgSeq\":" + withReceipt + "},{\"MsgSeq\":" + without + "}]";

        // The reader must be a member in the message service's group view (eventually consistent).
        await().atMost(WAIT)
                .until(() -> app.code(
                                GROUP + "group_msg_receipt",
                                "{\"GroupId\":\"" + id + "\"," + "\"From_Account\":\"r6a\"," + seqs + "}")
                        == 0);
        JsonNode again = app.call(
                GROUP + "group_msg_receipt", "{\"GroupId\":\"" + id + "\",\"From_Account\":\"r6a\"," + seqs + "}");
        assertThat(again.path("MsgSeqList").get(0).path("ErrorCode").asInt())
                .as(again.toString())
                .isZero();
        assertThat(again.path("MsgSeqList").get(1).path("ErrorCode").asInt()).isEqualTo(10062);

        await().atMost(WAIT)
                .until(() -> receipt(id, seqs).get(0).path("UnreadNum").asInt() == 3);
        JsonNode counts = receipt(id, seqs);
        assertThat(counts.get(0).path("Code").asInt()).isZero();
        assertThat(counts.get(0).path("ReadNum").asInt())
                .as("a repeated receipt counts once")
                .isEqualTo(1);
        assertThat(counts.get(1).path("Code").asInt()).isEqualTo(10062);

        JsonNode read = detail(id, withReceipt, 0, "", 0);
        assertThat(read.path("ReadList").toString()).isEqualTo("[{\"Read_Account\":\"r6a\"}]");
        assertThat(read.path("IsFinished").asInt()).isEqualTo(1);
        JsonNode unreadPage = detail(id, withReceipt, 1, "", 2);
        assertThat(unreadPage.path("UnreadList").toString())
                .isEqualTo("[{\"Unread_Account\":\"r6b\"},{\"Unread_Account\":\"r6c\"}]");
        assertThat(unreadPage.path("IsFinished").asInt()).isZero();
        JsonNode rest = detail(id, withReceipt, 1, unreadPage.path("Cursor").asText(), 2);
        assertThat(rest.path("UnreadList").toString()).isEqualTo("[{\"Unread_Account\":\"r6o\"}]");
        assertThat(rest.path("IsFinished").asInt()).isEqualTo(1);

        assertThat(app.code(
                        GROUP + "group_msg_receipt",
                        "{\"GroupId\":\"" + id + "\",\"From_Account\":\"r6x\"," + seqs + "}"))
                .isEqualTo(10007);
        assertThat(app.code(GROUP + "get_group_msg_receipt", "{\"GroupId\":\"nope\"," + seqs + "}"))
                .isEqualTo(10010);
        assertThat(app.code(GROUP + "get_group_msg_receipt", "{\"GroupId\":\"" + id + "\",\"MsgSeqList\":[]}"))
                .isEqualTo(10004);
        assertThat(app.code(
                        GROUP + "get_group_msg_receipt_detail",
                        "{\"GroupId\":\"" + id + "\",\"MsgSeq\":" + without + ",\"Filter\":0}"))
                .isEqualTo(10062);
        String live = app.call(GROUP + "create_group", "{\"Type\":\"AVChatRoom\",\"Name\":\"l\"}")
                .path("GroupId")
                .asText();
        await().atMost(WAIT)
                .until(() -> app.code(GROUP + "get_group_msg_receipt", "{\"GroupId\":\"" + live + "\"," + seqs + "}")
                        == 10007);
    }

    private JsonNode send(String from, String to, String extra) {
        JsonNode reply = retrying(
                "openim/sendmsg",
                "{\"From_Account\":\"" + from + "\",\"To_Account\":\"" + to + "\",\"MsgRandom\":" + random()
                        + ",\"MsgBody\":" + TEXT + extra + "}");
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        return reply;
    }

    private JsonNode groupSend(String groupId, String from, String extra) {
        return retrying(
                GROUP + "send_group_msg",
                "{\"GroupId\":\"" + groupId + "\"," + (from == null ? "" : "\"From_Account\":\"" + from + "\",")
                        + "\"Random\":" + random() + ",\"MsgBody\":" + TEXT + extra + "}");
    }

    /**
     * A send, repeated with the same random while it times out (the machine is shared and busy): the retry is
     * recognised and answered with the original result.
     */
    private JsonNode retrying(String path, String body) {
        JsonNode[] reply = new JsonNode[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            reply[0] = app.call(path, body);
            int code = reply[0].path("ErrorCode").asInt();
            return code != 60008 && code != 90994 && code != 10002;
        });
        return reply[0];
    }

    private int unread(String user, String peer) {
        JsonNode reply = app.call(
                "openim/get_c2c_unread_msg_num",
                "{\"To_Account\":\"" + user + "\",\"Peer_Account\":[\"" + peer + "\"]}");
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        return reply.path("C2CUnreadMsgNumList").get(0).path("C2CUnreadMsgNum").asInt();
    }

    private JsonNode list(String user, int flags, long timeStamp, long startIndex) {
        JsonNode reply = app.call(
                "recentcontact/get_list",
                "{\"From_Account\":\"" + user + "\",\"TimeStamp\":" + timeStamp + ",\"StartIndex\":" + startIndex
                        + ",\"TopTimeStamp\":0,\"TopStartIndex\":0,\"AssistFlags\":" + flags + "}");
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        return reply;
    }

    private static List<String> peers(JsonNode list) {
        List<String> peers = new ArrayList<>();
        list.path("SessionItem")
                .forEach(i -> peers.add(
                        i.path("Type").asInt() == 1
                                ? i.path("To_Account").asText()
                                : i.path("GroupId").asText()));
        return peers;
    }

    private static JsonNode only(JsonNode list, String peer) {
        for (JsonNode item : list.path("SessionItem")) {
            if (peer.equals(item.path("To_Account").asText())
                    || peer.equals(item.path("GroupId").asText())) {
                return item;
            }
        }
        throw new AssertionError(peer + " not in " + list);
    }

    private int groupUnread(String user, String groupId) {
        for (JsonNode item : list(user, 2, 0, 0).path("SessionItem")) {
            if (groupId.equals(item.path("GroupId").asText())) {
                return item.path("UnreadMsgNum").asInt();
            }
        }
        return -1;
    }

    private JsonNode roam(String operator, String peer) {
        long now = System.currentTimeMillis() / 1000;
        return app.call(
                "openim/admin_getroammsg",
                "{\"Operator_Account\":\"" + operator + "\",\"Peer_Account\":\"" + peer + "\",\"MinTime\":"
                        + (now - 3600) + ",\"MaxTime\":" + (now + 60) + "}");
    }

    private JsonNode receipt(String groupId, String seqs) {
        JsonNode reply = app.call(GROUP + "get_group_msg_receipt", "{\"GroupId\":\"" + groupId + "\"," + seqs + "}");
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        return reply.path("GroupMsgReceiptList");
    }

    private JsonNode detail(String groupId, long seq, int filter, String cursor, int count) {
        JsonNode reply = app.call(
                GROUP + "get_group_msg_receipt_detail",
                "{\"GroupId\":\"" + groupId + "\",\"MsgSeq\":" + seq + ",\"Filter\":" + filter + ",\"Cursor\":\""
                        + cursor + "\",\"Count\":" + count + "}");
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        return reply;
    }

    /**
     * {@code parley_recentcontact_svc/set_pinned} through the gateway, or through the message service's internal
     * door when the packaged gateway does not route it yet.
     */
    private JsonNode pin(String user, String peer, int pinned) throws IOException, InterruptedException {
        String body = "{\"From_Account\":\"" + user + "\",\"Type\":1,\"To_Account\":\"" + peer + "\",\"Pinned\":"
                + pinned + "}";
        JsonNode reply = app.call("parley_recentcontact_svc/set_pinned", body);
        int code = reply.path("ErrorCode").asInt();
        if (code != 60009 && code != 60002) {
            return reply;
        }
        int port = stack.owners.get("message-service").port;
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + "/internal/v4/parley_recentcontact_svc/set_pinned"))
                                .header("Content-Type", "application/json")
                                .header("X-Parley-App-Id", app.id)
                                .header("X-Parley-Identifier", "administrator")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return TencentStack.JSON.readTree(response.body());
    }

    private static long random() {
        return ThreadLocalRandom.current().nextLong(1, 0xFFFFFFFFL);
    }
}
