package dev.parley.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /console/v1/apps/{sdkAppId}/usersig}, the console's UserSig tool (for testing; production
 * backends sign with their own copy of the key).
 *
 * @param identifier the UserID to sign for
 * @param expireSeconds validity; 180 days when absent
 */
public record UserSigRequest(
        @NotBlank @Size(max = 32) String identifier,
        @Positive Long expireSeconds) {}
