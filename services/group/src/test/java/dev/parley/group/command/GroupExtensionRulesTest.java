package dev.parley.group.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dev.parley.group.domain.MemberState;
import dev.parley.group.domain.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure rules of the live-room paging, the owner's successor and the group attribute limits. */
class GroupExtensionRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagesLiveMembersByEntryTimeWithoutSplittingASecond() {
        Map<String, Long> presence = new LinkedHashMap<>();
        presence.put("e", 3L);
        presence.put("a", 1L);
        presence.put("c", 2L);
        presence.put("b", 2L);
        presence.put("d", 2L);

        GetLiveMembersCommand.Page first = GetLiveMembersCommand.page(presence, 0, 3);
        assertThat(first.members()).extracting(Map.Entry::getKey).containsExactly("a");
        assertThat(first.nextTimestamp()).isEqualTo(1);

        GetLiveMembersCommand.Page second = GetLiveMembersCommand.page(presence, 1, 3);
        assertThat(second.members()).extracting(Map.Entry::getKey).containsExactly("b", "c", "d");
        assertThat(second.nextTimestamp()).isEqualTo(2);

        GetLiveMembersCommand.Page last = GetLiveMembersCommand.page(presence, 2, 3);
        assertThat(last.members()).extracting(Map.Entry::getKey).containsExactly("e");
        assertThat(last.nextTimestamp()).isZero();
    }

    @Test
    void aSecondLargerThanAPageStaysOnOnePage() {
        Map<String, Long> presence = Map.of("a", 5L, "b", 5L, "c", 5L, "d", 6L);
        GetLiveMembersCommand.Page page = GetLiveMembersCommand.page(presence, 0, 2);
        assertThat(page.members()).extracting(Map.Entry::getKey).containsExactly("a", "b", "c");
        assertThat(page.nextTimestamp()).isEqualTo(5);
        assertThat(GetLiveMembersCommand.page(presence, 5, 2).members())
                .extracting(Map.Entry::getKey)
                .containsExactly("d");
    }

    @Test
    void anExactPageIsTheLast() {
        GetLiveMembersCommand.Page page = GetLiveMembersCommand.page(Map.of("a", 1L, "b", 2L), 0, 2);
        assertThat(page.members()).hasSize(2);
        assertThat(page.nextTimestamp()).isZero();
    }

    @Test
    void theEarliestRemainingMemberInheritsTheGroup() {
        List<MemberState> members =
                List.of(member("owner", Role.OWNER, 1), member("zed", Role.MEMBER, 5), member("amy", Role.ADMIN, 5));
        assertThat(QuitGroupCommand.successor(members, "owner"))
                .map(MemberState::userId)
                .contains("amy");
        assertThat(QuitGroupCommand.successor(List.of(member("owner", Role.OWNER, 1)), "owner"))
                .isEmpty();
    }

    @Test
    void parsesLowerCaseAttributesLastValueWins() throws Exception {
        JsonNode body = JSON.readTree("{\"GroupAttr\":[{\"key\":\"k\",\"value\":\"1\"},{\"key\":\"k\",\"value\":\"2\"},"
                + "{\"key\":\"j\",\"value\":\"\"}]}");
        assertThat(GroupAttrCommand.parse(body, true)).containsExactly(Map.entry("k", "2"), Map.entry("j", ""));
        assertThat(GroupAttrCommand.parse(JSON.readTree("{\"GroupAttr\":[]}"), false))
                .isEmpty();
    }

    @Test
    void rejectsMalformedAttributes() {
        for (String body : List.of(
                "{}",
                "{\"GroupAttr\":{}}",
                "{\"GroupAttr\":[]}",
                "{\"GroupAttr\":[{\"Key\":\"k\",\"Value\":\"v\"}]}",
                "{\"GroupAttr\":[{\"key\":\"\",\"value\":\"v\"}]}",
                "{\"GroupAttr\":[{\"key\":\"k\",\"value\":1}]}",
                "{\"GroupAttr\":[\"k\"]}",
                "{\"GroupAttr\":[{\"key\":\"" + "x".repeat(33) + "\",\"value\":\"v\"}]}",
                "{\"GroupAttr\":[{\"key\":\"k\",\"value\":\"" + "x".repeat(4097) + "\"}]}")) {
            assertThatThrownBy(() -> GroupAttrCommand.parse(JSON.readTree(body), true))
                    .as(body)
                    .isInstanceOf(BadRequest.class);
        }
    }

    @Test
    void limitsKeysAndTotalSize() {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < 16; i++) {
            attrs.put("k" + i, "");
        }
        assertThat(GroupAttrCommand.overLimit(attrs)).isEmpty();
        attrs.put("k16", "");
        assertThat(GroupAttrCommand.overLimit(attrs)).isPresent();

        Map<String, String> big = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            big.put("k" + i, "x".repeat(4094));
        }
        assertThat(GroupAttrCommand.overLimit(big)).isEmpty(); // 4 * (2 + 4094) = 16384
        big.put("k4", "");
        assertThat(GroupAttrCommand.overLimit(big)).isPresent();
    }

    private static MemberState member(String id, Role role, long joinTime) {
        return new MemberState(id, role, joinTime, "AcceptAndNotify", "", 0, Map.of(), 0);
    }
}
