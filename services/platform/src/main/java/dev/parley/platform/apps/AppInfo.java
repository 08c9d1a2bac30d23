package dev.parley.platform.apps;

import java.time.Instant;
import java.util.List;

import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;

/**
 * One app as the directory knows it.
 *
 * @param appId SDKAppID
 * @param name display name
 * @param edition edition
 * @param region data-center region
 * @param registeredAt when it was registered
 * @param admins App administrators (empty until the first configuration is consumed)
 * @param settings configuration, the edition's defaults until the first configuration is consumed
 */
public record AppInfo(
        String appId,
        String name,
        Edition edition,
        Region region,
        Instant registeredAt,
        List<String> admins,
        AppSettings settings) {

    /** Whether {@code userId} is one of the app's administrators. */
    public boolean isAdmin(String userId) {
        return admins.contains(userId);
    }
}
