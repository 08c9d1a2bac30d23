package dev.parley.model.account.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Emitted by auth when an account is deleted (trial apps only); the UserID may be imported again. Key:
 * appId:userId. Consumers: auth, later every service holding user data. Since v1.
 *
 * @param appId SDKAppID
 * @param userId UserID
 */
public record AccountDeleted(
        @NotBlank String appId, @NotBlank @Size(max = 32) String userId) implements AccountEvent {}
