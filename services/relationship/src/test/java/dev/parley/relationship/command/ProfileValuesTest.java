package dev.parley.relationship.command;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import dev.parley.model.error.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The profile tag and value rules of {@link ProfileValues}, as pure functions. */
class ProfileValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CUSTOM = List.of("Test", "Score");

    private static JsonNode json(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ErrorCode check(String tag, String literal) {
        return ProfileValues.check(tag, literal == null ? null : json(literal), CUSTOM);
    }

    @Test
    void acceptsStandardValues() {
        assertThat(check("Tag_Profile_IM_Nick", "\"Bob\"")).isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_IM_Nick", "\"\"")).isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_IM_Gender", "\"Gender_Type_Female\"")).isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_IM_AllowType", "\"AllowType_Type_DenyAny\""))
                .isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_IM_BirthDay", "19800101")).isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_IM_Level", "0")).isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_IM_Role", "4294967295")).isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_IM_Location", "\"" + "a".repeat(16) + "\""))
                .isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_IM_SelfSignature", "\"" + "a".repeat(500) + "\""))
                .isEqualTo(ErrorCode.SUCCESS);
    }

    @Test
    void refusesWrongTypes() {
        assertThat(check("Tag_Profile_IM_Nick", "12")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_IM_Nick", "true")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_IM_BirthDay", "\"19800101\"")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_IM_BirthDay", "-1")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_IM_BirthDay", "4294967296")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_IM_BirthDay", "1.5")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_IM_Level", "99999999999999999999999"))
                .isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_IM_Level", "{}")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
    }

    @Test
    void refusesValuesOutsideTheAllowedSet() {
        assertThat(check("Tag_Profile_IM_Gender", "\"Gender_Type_Other\"")).isEqualTo(ErrorCode.PROFILE_VALUE_INVALID);
        assertThat(check("Tag_Profile_IM_AllowType", "\"\"")).isEqualTo(ErrorCode.PROFILE_VALUE_INVALID);
        assertThat(check("Tag_Profile_IM_AdminForbidType", "\"x\"")).isEqualTo(ErrorCode.PROFILE_VALUE_INVALID);
    }

    @Test
    void refusesTooLongValues() {
        assertThat(check("Tag_Profile_IM_Nick", "\"" + "a".repeat(501) + "\""))
                .isEqualTo(ErrorCode.PROFILE_VALUE_TOO_LONG);
        // 167 three-byte characters = 501 bytes
        assertThat(check("Tag_Profile_IM_Image", "\"" + "\u4e2d".repeat(167) + "\""))
                .isEqualTo(ErrorCode.PROFILE_VALUE_TOO_LONG);
        assertThat(check("Tag_Profile_IM_Location", "\"" + "a".repeat(17) + "\""))
                .isEqualTo(ErrorCode.PROFILE_VALUE_TOO_LONG);
        assertThat(check("Tag_Profile_Custom_Test", "\"" + "a".repeat(501) + "\""))
                .isEqualTo(ErrorCode.PROFILE_VALUE_TOO_LONG);
    }

    @Test
    void customTagsMustBeDeclaredAndHoldStringsOrUints() {
        assertThat(check("Tag_Profile_Custom_Test", "\"x\"")).isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_Custom_Score", "42")).isEqualTo(ErrorCode.SUCCESS);
        assertThat(check("Tag_Profile_Custom_Score", "-42")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_Custom_Score", "[1]")).isEqualTo(ErrorCode.PROFILE_VALUE_TYPE_MISMATCH);
        assertThat(check("Tag_Profile_Custom_Other", "\"x\"")).isEqualTo(ErrorCode.PROFILE_TAG_NOT_FOUND);
        assertThat(check("Tag_Profile_Custom_test", "\"x\"")).isEqualTo(ErrorCode.PROFILE_TAG_NOT_FOUND);
        assertThat(check("Tag_Profile_Custom_", "\"x\"")).isEqualTo(ErrorCode.PROFILE_TAG_NOT_FOUND);
    }

    @Test
    void refusesUnknownTagsAndMissingValues() {
        assertThat(check("Tag_Profile_IM_Unknown", "\"x\"")).isEqualTo(ErrorCode.PROFILE_TAG_NOT_FOUND);
        assertThat(check("Tag_SNS_IM_Remark", "\"x\"")).isEqualTo(ErrorCode.PROFILE_TAG_NOT_FOUND);
        assertThat(ProfileValues.check(null, json("\"x\""), CUSTOM)).isEqualTo(ErrorCode.PROFILE_TAG_NOT_FOUND);
        assertThat(check("Tag_Profile_IM_Nick", null)).isEqualTo(ErrorCode.PROFILE_INVALID_PARAMETER);
        assertThat(check("Tag_Profile_IM_Nick", "null")).isEqualTo(ErrorCode.PROFILE_INVALID_PARAMETER);
    }

    @Test
    void changesEncodeValuesAndLastItemWins() {
        List<JsonNode> items = List.of(
                json("{\"Tag\":\"Tag_Profile_IM_Nick\",\"Value\":\"Al\"}"),
                json("{\"Tag\":\"Tag_Profile_IM_Level\",\"Value\":7}"),
                json("{\"Tag\":\"Tag_Profile_IM_Nick\",\"Value\":\"Bob\"}"));
        Map<String, String> changes = ProfileValues.changes(items, CUSTOM, false);
        assertThat(changes)
                .containsExactly(Map.entry("Tag_Profile_IM_Level", "7"), Map.entry("Tag_Profile_IM_Nick", "\"Bob\""));
    }

    @Test
    void changesRefuseBadItemsWithoutEchoingValues() {
        assertThatThrownBy(() -> ProfileValues.changes(
                        List.of(json("{\"Tag\":\"Tag_Profile_IM_Gender\",\"Value\":\"secret\"}")), CUSTOM, true))
                .isInstanceOfSatisfying(BadRequest.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROFILE_VALUE_INVALID);
                    assertThat(e.getMessage()).doesNotContain("secret").contains("ProfileItem[0]");
                });
        assertThatThrownBy(() -> ProfileValues.changes(List.of(json("\"x\"")), CUSTOM, true))
                .isInstanceOfSatisfying(
                        BadRequest.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE_INVALID_PARAMETER));
        assertThatThrownBy(() -> ProfileValues.changes(
                        List.of(json(
                                "{\"Tag\":\"Tag_Profile_IM_AdminForbidType\",\"Value\":\"AdminForbid_Type_None\"}")),
                        CUSTOM,
                        false))
                .isInstanceOfSatisfying(
                        BadRequest.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE_NO_WRITE_PERMISSION));
        assertThat(ProfileValues.changes(
                        List.of(json(
                                "{\"Tag\":\"Tag_Profile_IM_AdminForbidType\",\"Value\":\"AdminForbid_Type_None\"}")),
                        CUSTOM,
                        true))
                .containsEntry("Tag_Profile_IM_AdminForbidType", "\"AdminForbid_Type_None\"");
    }

    @Test
    void renderReturnsSetAndDefaultedValuesOfKnownTags() {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        Map<String, String> profile = Map.of(
                "Tag_Profile_IM_Nick", "\"Bob\"",
                "Tag_Profile_IM_Level", "7",
                "Tag_Profile_IM_SelfSignature", "\"\"",
                "Tag_Profile_Custom_Gone", "\"x\"",
                "Tag_Profile_IM_Image", "not json");
        ProfileValues.render(
                out,
                profile,
                List.of(
                        "Tag_Profile_IM_Nick",
                        "Tag_Profile_IM_Level",
                        "Tag_Profile_IM_SelfSignature",
                        "Tag_Profile_IM_AllowType",
                        "Tag_Profile_IM_Gender",
                        "Tag_Profile_Custom_Gone",
                        "Tag_Profile_IM_Image",
                        "Tag_Profile_IM_Nope"),
                CUSTOM);
        assertThat(out.toString())
                .isEqualTo("[{\"Tag\":\"Tag_Profile_IM_Nick\",\"Value\":\"Bob\"},"
                        + "{\"Tag\":\"Tag_Profile_IM_Level\",\"Value\":7},"
                        + "{\"Tag\":\"Tag_Profile_IM_AllowType\",\"Value\":\"AllowType_Type_NeedConfirm\"}]");
    }

    @Test
    void blacklistRelations() {
        assertThat(BlacklistRelation.bothWays("BlackCheckResult_Type_Both")).isTrue();
        assertThat(BlacklistRelation.bothWays("BlackCheckResult_Type_Single")).isFalse();
        assertThat(BlacklistRelation.bothWays("x")).isNull();
        assertThat(BlacklistRelation.bothWays(null)).isNull();
        assertThat(BlacklistRelation.of(false, true, true)).isEqualTo(BlacklistRelation.A_WITH_B);
        assertThat(BlacklistRelation.of(false, false, true)).isEqualTo(BlacklistRelation.NO);
        assertThat(BlacklistRelation.of(true, true, true)).isEqualTo(BlacklistRelation.BOTH_WAY);
        assertThat(BlacklistRelation.of(true, false, true)).isEqualTo(BlacklistRelation.B_WITH_A);
        assertThat(BlacklistRelation.of(true, true, false)).isEqualTo(BlacklistRelation.A_WITH_B);
        assertThat(BlacklistRelation.of(true, false, false)).isEqualTo(BlacklistRelation.NO);
    }
}
