package dev.parley.model.session.events;

import java.time.Instant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Emitted by auth on {@code kick}: every login state of the user issued up to {@code kickedAt} is invalid, so
 * UserSigs generated at or before that second fail with 70052 and live connections are closed. Key: appId:userId.
 * Consumers: gateway. Since v1.
 *
 * @param appId SDKAppID
 * @param userId UserID
 * @param kickedAt when the kick was decided
 */
public record UserKicked(
        @NotBlank String appId,
        @NotBlank @Size(max = 32) String userId,
        @NotNull Instant kickedAt) implements SessionEvent {}
