package dev.parley.model.group.events;

import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * modify_group_base_info changed the group profile. Null fields are unchanged; an AppDefinedData value of ""
 * deletes the key. Key: appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param name new name or null
 * @param introduction new introduction or null
 * @param notification new notification or null
 * @param faceUrl new avatar URL or null
 * @param maxMemberNum new member cap or null
 * @param applyJoinOption new apply option or null
 * @param inviteJoinOption new invite option or null
 * @param historyBeforeJoin new pre-join history switch or null
 * @param appDefinedData changed custom fields; "" deletes
 * @param infoSeq the group's InfoSeq after this change
 * @param changedAt epoch seconds
 */
public record GroupInfoChanged(
        @NotBlank String appId,
        @NotBlank String groupId,
        String name,
        String introduction,
        String notification,
        String faceUrl,
        Integer maxMemberNum,
        String applyJoinOption,
        String inviteJoinOption,
        Boolean historyBeforeJoin,
        @NotNull Map<String, String> appDefinedData,
        long infoSeq,
        long changedAt)
        implements GroupEvent {}
