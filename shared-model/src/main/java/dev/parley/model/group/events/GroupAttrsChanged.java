package dev.parley.model.group.events;

import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Group attributes (GroupAttr) changed: Modify adds or overwrites the given keys, Set replaces all, Clear removes
 * all. Key: appId:groupId, sequence = the group's version. Since v1.
 *
 * @param appId SDKAppID
 * @param groupId GroupId
 * @param mode Modify, Set or Clear
 * @param attrs the given keys and values (empty for Clear)
 */
public record GroupAttrsChanged(
        @NotBlank String appId,
        @NotBlank String groupId,
        @NotBlank String mode,
        @NotNull Map<String, String> attrs) implements GroupEvent {}
