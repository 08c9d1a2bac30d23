package dev.parley.relationship.command;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppInfo;
import dev.parley.relationship.domain.Friend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SNS tag rules and rendering of {@link SnsTags}, as pure functions. */
class SnsTagsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Family SNS = Family.SNS;

    private static JsonNode json(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static AppInfo app(List<String> friendKeys) {
        AppSettings defaults = AppSettings.defaults(Edition.PRO);
        AppSettings settings = new AppSettings(
                defaults.historyRetentionDays(),
                defaults.friendCheckOnSend(),
                defaults.blacklistShowSuccess(),
                defaults.restRateLimitPerSecond(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                friendKeys);
        return new AppInfo("1400000000", "test", Edition.PRO, Region.SINGAPORE, Instant.EPOCH, List.of(), settings);
    }

    private static void assertBad(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        BadRequest.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SNS_INVALID_PARAMETER));
    }

    @Test
    void addSourceIsPrefixAndOneToEightLetters() {
        assertThat(SnsTags.addSource(SNS, json("{\"AddSource\":\"AddSource_Type_Android\"}"), "AddSource"))
                .isEqualTo("AddSource_Type_Android");
        assertThat(SnsTags.addSource(SNS, json("{\"AddSource\":\"AddSource_Type_A\"}"), "AddSource"))
                .isEqualTo("AddSource_Type_A");
        assertBad(() -> SnsTags.addSource(SNS, json("{}"), "AddSource"));
        assertBad(() -> SnsTags.addSource(SNS, json("{\"AddSource\":\"AddSource_Type_\"}"), "AddSource"));
        assertBad(() -> SnsTags.addSource(SNS, json("{\"AddSource\":\"AddSource_Type_ABCDEFGHI\"}"), "AddSource"));
        assertBad(() -> SnsTags.addSource(SNS, json("{\"AddSource\":\"AddSource_Type_Web1\"}"), "AddSource"));
        assertBad(() -> SnsTags.addSource(SNS, json("{\"AddSource\":\"Web\"}"), "AddSource"));
        assertBad(() -> SnsTags.addSource(SNS, json("{\"AddSource\":7}"), "AddSource"));
    }

    @Test
    void remarkAndWordingLimits() {
        assertThat(SnsTags.remark(SNS, json("{}"), "Remark")).isEmpty();
        assertThat(SnsTags.remark(SNS, json("{\"Remark\":\"" + "r".repeat(96) + "\"}"), "Remark"))
                .hasSize(96);
        assertBad(() -> SnsTags.remark(SNS, json("{\"Remark\":\"" + "r".repeat(97) + "\"}"), "Remark"));
        assertBad(() -> SnsTags.wording(SNS, json("{\"AddWording\":\"" + "w".repeat(257) + "\"}"), "AddWording"));
    }

    @Test
    void listNames() {
        assertThat(SnsTags.optionalListName(SNS, json("{}"), "GroupName")).isNull();
        assertThat(SnsTags.optionalListName(SNS, json("{\"GroupName\":\"\"}"), "GroupName"))
                .isNull();
        assertThat(SnsTags.optionalListName(SNS, json("{\"GroupName\":\"同学\"}"), "GroupName"))
                .isEqualTo("同学");
        assertBad(() -> SnsTags.optionalListName(SNS, json("{\"GroupName\":\"" + "g".repeat(31) + "\"}"), "GroupName"));
        assertBad(() -> SnsTags.optionalListName(SNS, json("{\"GroupName\":[\"a\"]}"), "GroupName"));
        assertThat(SnsTags.listNames(SNS, json("[\"a\",\"b\",\"a\"]"), "GroupName"))
                .containsExactly("a", "b");
        assertThat(SnsTags.listNames(SNS, json("\"a\""), "GroupName")).containsExactly("a");
        assertThat(SnsTags.listNames(SNS, null, "GroupName")).isEmpty();
        assertBad(() -> SnsTags.listNames(SNS, json("[\"\"]"), "GroupName"));
        assertBad(() -> SnsTags.listNames(SNS, json("[1]"), "GroupName"));
        ArrayNode many = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 33; i++) {
            many.add("list" + i);
        }
        assertBad(() -> SnsTags.listNames(SNS, many, "GroupName"));
    }

    @Test
    void customTagsMustBeDeclared() {
        AppInfo app = app(List.of("Test"));
        assertThat(SnsTags.isDeclaredCustom(app, "Tag_SNS_Custom_Test")).isTrue();
        assertThat(SnsTags.isDeclaredCustom(app, "Tag_SNS_Custom_Other")).isFalse();
        assertThat(SnsTags.isDeclaredCustom(app(null), "Tag_SNS_Custom_Test")).isFalse();
        assertThat(SnsTags.isReadable(app, "Tag_SNS_IM_Remark")).isTrue();
        assertThat(SnsTags.isReadable(app, "Tag_SNS_IM_Other")).isFalse();
        assertThat(SnsTags.customItems(
                        SNS,
                        app,
                        json("{\"CustomItem\":[{\"Tag\":\"Tag_SNS_Custom_Test\",\"Value\":\"x\"}]}"),
                        "CustomItem"))
                .isEqualTo(Map.of("Tag_SNS_Custom_Test", "x"));
        assertBad(() -> SnsTags.customItems(
                SNS, app, json("{\"CustomItem\":[{\"Tag\":\"Tag_SNS_Custom_Nope\",\"Value\":\"x\"}]}"), "CustomItem"));
        assertBad(() -> SnsTags.customItems(
                SNS, app, json("{\"CustomItem\":[{\"Tag\":\"Tag_SNS_Custom_Test\",\"Value\":1}]}"), "CustomItem"));
        assertBad(() -> SnsTags.customItems(
                SNS,
                app,
                json("{\"CustomItem\":[{\"Tag\":\"Tag_SNS_Custom_Test\",\"Value\":\"" + "v".repeat(257) + "\"}]}"),
                "CustomItem"));
        assertBad(() -> SnsTags.customItems(SNS, app, json("{\"CustomItem\":{}}"), "CustomItem"));
    }

    @Test
    void rendersFriendLeavingOutEmptyValues() {
        Friend full = new Friend(
                "bob",
                "Bobby",
                List.of("work"),
                "AddSource_Type_Web",
                "hi",
                1_700_000_000L,
                1_700_000_001L,
                Map.of("Tag_SNS_Custom_Test", "x"));
        ArrayNode items = SnsTags.render(full, JsonNodeFactory.instance.arrayNode());
        assertThat(items.toString())
                .isEqualTo("[{\"Tag\":\"Tag_SNS_IM_Group\",\"Value\":[\"work\"]},"
                        + "{\"Tag\":\"Tag_SNS_IM_Remark\",\"Value\":\"Bobby\"},"
                        + "{\"Tag\":\"Tag_SNS_IM_AddSource\",\"Value\":\"AddSource_Type_Web\"},"
                        + "{\"Tag\":\"Tag_SNS_IM_AddWording\",\"Value\":\"hi\"},"
                        + "{\"Tag\":\"Tag_SNS_IM_AddTime\",\"Value\":1700000000},"
                        + "{\"Tag\":\"Tag_SNS_Custom_Test\",\"Value\":\"x\"}]");
        Friend bare = new Friend("bob", "", List.of(), "AddSource_Type_Web", "", 5L, 0L, Map.of());
        assertThat(SnsTags.render(bare, JsonNodeFactory.instance.arrayNode()).toString())
                .isEqualTo("[{\"Tag\":\"Tag_SNS_IM_AddSource\",\"Value\":\"AddSource_Type_Web\"},"
                        + "{\"Tag\":\"Tag_SNS_IM_AddTime\",\"Value\":5}]");
        assertThat(SnsTags.value(full, SnsTags.REMARK_TIME).asLong()).isEqualTo(1_700_000_001L);
        assertThat(SnsTags.value(bare, SnsTags.REMARK_TIME)).isNull();
    }
}
