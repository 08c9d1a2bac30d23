package dev.parley.model.app.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;

/**
 * Emitted by auth when a new app (SDKAppID) is registered. Key: appId. Consumers: every service, which keeps an
 * app directory read model. Carries no secret: only auth and the gateway ever see the app's key. Since v1.
 *
 * @param appId the SDKAppID, decimal digits
 * @param name display name
 * @param edition edition, which fixes default limits
 * @param region data-center region
 */
public record AppRegistered(
        @NotBlank @Pattern(regexp = "[1-9][0-9]{0,18}") String appId,
        @NotBlank @Size(max = 128) String name,
        @NotNull Edition edition,
        @NotNull Region region)
        implements AppEvent {}
