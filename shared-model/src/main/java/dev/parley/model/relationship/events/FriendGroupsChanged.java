package dev.parley.model.relationship.events;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * userId's friend lists (group_add, group_delete) changed; sequence is the user's new friend-list sequence
 * (CurrentSequence). Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId owner of the lists
 * @param added lists created
 * @param deleted lists deleted
 * @param sequence CurrentSequence after the change
 */
public record FriendGroupsChanged(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotNull List<String> added,
        @NotNull List<String> deleted,
        long sequence)
        implements RelationshipEvent {}
