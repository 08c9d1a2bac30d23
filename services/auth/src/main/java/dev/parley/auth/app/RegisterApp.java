package dev.parley.auth.app;

import java.util.List;

import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;

/**
 * Command: register a new app.
 *
 * @param appId wanted SDKAppID, or null to generate one
 * @param name display name
 * @param edition edition
 * @param region region
 * @param secretKey the key to keep (an app migrating from Tencent keeps its key, so its UserSigs stay valid), or
 *     null to generate one
 * @param admins administrators, or empty for the default {@code administrator}
 */
public record RegisterApp(
        String appId, String name, Edition edition, Region region, String secretKey, List<String> admins) {}
