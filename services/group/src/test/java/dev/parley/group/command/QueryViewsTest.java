package dev.parley.group.command;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;
import dev.parley.model.group.GroupType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The member and group info objects with and without response filters. */
class QueryViewsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = 1_700_000_000L;

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static MemberState member(long muteUntil) {
        return new MemberState(
                "bob", Role.ADMIN, 100, "AcceptAndNotify", "Bobby", muteUntil, Map.of("k1", "v1", "k2", "v2"), 3);
    }

    private static GroupState group() {
        return new GroupState(
                "1400000000",
                "g1",
                "Work",
                GroupType.PRIVATE,
                "Name",
                "Intro",
                "Notice",
                "",
                "alice",
                10,
                2,
                20,
                200,
                "DisableApply",
                "FreeAccess",
                true,
                false,
                false,
                Map.of("gk", "gv"),
                2,
                5);
    }

    @Test
    void memberWithoutFilterHasEveryField() {
        ObjectNode node = MemberView.of(null).render(member(NOW - 1), NOW);
        assertThat(node.path("Member_Account").asText()).isEqualTo("bob");
        assertThat(node.path("Role").asText()).isEqualTo("Admin");
        assertThat(node.path("MuteUntil").asLong()).isZero();
        assertThat(node.path("AppMemberDefinedData")).hasSize(2);
        assertThat(node.has("ShutUpUntil")).isFalse();
        assertThat(node.size()).isEqualTo(9);
    }

    @Test
    void memberFilterLimitsFieldsAndKeys() throws Exception {
        MemberView view = MemberView.of(json(
                "{\"MemberInfoFilter\":[\"Role\",\"ShutUpUntil\"],\"AppDefinedDataFilter_GroupMember\":[\"k2\"]}"));
        ObjectNode node = view.render(member(GroupRules.MUTE_FOREVER), NOW);
        assertThat(node.fieldNames())
                .toIterable()
                .containsExactly("Member_Account", "Role", "ShutUpUntil", "AppMemberDefinedData");
        assertThat(node.path("ShutUpUntil").asLong()).isEqualTo(GroupRules.MUTE_FOREVER);
        assertThat(node.path("AppMemberDefinedData").get(0).path("Key").asText())
                .isEqualTo("k2");
    }

    @Test
    void groupBaseFilterKeepsGroupIdAndAskedFields() throws Exception {
        ObjectNode node = GroupInfoView.of(json("{\"GroupBaseInfoFilter\":[\"Type\",\"MuteAllMember\"]}"))
                .render(group());
        assertThat(node.fieldNames()).toIterable().containsExactly("GroupId", "Type", "MuteAllMember");
        assertThat(node.path("Type").asText()).isEqualTo("Work");
        assertThat(node.path("MuteAllMember").asText()).isEqualTo("On");
    }

    @Test
    void groupWithoutFilterHasCustomData() {
        ObjectNode node = GroupInfoView.of(null).render(group());
        assertThat(node.path("NextMsgSeq").asLong()).isEqualTo(1);
        assertThat(node.path("AppDefinedData").get(0).path("Value").asText()).isEqualTo("gv");
    }

    @Test
    void malformedFiltersAreBadRequests() throws Exception {
        assertThatThrownBy(() -> MemberView.of(json("{\"MemberInfoFilter\":\"Role\"}")))
                .isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> MemberView.roles(json("{\"MemberRoleFilter\":[\"Boss\"]}")))
                .isInstanceOf(BadRequest.class);
        assertThat(MemberView.roles(json("{\"MemberRoleFilter\":[\"Owner\"]}"))).containsExactly(Role.OWNER);
    }
}
