package dev.parley.model.group.events;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * destroy_group: the group and its member list are gone; the id may be used again. Key: appId:groupId, sequence =
 * the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param type group type as created
 * @param members members at destruction (for live rooms: the users present)
 */
public record GroupDestroyed(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String type,
        @NotNull List<String> members) implements GroupEvent {}
