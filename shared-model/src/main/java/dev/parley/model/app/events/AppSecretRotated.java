package dev.parley.model.app.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Emitted by auth on topic {@code im.app.credentials} (not {@code im.app.events}) when an app gets its first
 * secret key and whenever the key is reset; UserSigs made with an older key then fail with 70009. Key: appId.
 * Consumers: gateway only. The secret is never logged. Since v1.
 *
 * @param appId SDKAppID
 * @param secretKey the HMAC key UserSigs are signed with
 * @param keyVersion 1 for the first key, +1 per reset
 */
public record AppSecretRotated(
        @NotBlank @Pattern(regexp = "[1-9][0-9]{0,18}") String appId,
        @NotBlank @Size(min = 16, max = 128) String secretKey,
        @Positive int keyVersion)
        implements AppEvent {}
