package dev.parley.auth.api;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.parley.model.app.AppSettings;

/**
 * Body of {@code PUT /console/v1/apps/{sdkAppId}}; absent fields keep their value.
 *
 * @param edition new edition
 * @param admins new administrators (1 to 5)
 * @param settings new settings (complete)
 */
public record ConfigureAppRequest(
        @Pattern(regexp = "(?i)trial|pro|ultimate|enterprise", message = "unknown edition")
        String edition,

        @Size(min = 1, max = 5) List<@NotBlank @Size(max = 32) String> admins,
        @Valid AppSettings settings) {}
