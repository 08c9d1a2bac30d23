package dev.parley.model.app.events;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;

/**
 * Emitted by auth when an app is registered and whenever its edition, administrators or settings change; always
 * the full snapshot, so a consumer keeps only the latest. Key: appId. Consumers: every service (app directory).
 * Since v1.
 *
 * @param appId SDKAppID
 * @param edition current edition
 * @param admins App administrator UserIDs (1 to 5), the only identifiers the REST API accepts
 * @param settings the app's configuration
 */
public record AppConfigured(
        @NotBlank @Pattern(regexp = "[1-9][0-9]{0,18}") String appId,
        @NotNull Edition edition,
        @NotNull @Size(min = 1, max = 5) List<@NotBlank @Size(max = 32) String> admins,
        @NotNull @Valid AppSettings settings)
        implements AppEvent {}
