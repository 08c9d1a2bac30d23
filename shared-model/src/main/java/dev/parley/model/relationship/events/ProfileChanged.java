package dev.parley.model.relationship.events;

import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * portrait_set (or an account import's Nick/FaceUrl) changed userId's profile: tag to JSON-encoded value (a string
 * in quotes or a number); "" is never stored. Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId the user
 * @param changes Tag_Profile_* to JSON-encoded value
 * @param changedAt epoch seconds
 */
public record ProfileChanged(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotNull Map<String, String> changes,
        long changedAt) implements RelationshipEvent {}
