package dev.parley.model.relationship.events;

import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * portrait_set changed userId's profile (an account import's Nick/FaceUrl are applied from im.account.events and are not republished here): tag to JSON-encoded value (a string
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
