package dev.parley.auth.api;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /console/v1/apps}.
 *
 * @param sdkAppId wanted SDKAppID (decimal); generated when absent
 * @param name display name
 * @param edition {@code trial}, {@code pro}, {@code ultimate} or {@code enterprise}
 * @param region data-center region, e.g. {@code china}, {@code singapore}
 * @param secretKey the app's key to keep (migrating from Tencent); generated when absent
 * @param admins App administrators (at most 5); {@code ["administrator"]} when absent
 */
public record RegisterAppRequest(
        @Pattern(regexp = "[1-9][0-9]{0,9}", message = "must be a decimal SDKAppID")
        String sdkAppId,

        @NotBlank @Size(max = 128) String name,

        @NotBlank @Pattern(regexp = "(?i)trial|pro|ultimate|enterprise", message = "unknown edition")
        String edition,

        @NotBlank
        @Pattern(
                regexp = "(?i)china|singapore|seoul|frankfurt|mumbai|silicon-valley|jakarta|tokyo",
                message = "unknown region")
        String region,

        @Size(min = 16, max = 128) String secretKey,
        @Size(max = 5) List<@NotBlank @Size(max = 32) String> admins) {}
