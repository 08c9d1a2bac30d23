package dev.parley.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Friends, friend requests, friend lists, the blacklist and profiles through the gateway on the real Kafka and
 * Cassandra: Tencent's answers and codes (the seed FAQ's 30001 cases, AllowType, per-item results), the
 * {@code From_Account} admin rule, and the events the message service will check sends against.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipRestIT {
    private static final String SNS = "sns/";
    private static final String PROFILE = "profile/";
    private static final String PARLEY = "parley_sns_svc/";
    private static final String SOURCE = "\"AddSource\":\"AddSource_Type_Web\"";

    private TencentStack stack;
    private TencentStack.App app;

    @BeforeAll
    void start() {
        stack = new TencentStack(Map.of("relationship-service", "services/relationship"), Map.of());
        app = stack.register(
                "pro",
                "{\"historyRetentionDays\":7,\"friendCheckOnSend\":false,\"blacklistShowSuccess\":true,"
                        + "\"restRateLimitPerSecond\":1000,\"groupAppDefinedKeys\":[],\"memberAppDefinedKeys\":[],"
                        + "\"callback\":null,\"profileCustomKeys\":[\"Hobby\"],\"friendCustomKeys\":[\"Tier\"]}");
        app.importAccounts("ann", "ben", "cat", "dan", "eve", "fay", "gus", "hal");
        setProfile("cat", "Tag_Profile_IM_AllowType", "\"AllowType_Type_AllowAny\"");
        setProfile("dan", "Tag_Profile_IM_AllowType", "\"AllowType_Type_DenyAny\"");
        setProfile("eve", "Tag_Profile_IM_AllowType", "\"AllowType_Type_AllowAny\"");
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void should_add_friends_according_to_each_allow_type_with_per_item_results() {
        JsonNode added = app.call(
                SNS + "friend_add",
                "{\"From_Account\":\"ann\",\"AddFriendItem\":[" + item("cat") + "," + item("ben") + "," + item("dan")
                        + "," + item("nobody") + "]}");
        assertThat(added.path("ErrorCode").asInt()).as(added.toString()).isZero();
        assertThat(codes(added, "ResultItem")).containsExactly("cat=0", "ben=30539", "dan=30516", "nobody=30003");
        assertThat(added.path("Fail_Account").toString())
                .contains("ben", "dan", "nobody")
                .doesNotContain("cat");
        assertThat(relation("ann", "cat")).isEqualTo("CheckResult_Type_BothWay");
        assertThat(relation("ann", "ben")).isEqualTo("CheckResult_Type_NoRelation");

        // The pending request waits for ben, who agrees and adds back.
        JsonNode pending = app.call(
                PARLEY + "friend_pendency_get", "{\"From_Account\":\"ben\",\"PendencyType\":\"Pendency_Type_ComeIn\"}");
        assertThat(pending.path("PendencyItem").toString()).contains("ann");
        JsonNode answered = app.call(
                PARLEY + "friend_response",
                "{\"From_Account\":\"ben\",\"ResponseFriendItem\":[{\"To_Account\":\"ann\","
                        + "\"ResponseAction\":\"Response_Action_AgreeAndAdd\"}]}");
        assertThat(codes(answered, "ResultItem")).containsExactly("ann=0");
        assertThat(relation("ann", "ben")).isEqualTo("CheckResult_Type_BothWay");
        assertThat(codes(
                        app.call(
                                PARLEY + "friend_response",
                                "{\"From_Account\":\"ben\",\"ResponseFriendItem\":[{\"To_Account\":\"ann\","
                                        + "\"ResponseAction\":\"Response_Action_Agree\"}]}"),
                        "ResultItem"))
                .containsExactly("ann=30614");

        // DenyAny is overridden by ForceAddFlags; a single add is one-way.
        JsonNode forced = app.call(
                SNS + "friend_add",
                "{\"From_Account\":\"ann\",\"ForceAddFlags\":1,\"AddType\":\"Add_Type_Single\",\"AddFriendItem\":["
                        + item("dan") + "]}");
        assertThat(codes(forced, "ResultItem")).containsExactly("dan=0");
        assertThat(relation("ann", "dan")).isEqualTo("CheckResult_Type_AWithB");
        assertThat(relation("dan", "ann")).isEqualTo("CheckResult_Type_BWithA");

        // Seed FAQ 30001 case 2: adding someone already in the list.
        assertThat(codes(
                        app.call(
                                SNS + "friend_add",
                                "{\"From_Account\":\"ann\",\"AddFriendItem\":[" + item("cat") + "]}"),
                        "ResultItem"))
                .containsExactly("cat=30001");
        // A request without AddSource is invalid.
        assertThat(app.code(
                        SNS + "friend_add", "{\"From_Account\":\"ann\",\"AddFriendItem\":[{\"To_Account\":\"eve\"}]}"))
                .isEqualTo(30001);
    }

    @Test
    void should_answer_30001_for_the_seed_faq_cases_on_update_get_and_blacklist() {
        assertThat(codes(
                        app.call(
                                SNS + "friend_add",
                                "{\"From_Account\":\"fay\",\"AddFriendItem\":[" + item("eve") + "]}"),
                        "ResultItem"))
                .containsExactly("eve=0");
        // Case 4: updating a non-friend.
        JsonNode update = app.call(
                SNS + "friend_update",
                "{\"From_Account\":\"fay\",\"UpdateItem\":[{\"To_Account\":\"eve\",\"SnsItem\":[{\"Tag\":"
                        + "\"Tag_SNS_IM_Remark\",\"Value\":\"E\"}]},{\"To_Account\":\"gus\",\"SnsItem\":[{\"Tag\":"
                        + "\"Tag_SNS_IM_Remark\",\"Value\":\"G\"}]}]}");
        assertThat(codes(update, "ResultItem")).containsExactly("eve=0", "gus=30001");
        // Case 5: getting a non-friend's relationship data.
        JsonNode list = app.call(
                SNS + "friend_get_list",
                "{\"From_Account\":\"fay\",\"To_Account\":[\"eve\",\"gus\"],\"TagList\":[\"Tag_SNS_IM_Remark\","
                        + "\"Tag_Profile_IM_AllowType\"]}");
        assertThat(codes(list, "InfoItem")).containsExactly("eve=0", "gus=30001");
        assertThat(list.path("InfoItem").get(0).path("SnsProfileItem").toString())
                .contains("\"E\"")
                .contains("AllowType_Type_AllowAny");
        // Case 3: deleting a non-friend (per-item 31704, Tencent's friend_delete code for it).
        assertThat(codes(
                        app.call(SNS + "friend_delete", "{\"From_Account\":\"fay\",\"To_Account\":[\"gus\"]}"),
                        "ResultItem"))
                .containsExactly("gus=31704");
        // Cases 6 and 7: blacklist add twice, delete twice.
        assertThat(codes(
                        app.call(SNS + "black_list_add", "{\"From_Account\":\"fay\",\"To_Account\":[\"gus\"]}"),
                        "ResultItem"))
                .containsExactly("gus=0");
        assertThat(codes(
                        app.call(SNS + "black_list_add", "{\"From_Account\":\"fay\",\"To_Account\":[\"gus\"]}"),
                        "ResultItem"))
                .containsExactly("gus=30001");
        assertThat(codes(
                        app.call(SNS + "black_list_delete", "{\"From_Account\":\"fay\",\"To_Account\":[\"gus\"]}"),
                        "ResultItem"))
                .containsExactly("gus=0");
        assertThat(codes(
                        app.call(SNS + "black_list_delete", "{\"From_Account\":\"fay\",\"To_Account\":[\"gus\"]}"),
                        "ResultItem"))
                .containsExactly("gus=30001");
        // Case 1: invalid parameters.
        assertThat(app.code(
                        SNS + "friend_check",
                        "{\"From_Account\":\"fay\",\"To_Account\":[\"eve\"],\"CheckType\":\"x\"}"))
                .isEqualTo(30001);
        assertThat(app.code(SNS + "friend_get", "{}")).isEqualTo(30001);
        assertThat(app.code(SNS + "friend_get", "{\"From_Account\":\"nobody\"}"))
                .isEqualTo(30003);
    }

    @Test
    void should_blacklist_both_ways_ending_friendship_and_page_the_list() {
        app.call(
                SNS + "friend_add",
                "{\"From_Account\":\"gus\",\"ForceAddFlags\":1,\"AddFriendItem\":[" + item("hal") + "]}");
        assertThat(relation("gus", "hal")).isEqualTo("CheckResult_Type_BothWay");
        assertThat(app.code(
                        SNS + "black_list_add", "{\"From_Account\":\"gus\",\"To_Account\":[\"hal\",\"ann\",\"ben\"]}"))
                .isZero();
        assertThat(relation("gus", "hal")).isEqualTo("CheckResult_Type_NoRelation");
        JsonNode check = app.call(
                SNS + "black_list_check",
                "{\"From_Account\":\"hal\",\"To_Account\":[\"gus\",\"ann\"],\"CheckType\":\"BlackCheckResult_Type_Both\"}");
        assertThat(relations(check, "BlackListCheckItem"))
                .containsExactly("gus=BlackCheckResult_Type_BWithA", "ann=BlackCheckResult_Type_NO");
        // Blacklisted: the blocked user's friend request is refused.
        assertThat(codes(
                        app.call(
                                SNS + "friend_add",
                                "{\"From_Account\":\"hal\",\"ForceAddFlags\":1,\"AddFriendItem\":[" + item("gus")
                                        + "]}"),
                        "ResultItem"))
                .containsExactly("gus=30525");
        assertThat(codes(
                        app.call(
                                SNS + "friend_add",
                                "{\"From_Account\":\"gus\",\"ForceAddFlags\":1,\"AddFriendItem\":[" + item("hal")
                                        + "]}"),
                        "ResultItem"))
                .containsExactly("hal=30515");
        JsonNode page = app.call(
                SNS + "black_list_get",
                "{\"From_Account\":\"gus\",\"StartIndex\":0,\"MaxLimited\":2,\"LastSequence\":0}");
        assertThat(page.path("BlackListItem").size()).isEqualTo(2);
        assertThat(page.path("StartIndex").asInt()).isEqualTo(2);
        JsonNode rest = app.call(
                SNS + "black_list_get",
                "{\"From_Account\":\"gus\",\"StartIndex\":2,\"MaxLimited\":2,\"LastSequence\":0}");
        assertThat(rest.path("BlackListItem").size()).isEqualTo(1);
        assertThat(rest.path("StartIndex").asInt()).isZero();
        assertThat(rest.has("CurruentSequence")).isTrue();
    }

    @Test
    void should_keep_friend_lists_and_page_friends() {
        app.call(
                SNS + "friend_add",
                "{\"From_Account\":\"hal\",\"ForceAddFlags\":1,\"AddFriendItem\":[" + item("ann") + "," + item("cat")
                        + "]}");
        JsonNode created = app.call(
                SNS + "group_add", "{\"From_Account\":\"hal\",\"GroupName\":[\"Work\"],\"To_Account\":[\"ann\"]}");
        assertThat(created.path("ErrorCode").asInt()).as(created.toString()).isZero();
        JsonNode lists =
                app.call(SNS + "group_get", "{\"From_Account\":\"hal\",\"NeedFriend\":\"Need_Friend_Type_Yes\"}");
        assertThat(lists.path("ResultItem").toString()).contains("\"Work\"").contains("\"ann\"");
        assertThat(lists.path("CurrentSequence").asLong()).isPositive();
        JsonNode friends = app.call(SNS + "friend_get", "{\"From_Account\":\"hal\",\"StartIndex\":0}");
        assertThat(friends.path("FriendNum").asInt()).isEqualTo(2);
        assertThat(friends.path("CompleteFlag").asInt()).isEqualTo(1);
        assertThat(friends.path("UserDataItem").toString())
                .contains("Tag_SNS_IM_Group")
                .contains("Work");
        assertThat(app.code(SNS + "group_delete", "{\"From_Account\":\"hal\",\"GroupName\":[\"Work\"]}"))
                .isZero();
        assertThat(app.call(SNS + "friend_get", "{\"From_Account\":\"hal\",\"StartIndex\":0}")
                        .toString())
                .doesNotContain("\"Work\"");
        assertThat(app.code(
                        SNS + "friend_delete_all", "{\"From_Account\":\"hal\",\"DeleteType\":\"Delete_Type_Both\"}"))
                .isZero();
        assertThat(relation("hal", "ann")).isEqualTo("CheckResult_Type_NoRelation");
    }

    @Test
    void should_import_one_way_friends_and_delete_both_ways() {
        JsonNode imported = app.call(
                SNS + "friend_import",
                "{\"From_Account\":\"ben\",\"AddFriendItem\":[{\"To_Account\":\"dan\",\"Remark\":\"D\","
                        + "\"GroupName\":[\"Old\"],\"AddTime\":1500000000," + SOURCE + ",\"CustomItem\":[{\"Tag\":"
                        + "\"Tag_SNS_Custom_Tier\",\"Value\":\"gold\"}]},{\"To_Account\":\"nobody\"," + SOURCE + "}]}");
        assertThat(codes(imported, "ResultItem")).containsExactly("dan=0", "nobody=30003");
        assertThat(relation("ben", "dan")).isEqualTo("CheckResult_Type_AWithB");
        assertThat(app.call(SNS + "friend_get", "{\"From_Account\":\"ben\",\"StartIndex\":0}")
                        .toString())
                .contains("Tag_SNS_Custom_Tier")
                .contains("1500000000");
        app.call(
                SNS + "friend_add",
                "{\"From_Account\":\"dan\",\"ForceAddFlags\":1,\"AddType\":\"Add_Type_Single\"," + "\"AddFriendItem\":["
                        + item("ben") + "]}");
        assertThat(relation("ben", "dan")).isEqualTo("CheckResult_Type_BothWay");
        JsonNode deleted = app.call(
                SNS + "friend_delete",
                "{\"From_Account\":\"ben\",\"To_Account\":[\"dan\"],\"DeleteType\":\"Delete_Type_Both\"}");
        assertThat(codes(deleted, "ResultItem")).containsExactly("dan=0");
        assertThat(relation("ben", "dan")).isEqualTo("CheckResult_Type_NoRelation");
        assertThat(app.call(SNS + "friend_get", "{}").path("ErrorDisplay").isTextual())
                .isTrue();
    }

    @Test
    void should_validate_profile_tags_and_map_account_import_fields() {
        assertThat(setProfile("ann", "Tag_Profile_IM_Nick", "\"Annie\"")).isZero();
        assertThat(setProfile("ann", "Tag_Profile_IM_Gender", "\"Gender_Type_Female\""))
                .isZero();
        assertThat(setProfile("ann", "Tag_Profile_IM_BirthDay", "19900101")).isZero();
        assertThat(setProfile("ann", "Tag_Profile_Custom_Hobby", "\"chess\"")).isZero();
        assertThat(setProfile("ann", "Tag_Profile_IM_Gender", "\"Gender_Type_Robot\""))
                .isEqualTo(40605);
        assertThat(setProfile("ann", "Tag_Profile_IM_Nick", "\"" + "n".repeat(501) + "\""))
                .isEqualTo(40601);
        assertThat(setProfile("ann", "Tag_Profile_IM_BirthDay", "\"soon\"")).isEqualTo(40610);
        assertThat(setProfile("ann", "Tag_Profile_Custom_Secret", "\"x\"")).isEqualTo(40009);
        JsonNode got = app.call(
                PROFILE + "portrait_get",
                "{\"To_Account\":[\"ann\",\"nobody\"],\"TagList\":[\"Tag_Profile_IM_Nick\",\"Tag_Profile_IM_Gender\","
                        + "\"Tag_Profile_IM_BirthDay\",\"Tag_Profile_Custom_Hobby\",\"Tag_Profile_IM_AllowType\"]}");
        assertThat(got.path("ErrorCode").asInt()).as(got.toString()).isZero();
        JsonNode ann = got.path("UserProfileItem").get(0);
        assertThat(ann.path("ProfileItem").toString())
                .contains("{\"Tag\":\"Tag_Profile_IM_Nick\",\"Value\":\"Annie\"}")
                .contains("{\"Tag\":\"Tag_Profile_IM_BirthDay\",\"Value\":19900101}")
                .contains("\"chess\"")
                .contains("AllowType_Type_NeedConfirm");
        assertThat(got.path("UserProfileItem").get(1).path("ResultCode").asInt())
                .isEqualTo(40003);
        // account_import's Nick becomes Tag_Profile_IM_Nick.
        assertThat(app.code("im_open_login_svc/account_import", "{\"UserID\":\"ivy\",\"Nick\":\"Ivy\"}"))
                .isZero();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(app.call(
                                        PROFILE + "portrait_get",
                                        "{\"To_Account\":[\"ivy\"],\"TagList\":[\"Tag_Profile_IM_Nick\"]}")
                                .toString())
                        .contains("\"Ivy\""));
    }

    @Test
    void should_require_an_admin_to_act_for_another_user() throws Exception {
        // Over REST every caller is an App admin (the gateway answers 60010 otherwise), so acting for anyone is
        // allowed; the rule matters for requests made in a user's own name, as the client protocol will make them.
        int port = stack.owners.get("relationship-service").port;
        assertThat(internal(port, "sns/friend_get", "ann", "{\"From_Account\":\"ben\"}")
                        .path("ErrorCode")
                        .asInt())
                .isEqualTo(30004);
        assertThat(internal(port, "sns/friend_get", "ann", "{\"From_Account\":\"ann\"}")
                        .path("ErrorCode")
                        .asInt())
                .isZero();
        assertThat(internal(
                                port,
                                "profile/portrait_set",
                                "ann",
                                "{\"From_Account\":\"ben\",\"ProfileItem\":[{\"Tag\":\"Tag_Profile_IM_Nick\",\"Value\":\"x\"}]}")
                        .path("ErrorCode")
                        .asInt())
                .isEqualTo(40004);
        assertThat(app.code(SNS + "friend_get", "{\"From_Account\":\"ben\"}")).isZero();
    }

    @Test
    void should_publish_per_user_facts_and_notify_only_friends_of_profile_changes() {
        app.call(
                SNS + "friend_add",
                "{\"From_Account\":\"eve\",\"ForceAddFlags\":1,\"AddFriendItem\":[" + item("cat") + "]}");
        assertThat(setProfile("eve", "Tag_Profile_IM_Nick", "\"Eve\"")).isZero();
        app.call(SNS + "black_list_add", "{\"From_Account\":\"cat\",\"To_Account\":[\"dan\"]}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> facts = relationshipFacts(app.id);
            ConsumerRecord<String, String> notified = facts.stream()
                    .filter(r -> r.value().contains("im.profile.change-notified.v1")
                            && r.key().endsWith(":eve"))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(notified.value())
                    .contains("\"recipients\":[")
                    .contains("\"cat\"")
                    .doesNotContain("\"dan\"");
            assertThat(facts.stream()
                            .filter(r -> r.value().contains("im.relationship.blacklist-added.v1"))
                            .map(ConsumerRecord::key))
                    .contains(app.id + ":cat");
        });
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private int setProfile(String user, String tag, String jsonValue) {
        return app.code(
                PROFILE + "portrait_set",
                "{\"From_Account\":\"" + user + "\",\"ProfileItem\":[{\"Tag\":\"" + tag + "\",\"Value\":" + jsonValue
                        + "}]}");
    }

    private static String item(String to) {
        return "{\"To_Account\":\"" + to + "\"," + SOURCE + "}";
    }

    private String relation(String from, String to) {
        JsonNode check = app.call(
                SNS + "friend_check",
                "{\"From_Account\":\"" + from + "\",\"To_Account\":[\"" + to
                        + "\"],\"CheckType\":\"CheckResult_Type_Both\"}");
        assertThat(check.path("ErrorCode").asInt()).as(check.toString()).isZero();
        return check.path("InfoItem").get(0).path("Relation").asText();
    }

    private static List<String> codes(JsonNode reply, String field) {
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        List<String> codes = new ArrayList<>();
        reply.path(field)
                .forEach(i -> codes.add(i.path("To_Account").asText() + "="
                        + i.path("ResultCode").asInt()));
        return codes;
    }

    private static List<String> relations(JsonNode reply, String field) {
        assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        List<String> relations = new ArrayList<>();
        reply.path(field)
                .forEach(i -> relations.add(
                        i.path("To_Account").asText() + "=" + i.path("Relation").asText()));
        return relations;
    }

    private JsonNode internal(int port, String path, String identifier, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/v4/" + path))
                                .header("Content-Type", "application/json")
                                .header("X-Parley-App-Id", app.id)
                                .header("X-Parley-Identifier", identifier)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return TencentStack.JSON.readTree(response.body());
    }

    private static List<ConsumerRecord<String, String>> relationshipFacts(String appId) {
        return TopicReader.readAll("im.relationship.events").stream()
                .filter(r -> r.key() != null && r.key().startsWith(appId + ":"))
                .toList();
    }
}
