package dev.parley.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Groups through the gateway on the real Kafka and Cassandra: every group type driven through its life (create,
 * join freely and with approval, invite, roles, timed and permanent mutes, mute-all, owner change, kick, quit,
 * destroy) with Tencent's answers and codes, the live-room rules, custom fields, metering, and a rebuild of the
 * read model from the event stream that must give the same answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupRestIT {
    private static final String OPS_TOKEN = "e2e-ops-" + UUID.randomUUID();
    private static final String GROUP = "group_open_http_svc/";
    private static final String PARLEY = "parley_group_svc/";

    private TencentStack stack;
    private TencentStack.App pro;

    @BeforeAll
    void start() {
        stack = new TencentStack(Map.of("group-service", "services/group"), Map.of("PARLEY_OPS_TOKEN", OPS_TOKEN));
        pro = stack.register(
                "pro",
                "{\"historyRetentionDays\":7,\"friendCheckOnSend\":false,\"blacklistShowSuccess\":true,"
                        + "\"restRateLimitPerSecond\":1000,\"groupAppDefinedKeys\":[\"Level\"],"
                        + "\"memberAppDefinedKeys\":[\"Badge\"],\"callback\":null}");
        pro.importAccounts("owner", "alice", "bob", "carol", "dave", "erin", "frank");
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_run_a_public_group_through_approval_roles_mutes_owner_change_kick_quit_and_destroy() throws Exception {
        JsonNode created = pro.call(
                GROUP + "create_group",
                "{\"Owner_Account\":\"owner\",\"Type\":\"Public\",\"Name\":\"Public one\","
                        + "\"MemberList\":[{\"Member_Account\":\"alice\",\"Role\":\"Admin\"},"
                        + "{\"Member_Account\":\"bob\"}]}");
        assertThat(created.path("ErrorCode").asInt()).as(created.toString()).isZero();
        String id = created.path("GroupId").asText();
        assertThat(id).startsWith("@TGS#");
        JsonNode info = groupInfo(id);
        assertThat(info.path("Type").asText()).isEqualTo("Public");
        assertThat(info.path("MemberNum").asInt()).isEqualTo(3);
        assertThat(info.path("ApplyJoinOption").asText()).isEqualTo("NeedPermission");
        assertThat(info.path("Owner_Account").asText()).isEqualTo("owner");

        // Join with approval: the request waits; an ordinary member may not decide; an admin may, once.
        assertThat(pro.call(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"carol\""))
                        .path("JoinResult")
                        .asText())
                .isEqualTo("Pending");
        assertThat(role(id, "carol")).isEqualTo("NotMember");
        assertThat(pro.call(PARLEY + "get_join_applications", body(id, ""))
                        .path("ApplicationList")
                        .get(0)
                        .path("Applicant_Account")
                        .asText())
                .isEqualTo("carol");
        assertThat(pro.code(PARLEY + "handle_join_application", decision(id, "carol", "Agree", "bob")))
                .isEqualTo(10007);
        assertThat(pro.code(PARLEY + "handle_join_application", decision(id, "carol", "Agree", "alice")))
                .isZero();
        assertThat(pro.code(PARLEY + "handle_join_application", decision(id, "carol", "Agree", "alice")))
                .isEqualTo(10024);
        assertThat(role(id, "carol")).isEqualTo("Member");
        pro.call(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"erin\""));
        assertThat(pro.code(PARLEY + "handle_join_application", decision(id, "erin", "Reject", null)))
                .isZero();
        assertThat(role(id, "erin")).isEqualTo("NotMember");

        // Invite: an ordinary member of a Public group may not; the App admin may; per-member results.
        assertThat(pro.code(GROUP + "add_group_member", members(id, "bob", "dave")))
                .isEqualTo(10007);
        JsonNode added = pro.call(GROUP + "add_group_member", members(id, null, "dave", "carol", "ghost"));
        assertThat(results(added)).containsExactly("dave=1", "carol=2", "ghost=0");
        assertThat(groupInfo(id).path("MemberNum").asInt()).isEqualTo(5);

        // Roles: only the owner sets them.
        assertThat(pro.code(GROUP + "modify_group_member_info", memberInfo(id, "dave", "alice", "\"Role\":\"Admin\"")))
                .isEqualTo(10007);
        assertThat(pro.code(GROUP + "modify_group_member_info", memberInfo(id, "dave", "owner", "\"Role\":\"Admin\"")))
                .isZero();
        assertThat(role(id, "dave")).isEqualTo("Admin");

        // Mutes: a timed mute expires by itself; the owner cannot be muted; 0 unmutes; an admin can't mute an admin.
        assertThat(pro.code(GROUP + "forbid_send_msg", mute(id, 2, "bob"))).isZero();
        assertThat(muted(id)).containsExactly("bob");
        assertThat(pro.code(GROUP + "forbid_send_msg", mute(id, 60, "owner"))).isEqualTo(10007);
        assertThat(pro.code(
                        GROUP + "forbid_send_msg",
                        "{\"GroupId\":\"" + id + "\",\"From_Account\":\"alice\",\"Members_Account\":[\"dave\"],"
                                + "\"MuteTime\":60}"))
                .isEqualTo(10007);
        await().atMost(Duration.ofSeconds(10)).until(() -> muted(id).isEmpty());
        assertThat(memberField(id, "bob", "MuteUntil")).isEqualTo("0");
        assertThat(pro.code(GROUP + "forbid_send_msg", mute(id, 4294967295L, "carol")))
                .isZero();
        assertThat(memberField(id, "carol", "MuteUntil")).isEqualTo("4294967295");
        assertThat(pro.code(GROUP + "forbid_send_msg", mute(id, 0, "carol"))).isZero();
        assertThat(muted(id)).isEmpty();

        // Mute all.
        assertThat(pro.code(GROUP + "modify_group_base_info", body(id, "\"MuteAllMember\":\"On\"")))
                .isZero();
        assertThat(groupInfo(id).path("MuteAllMember").asText()).isEqualTo("On");
        assertThat(pro.code(GROUP + "modify_group_base_info", body(id, "\"ShutUpAllMember\":\"Off\"")))
                .isZero();
        assertThat(groupInfo(id).path("MuteAllMember").asText()).isEqualTo("Off");

        // Owner change: alice becomes owner, the old owner a member.
        assertThat(pro.code(GROUP + "change_group_owner", body(id, "\"NewOwner_Account\":\"erin\"")))
                .isEqualTo(10004);
        assertThat(pro.code(GROUP + "change_group_owner", body(id, "\"NewOwner_Account\":\"alice\"")))
                .isZero();
        assertThat(role(id, "alice")).isEqualTo("Owner");
        assertThat(role(id, "owner")).isEqualTo("Member");

        // Kick: an admin cannot remove the owner, may remove a member.
        assertThat(pro.code(GROUP + "delete_group_member", kick(id, "dave", "alice")))
                .isEqualTo(10007);
        assertThat(pro.code(GROUP + "delete_group_member", kick(id, "dave", "bob")))
                .isZero();
        assertThat(role(id, "bob")).isEqualTo("NotMember");

        // Quit: the owner of a Public group cannot; a member can.
        assertThat(pro.code(PARLEY + "quit_group", body(id, "\"Member_Account\":\"alice\"")))
                .isEqualTo(10009);
        assertThat(pro.code(PARLEY + "quit_group", body(id, "\"Member_Account\":\"carol\"")))
                .isZero();
        assertThat(groupInfo(id).path("MemberNum").asInt()).isEqualTo(3);
        assertThat(joined("carol")).doesNotContain(id);
        assertThat(joined("dave")).contains(id);

        // Destroy: gone for every query, and from the members' lists.
        assertThat(pro.code(GROUP + "destroy_group", body(id, ""))).isZero();
        assertThat(groupInfo(id).path("ErrorCode").asInt()).isEqualTo(10010);
        assertThat(joined("dave")).doesNotContain(id);
        assertThat(pro.code(GROUP + "destroy_group", body(id, ""))).isEqualTo(10010);
    }

    @Test
    void should_apply_work_group_rules_invite_by_members_owner_only_kick_no_admins_no_applications() {
        String id = create("Work", "owner", "alice", "bob");
        assertThat(groupInfo(id).path("Type").asText()).isEqualTo("Work");
        assertThat(pro.code(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"carol\"")))
                .isEqualTo(10007);
        assertThat(results(pro.call(GROUP + "add_group_member", members(id, "bob", "carol"))))
                .containsExactly("carol=1");
        assertThat(pro.code(GROUP + "modify_group_member_info", memberInfo(id, "alice", null, "\"Role\":\"Admin\"")))
                .isEqualTo(10004);
        assertThat(pro.code(GROUP + "delete_group_member", kick(id, "alice", "carol")))
                .isEqualTo(10007);
        assertThat(pro.code(GROUP + "delete_group_member", kick(id, "owner", "carol")))
                .isZero();
        // Any member edits the profile of a Work group.
        assertThat(pro.code(
                        GROUP + "modify_group_base_info", body(id, "\"From_Account\":\"bob\",\"Name\":\"Renamed\"")))
                .isZero();
        assertThat(groupInfo(id).path("Name").asText()).isEqualTo("Renamed");
        // The owner of a Work group may quit; ownership passes on.
        assertThat(pro.code(PARLEY + "quit_group", body(id, "\"Member_Account\":\"owner\"")))
                .isZero();
        assertThat(groupInfo(id).path("Owner_Account").asText()).isIn("alice", "bob");
        // The owner cannot disband a Work group; the App admin can.
        String newOwner = groupInfo(id).path("Owner_Account").asText();
        assertThat(pro.code(GROUP + "destroy_group", body(id, "\"From_Account\":\"" + newOwner + "\"")))
                .isEqualTo(10007);
        assertThat(pro.code(GROUP + "destroy_group", body(id, ""))).isZero();
    }

    @Test
    void should_let_anyone_join_a_meeting_group_freely_and_show_history_before_join() {
        String id = create("Meeting", "owner", "alice");
        assertThat(pro.call(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"frank\""))
                        .path("JoinResult")
                        .asText())
                .isEqualTo("Joined");
        assertThat(role(id, "frank")).isEqualTo("Member");
        assertThat(pro.code(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"frank\"")))
                .isEqualTo(10013);
        assertThat(pro.code(GROUP + "modify_group_member_info", memberInfo(id, "frank", null, "\"Role\":\"Admin\"")))
                .isZero();
        assertThat(pro.code(GROUP + "modify_group_base_info", body(id, "\"MuteAllMember\":\"On\"")))
                .isZero();
        assertThat(pro.code(PARLEY + "quit_group", body(id, "\"Member_Account\":\"owner\"")))
                .isZero();
        assertThat(role(id, "owner")).isEqualTo("NotMember");
        assertThat(pro.code(GROUP + "destroy_group", body(id, ""))).isZero();
    }

    @Test
    void should_keep_live_rooms_memberless_with_one_room_per_user_and_an_online_count() {
        String first = create("AVChatRoom", "owner");
        String second = create("AVChatRoom", "owner");
        assertThat(pro.code(
                        GROUP + "create_group",
                        "{\"Type\":\"AVChatRoom\",\"Name\":\"x\",\"MemberList\":[{\"Member_Account\":\"bob\"}]}"))
                .isEqualTo(10004);
        assertThat(pro.code(GROUP + "add_group_member", members(first, null, "bob")))
                .isEqualTo(10007);
        assertThat(pro.code(GROUP + "get_group_member_info", body(first, ""))).isEqualTo(10007);
        for (String user : List.of("alice", "bob")) {
            assertThat(pro.call(PARLEY + "apply_join_group", body(first, "\"Applicant_Account\":\"" + user + "\""))
                            .path("JoinResult")
                            .asText())
                    .isEqualTo("Joined");
        }
        assertThat(online(first)).isEqualTo(2);
        // Entering another live room leaves the first.
        pro.call(PARLEY + "apply_join_group", body(second, "\"Applicant_Account\":\"alice\""));
        assertThat(online(first)).isEqualTo(1);
        assertThat(online(second)).isEqualTo(1);
        JsonNode present = pro.call(
                "group_open_avchatroom_http_svc/check_members", body(first, "\"Member_Account\":[\"alice\",\"bob\"]"));
        assertThat(present.path("Member_Account").toString()).isEqualTo("[\"bob\"]");
        // Mutes work without a member list.
        assertThat(pro.code(GROUP + "forbid_send_msg", mute(first, 60, "bob"))).isZero();
        assertThat(muted(first)).containsExactly("bob");
        assertThat(pro.code(PARLEY + "quit_group", body(first, "\"Member_Account\":\"bob\"")))
                .isZero();
        assertThat(online(first)).isZero();
        assertThat(pro.code(GROUP + "get_online_member_num", body(create("Public", "owner"), "")))
                .isEqualTo(10007);
    }

    @Test
    void should_refuse_undeclared_custom_fields_and_keep_declared_ones() {
        assertThat(pro.code(
                        GROUP + "create_group",
                        "{\"Type\":\"Public\",\"Name\":\"c\",\"AppDefinedData\":[{\"Key\":\"Nope\",\"Value\":\"1\"}]}"))
                .isEqualTo(10027);
        JsonNode created = pro.call(
                GROUP + "create_group",
                "{\"Type\":\"Public\",\"Name\":\"c\",\"Owner_Account\":\"owner\","
                        + "\"AppDefinedData\":[{\"Key\":\"Level\",\"Value\":\"3\"}]}");
        String id = created.path("GroupId").asText();
        assertThat(groupInfo(id).path("AppDefinedData").toString())
                .contains("\"Level\"")
                .contains("\"3\"");
        assertThat(pro.code(
                        GROUP + "modify_group_member_info",
                        memberInfo(
                                id,
                                "owner",
                                null,
                                "\"AppMemberDefinedData\":[{\"Key\":\"Badge\",\"Value\":\"gold\"}]")))
                .isZero();
        assertThat(pro.code(
                        GROUP + "modify_group_member_info",
                        memberInfo(id, "owner", null, "\"AppMemberDefinedData\":[{\"Key\":\"Nope\",\"Value\":\"x\"}]")))
                .isEqualTo(10027);
        assertThat(pro.code(
                        GROUP + "modify_group_base_info",
                        body(id, "\"AppDefinedData\":[{\"Key\":\"Level\",\"Value\":\"\"}]")))
                .isZero();
        assertThat(groupInfo(id).path("AppDefinedData").toString()).doesNotContain("Level");
    }

    @Test
    void should_answer_group_error_codes_for_bad_ids_types_bodies_and_limits() {
        assertThat(pro.code(GROUP + "get_group_member_info", body("no-such-group", "")))
                .isEqualTo(10010);
        assertThat(pro.code(GROUP + "get_group_member_info", "{\"GroupId\":\"\"}"))
                .isEqualTo(10015);
        assertThat(pro.code(GROUP + "create_group", "{\"Type\":\"Club\",\"Name\":\"x\"}"))
                .isEqualTo(10004);
        assertThat(pro.code(GROUP + "create_group", "{\"Type\":\"Public\"}")).isEqualTo(10004);
        assertThat(pro.code(GROUP + "create_group", "{\"Type\":\"Public\",\"Name\":\"x\",\"GroupId\":\"@TGS#mine\"}"))
                .isEqualTo(10015);
        assertThat(pro.code(GROUP + "create_group", "{\"Type\":\"Community\",\"Name\":\"x\"}"))
                .isEqualTo(10059);
        assertThat(pro.code(GROUP + "create_group", "{\"Type\":\"Public\",\"Name\":\"x\",\"MaxMemberCount\":201}"))
                .isEqualTo(10038);
        assertThat(pro.code(GROUP + "create_group", "{\"Type\":\"Public\",\"Name\":\"x\",\"Owner_Account\":\"ghost\"}"))
                .isEqualTo(10019);
        assertThat(pro.code(GROUP + "create_group", "{\"Type\":\"Public\",\"Name\":\"x\","))
                .isEqualTo(10011);
        String custom = "custom-" + UUID.randomUUID().toString().substring(0, 8);
        String create =
                "{\"Type\":\"Public\",\"Name\":\"x\",\"Owner_Account\":\"owner\",\"GroupId\":\"" + custom + "\"}";
        assertThat(pro.call(GROUP + "create_group", create).path("GroupId").asText())
                .isEqualTo(custom);
        assertThat(pro.code(GROUP + "create_group", create)).isEqualTo(10025);
        assertThat(pro.code(GROUP + "create_group", create.replace("\"owner\"", "\"alice\"")))
                .isEqualTo(10021);
        // A full group refuses newcomers.
        String small = pro.call(
                        GROUP + "create_group",
                        "{\"Type\":\"Public\",\"Name\":\"s\",\"Owner_Account\":\"owner\",\"MaxMemberCount\":2}")
                .path("GroupId")
                .asText();
        assertThat(pro.code(GROUP + "add_group_member", members(small, null, "alice", "bob")))
                .isEqualTo(10014);
        // The id of a destroyed group can be used again.
        assertThat(pro.code(GROUP + "destroy_group", body(custom, ""))).isZero();
        assertThat(pro.code(GROUP + "create_group", create)).isZero();
    }

    @Test
    void should_run_a_community_on_ultimate_and_import_groups_and_members() {
        TencentStack.App ultimate = stack.register("ultimate", null);
        ultimate.importAccounts("owner", "m1", "m2");
        JsonNode community = ultimate.call(
                GROUP + "create_group", "{\"Type\":\"Community\",\"Name\":\"c\",\"Owner_Account\":\"owner\"}");
        assertThat(community.path("GroupId").asText()).startsWith("@TGS#_");
        String id = community.path("GroupId").asText();
        assertThat(ultimate.call(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"m1\""))
                        .path("JoinResult")
                        .asText())
                .isEqualTo("Joined");
        long past = System.currentTimeMillis() / 1000 - 86_400;
        JsonNode imported = ultimate.call(
                GROUP + "import_group",
                "{\"Type\":\"Public\",\"Name\":\"old\",\"Owner_Account\":\"owner\",\"CreateTime\":" + past + "}");
        String old = imported.path("GroupId").asText();
        assertThat(ultimate.call(GROUP + "get_group_info", "{\"GroupIdList\":[\"" + old + "\"]}")
                        .path("GroupInfo")
                        .get(0)
                        .path("CreateTime")
                        .asLong())
                .isEqualTo(past);
        JsonNode members = ultimate.call(
                GROUP + "import_group_member",
                "{\"GroupId\":\"" + old + "\",\"MemberList\":[{\"Member_Account\":\"m2\",\"Role\":\"Admin\","
                        + "\"JoinTime\":" + (past + 60) + ",\"UnreadMsgNum\":5},{\"Member_Account\":\"owner\"}]}");
        assertThat(results(members)).containsExactly("m2=1", "owner=2");
        assertThat(ultimate.call(GROUP + "get_role_in_group", "{\"GroupId\":\"" + old + "\",\"User_Account\":[\"m2\"]}")
                        .path("UserIdList")
                        .get(0)
                        .path("Role")
                        .asText())
                .isEqualTo("Admin");
        assertThat(ultimate.code(GROUP + "import_group", "{\"Type\":\"AVChatRoom\",\"Name\":\"live\"}"))
                .isEqualTo(10007);
    }

    @Test
    void should_publish_the_net_group_count_per_app_for_metering() {
        TencentStack.App app = stack.register("pro", null);
        String kept = app.call(GROUP + "create_group", "{\"Type\":\"Public\",\"Name\":\"a\"}")
                .path("GroupId")
                .asText();
        String gone = app.call(GROUP + "create_group", "{\"Type\":\"AVChatRoom\",\"Name\":\"b\"}")
                .path("GroupId")
                .asText();
        assertThat(kept).isNotEqualTo(gone);
        assertThat(app.code(GROUP + "destroy_group", body(gone, ""))).isZero();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(lastGroupCount(app.id)).contains("\"groupCount\":1,\"liveRoomCount\":0"));
    }

    @Test
    void should_answer_the_same_after_rebuilding_the_read_model_from_the_event_stream() throws Exception {
        TencentStack.App app = stack.register(
                "pro",
                "{\"historyRetentionDays\":7,\"friendCheckOnSend\":false,"
                        + "\"blacklistShowSuccess\":true,\"restRateLimitPerSecond\":1000,\"groupAppDefinedKeys\":[\"Level\"],"
                        + "\"memberAppDefinedKeys\":[],\"callback\":null}");
        app.importAccounts("o", "u1", "u2", "u3");
        List<String> ids = new ArrayList<>();
        for (String type : List.of("Private", "Public", "ChatRoom", "AVChatRoom")) {
            ids.add(app.call(
                            GROUP + "create_group",
                            "{\"Type\":\"" + type + "\",\"Name\":\"r\",\"Owner_Account\":\"o\","
                                    + "\"AppDefinedData\":[{\"Key\":\"Level\",\"Value\":\"" + type + "\"}]}")
                    .path("GroupId")
                    .asText());
        }
        String pub = ids.get(1);
        app.call(GROUP + "add_group_member", members(pub, null, "u1", "u2", "u3"));
        app.call(
                GROUP + "modify_group_member_info",
                memberInfo(pub, "u1", null, "\"Role\":\"Admin\",\"NameCard\":\"one\""));
        app.call(GROUP + "forbid_send_msg", mute(pub, 3600, "u2"));
        app.call(GROUP + "delete_group_member", kick(pub, null, "u3"));
        app.call(GROUP + "change_group_owner", body(pub, "\"NewOwner_Account\":\"u1\""));
        app.call(GROUP + "modify_group_base_info", body(pub, "\"Name\":\"after\",\"MuteAllMember\":\"On\""));
        app.call(PARLEY + "apply_join_group", body(ids.get(3), "\"Applicant_Account\":\"u2\""));
        app.call(PARLEY + "apply_join_group", body(pub, "\"Applicant_Account\":\"u3\",\"ApplyMsg\":\"hi\""));
        app.call(GROUP + "modify_group_attr", body(pub, "\"GroupAttr\":[{\"key\":\"k\",\"value\":\"v\"}]"));
        app.call(GROUP + "destroy_group", body(ids.get(2), ""));
        String before = snapshot(app, ids);

        HttpResponse<String> rebuilt = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.owners.get("group-service").port
                                        + "/ops/v1/read-model/rebuild"))
                                .header("Authorization", "Bearer " + OPS_TOKEN)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofMinutes(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        assertThat(before).contains("\"Applicant_Account\":\"u3\"").contains("\"key\":\"k\"");
        assertThat(snapshot(app, ids)).isEqualTo(before);
    }

    @Test
    void should_serve_member_lookups_legacy_mute_list_unread_counts_attributes_and_live_member_lists() {
        String id = create("Public", "owner", "alice", "bob");
        JsonNode specified = pro.call(
                GROUP + "get_specified_group_member_info", body(id, "\"Member_List_Account\":[\"alice\",\"carol\"]"));
        assertThat(specified.path("MemberList").size()).isEqualTo(1);
        assertThat(specified.path("MemberList").get(0).path("Member_Account").asText())
                .isEqualTo("alice");

        assertThat(pro.code(GROUP + "forbid_send_msg", body(id, "\"Members_Account\":[\"alice\"],\"ShutUpTime\":60")))
                .isZero();
        JsonNode shutted = pro.call(GROUP + "get_group_shutted_uin", body(id, ""));
        assertThat(shutted.path("ShuttedUinList").get(0).path("Member_Account").asText())
                .isEqualTo("alice");
        assertThat(shutted.path("ShuttedUinList").get(0).path("ShuttedUntil").asLong())
                .isGreaterThan(System.currentTimeMillis() / 1000);

        assertThat(pro.code(GROUP + "set_unread_msg_num", body(id, "\"Member_Account\":\"bob\",\"UnreadMsgNum\":7")))
                .isZero();
        assertThat(pro.code(GROUP + "set_unread_msg_num", body(id, "\"Member_Account\":\"carol\",\"UnreadMsgNum\":7")))
                .isEqualTo(10007);
        JsonNode bobs = pro.call(
                GROUP + "get_joined_group_list",
                "{\"Member_Account\":\"bob\",\"ResponseFilter\":{\"SelfInfoFilter\":[\"UnreadMsgNum\"]}}");
        JsonNode mine = null;
        for (JsonNode group : bobs.path("GroupIdList")) {
            if (group.path("GroupId").asText().equals(id)) {
                mine = group;
            }
        }
        assertThat(mine).as(bobs.toString()).isNotNull();
        assertThat(mine.path("SelfInfo").path("UnreadMsgNum").asLong()).isEqualTo(7);

        assertThat(pro.code(
                        GROUP + "modify_group_attr",
                        body(
                                id,
                                "\"GroupAttr\":[{\"key\":\"k1\",\"value\":\"v1\"},{\"key\":\"k2\",\"value\":\"v2\"}]")))
                .isZero();
        assertThat(pro.call("group_open_attr_http_svc/get_group_attr", body(id, ""))
                        .path("GroupAttrAry")
                        .toString())
                .contains("{\"key\":\"k1\",\"value\":\"v1\"}")
                .contains("{\"key\":\"k2\",\"value\":\"v2\"}");
        assertThat(pro.code(
                        "group_open_attr_http_svc/set_group_attr",
                        body(id, "\"GroupAttr\":[{\"key\":\"k3\",\"value\":\"v3\"}]")))
                .isZero();
        assertThat(pro.call(GROUP + "get_group_attr", body(id, ""))
                        .path("GroupAttrAry")
                        .toString())
                .isEqualTo("[{\"key\":\"k3\",\"value\":\"v3\"}]");
        assertThat(pro.code(GROUP + "clear_group_attr", body(id, ""))).isZero();
        assertThat(pro.call(GROUP + "get_group_attr", body(id, ""))
                        .path("GroupAttrAry")
                        .size())
                .isZero();
        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{\"key\":\"k").append(i).append("\",\"value\":\"v\"}");
        }
        assertThat(pro.code(GROUP + "modify_group_attr", body(id, "\"GroupAttr\":[" + tooMany + "]")))
                .isEqualTo(10004);

        String live = create("AVChatRoom", "owner");
        for (String user : List.of("erin", "frank")) {
            pro.call(PARLEY + "apply_join_group", body(live, "\"Applicant_Account\":\"" + user + "\""));
        }
        JsonNode present = pro.call("group_open_avchatroom_http_svc/get_members", body(live, "\"Timestamp\":0"));
        assertThat(present.path("ErrorCode").asInt()).as(present.toString()).isZero();
        List<String> names = new ArrayList<>();
        present.path("MemberList")
                .forEach(m -> names.add(m.path("Member_Account").asText()));
        assertThat(names).containsExactlyInAnyOrder("erin", "frank");
        assertThat(present.path("NextTimestamp").asLong()).isZero();
        assertThat(pro.code("group_open_avchatroom_http_svc/get_members", body(id, "")))
                .isEqualTo(10007);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Private", "Public", "ChatRoom", "Community", "AVChatRoom"})
    void should_drive_each_group_type_through_its_whole_life(String type) {
        boolean live = type.equals("AVChatRoom");
        boolean work = type.equals("Private");
        TencentStack.App app = ultimate();
        String id = app.call(
                        GROUP + "create_group",
                        "{\"Type\":\"" + type + "\",\"Name\":\"life\",\"Owner_Account\":\"owner\"}")
                .path("GroupId")
                .asText();
        assertThat(id).as(type).startsWith("@TGS#");

        // Join freely.
        int free = app.code(GROUP + "modify_group_base_info", body(id, "\"ApplyJoinOption\":\"FreeAccess\""));
        assertThat(free).isEqualTo(live ? 10004 : 0);
        JsonNode joined = app.call(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"m1\""));
        assertThat(joined.path("ErrorCode").asInt()).isEqualTo(work ? 10007 : 0);
        // Join with approval.
        if (!live && !work) {
            assertThat(joined.path("JoinResult").asText()).isEqualTo("Joined");
            app.call(GROUP + "modify_group_base_info", body(id, "\"ApplyJoinOption\":\"NeedPermission\""));
            assertThat(app.call(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"m2\""))
                            .path("JoinResult")
                            .asText())
                    .isEqualTo("Pending");
            assertThat(app.code(PARLEY + "handle_join_application", decision(id, "m2", "Agree", "owner")))
                    .isZero();
        }
        // Invite.
        JsonNode invited = app.call(GROUP + "add_group_member", members(id, null, "m2", "m3"));
        if (live) {
            assertThat(invited.path("ErrorCode").asInt()).isEqualTo(10007);
            app.call(PARLEY + "apply_join_group", body(id, "\"Applicant_Account\":\"m3\""));
        } else {
            assertThat(results(invited)).contains("m3=1");
        }
        // Role change.
        int admin = app.code(GROUP + "modify_group_member_info", memberInfo(id, "m3", null, "\"Role\":\"Admin\""));
        assertThat(admin).isEqualTo(work ? 10004 : live ? 10007 : 0);
        // Mute, timed expiry, unmute.
        assertThat(app.code(GROUP + "forbid_send_msg", mute(id, 3, "m3"))).isZero();
        assertThat(app.call(GROUP + "get_group_muted_account", body(id, ""))
                        .path("MutedAccountList")
                        .toString())
                .contains("m3");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !app.call(GROUP + "get_group_muted_account", body(id, ""))
                        .path("MutedAccountList")
                        .toString()
                        .contains("m3"));
        assertThat(app.code(GROUP + "forbid_send_msg", mute(id, 600, "m3"))).isZero();
        assertThat(app.code(GROUP + "forbid_send_msg", mute(id, 0, "m3"))).isZero();
        assertThat(app.call(GROUP + "get_group_muted_account", body(id, ""))
                        .path("MutedAccountList")
                        .size())
                .isZero();
        // Mute all.
        assertThat(app.code(GROUP + "modify_group_base_info", body(id, "\"MuteAllMember\":\"On\"")))
                .isZero();
        assertThat(app.call(GROUP + "get_group_info", "{\"GroupIdList\":[\"" + id + "\"]}")
                        .path("GroupInfo")
                        .get(0)
                        .path("MuteAllMember")
                        .asText())
                .isEqualTo("On");
        // Owner change.
        int owner = app.code(GROUP + "change_group_owner", body(id, "\"NewOwner_Account\":\"m3\""));
        assertThat(owner).isEqualTo(live ? 10007 : 0);
        // Kick.
        int kicked = app.code(GROUP + "delete_group_member", kick(id, null, live ? "m3" : "m2"));
        assertThat(kicked).isEqualTo(live ? 10007 : 0);
        // Quit.
        assertThat(app.code(PARLEY + "quit_group", body(id, "\"Member_Account\":\"" + (live ? "m3" : "owner") + "\"")))
                .isZero();
        // Destroy.
        assertThat(app.code(GROUP + "destroy_group", body(id, ""))).isZero();
        assertThat(app.call(GROUP + "get_group_info", "{\"GroupIdList\":[\"" + id + "\"]}")
                        .path("GroupInfo")
                        .get(0)
                        .path("ErrorCode")
                        .asInt())
                .isEqualTo(10010);
    }

    private TencentStack.App ultimateApp;

    private synchronized TencentStack.App ultimate() {
        if (ultimateApp == null) {
            ultimateApp = stack.register("ultimate", null);
            ultimateApp.importAccounts("owner", "m1", "m2", "m3");
        }
        return ultimateApp;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private String snapshot(TencentStack.App app, List<String> ids) {
        StringBuilder all = new StringBuilder();
        StringBuilder list = new StringBuilder();
        ids.forEach(id -> list.append(list.length() == 0 ? "" : ",")
                .append('"')
                .append(id)
                .append('"'));
        all.append(strip(app.call(GROUP + "get_group_info", "{\"GroupIdList\":[" + list + "]}")));
        for (String id : ids) {
            all.append(strip(app.call(GROUP + "get_group_member_info", body(id, ""))));
            all.append(strip(app.call(GROUP + "get_group_muted_account", body(id, ""))));
            all.append(strip(app.call(GROUP + "get_group_attr", body(id, ""))));
            all.append(strip(app.call(PARLEY + "get_join_applications", body(id, ""))));
            all.append(strip(app.call("group_open_avchatroom_http_svc/get_members", body(id, ""))));
            all.append(strip(app.call(GROUP + "get_online_member_num", body(id, ""))));
            all.append(strip(
                    app.call(GROUP + "get_role_in_group", body(id, "\"User_Account\":[\"o\",\"u1\",\"u2\",\"u3\"]"))));
        }
        for (String user : List.of("o", "u1", "u2", "u3")) {
            all.append(strip(app.call(
                    GROUP + "get_joined_group_list",
                    "{\"Member_Account\":\"" + user + "\",\"WithHugeGroups\":1,"
                            + "\"ResponseFilter\":{\"SelfInfoFilter\":[\"Role\",\"JoinTime\",\"MuteUntil\"]}}")));
        }
        all.append(strip(app.call(GROUP + "get_appid_group_list", "{}")));
        return all.toString();
    }

    private static String strip(JsonNode reply) {
        return reply.toString() + "\n";
    }

    private String create(String type, String owner, String... members) {
        StringBuilder list = new StringBuilder();
        for (String member : members) {
            list.append(list.length() == 0 ? "" : ",")
                    .append("{\"Member_Account\":\"")
                    .append(member)
                    .append("\"}");
        }
        JsonNode created = pro.call(
                GROUP + "create_group",
                "{\"Type\":\"" + type + "\",\"Name\":\"n\",\"Owner_Account\":\"" + owner + "\",\"MemberList\":[" + list
                        + "]}");
        assertThat(created.path("ErrorCode").asInt()).as(created.toString()).isZero();
        return created.path("GroupId").asText();
    }

    private JsonNode groupInfo(String id) {
        JsonNode reply = pro.call(GROUP + "get_group_info", "{\"GroupIdList\":[\"" + id + "\"]}");
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        return reply.path("GroupInfo").get(0);
    }

    private String role(String id, String user) {
        return pro.call(GROUP + "get_role_in_group", body(id, "\"User_Account\":[\"" + user + "\"]"))
                .path("UserIdList")
                .get(0)
                .path("Role")
                .asText();
    }

    private String memberField(String id, String user, String field) {
        for (JsonNode member :
                pro.call(GROUP + "get_group_member_info", body(id, "")).path("MemberList")) {
            if (member.path("Member_Account").asText().equals(user)) {
                return member.path(field).asText();
            }
        }
        throw new AssertionError(user + " is not a member of " + id);
    }

    private List<String> muted(String id) {
        List<String> users = new ArrayList<>();
        pro.call(GROUP + "get_group_muted_account", body(id, ""))
                .path("MutedAccountList")
                .forEach(m -> users.add(m.path("Member_Account").asText()));
        return users;
    }

    private List<String> joined(String user) {
        List<String> groups = new ArrayList<>();
        pro.call(GROUP + "get_joined_group_list", "{\"Member_Account\":\"" + user + "\"}")
                .path("GroupIdList")
                .forEach(g -> groups.add(g.path("GroupId").asText()));
        return groups;
    }

    private int online(String id) {
        JsonNode reply = pro.call(GROUP + "get_online_member_num", body(id, ""));
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        return reply.path("OnlineMemberNum").asInt();
    }

    private static List<String> results(JsonNode reply) {
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        List<String> results = new ArrayList<>();
        reply.path("MemberList")
                .forEach(m -> results.add(m.path("Member_Account").asText() + "="
                        + m.path("Result").asInt()));
        return results;
    }

    private static String body(String id, String more) {
        return "{\"GroupId\":\"" + id + "\"" + (more.isEmpty() ? "" : "," + more) + "}";
    }

    private static String members(String id, String from, String... users) {
        StringBuilder list = new StringBuilder();
        for (String user : users) {
            list.append(list.length() == 0 ? "" : ",")
                    .append("{\"Member_Account\":\"")
                    .append(user)
                    .append("\"}");
        }
        return body(id, (from == null ? "" : "\"From_Account\":\"" + from + "\",") + "\"MemberList\":[" + list + "]");
    }

    private static String memberInfo(String id, String user, String from, String fields) {
        return body(
                id,
                "\"Member_Account\":\"" + user + "\"," + (from == null ? "" : "\"From_Account\":\"" + from + "\",")
                        + fields);
    }

    private static String mute(String id, long seconds, String... users) {
        return body(id, "\"Members_Account\":[\"" + String.join("\",\"", users) + "\"],\"MuteTime\":" + seconds);
    }

    private static String kick(String id, String from, String... users) {
        return body(
                id,
                (from == null ? "" : "\"From_Account\":\"" + from + "\",") + "\"MemberToDel_Account\":[\""
                        + String.join("\",\"", users) + "\"]");
    }

    private static String decision(String id, String applicant, String result, String handler) {
        return body(
                id,
                "\"Applicant_Account\":\"" + applicant + "\",\"HandleResult\":\"" + result + "\""
                        + (handler == null ? "" : ",\"Handler_Account\":\"" + handler + "\""));
    }

    private static String lastGroupCount(String appId) {
        String last = "";
        for (ConsumerRecord<String, String> record : TopicReader.readAll("im.billing.usage")) {
            if (appId.equals(record.key()) && record.value().contains("group-count-measured")) {
                last = record.value();
            }
        }
        return last;
    }
}
