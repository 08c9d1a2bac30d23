package dev.parley.model.group.events;

import jakarta.validation.constraints.NotBlank;

/**
 * The owner, an admin or an App admin approved or rejected a pending request. An approval is followed by
 * MemberJoined. Key: appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param applicant the applicant
 * @param approved true when approved
 * @param handler who decided
 * @param reason the decision text, may be empty
 * @param decidedAt epoch seconds
 */
public record JoinRequestDecided(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String applicant,
        boolean approved,
        @NotBlank String handler,
        String reason,
        long decidedAt)
        implements GroupEvent {}
