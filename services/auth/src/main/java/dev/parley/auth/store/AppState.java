package dev.parley.auth.store;

import java.util.List;

import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;

/**
 * What auth knows of an app to decide its next fact.
 *
 * @param appId SDKAppID
 * @param name display name
 * @param edition edition
 * @param region region
 * @param admins administrators
 * @param settings configuration
 * @param secretKey current key; never logged
 * @param keyVersion version of the key
 * @param sequence sequence of the app's last event
 */
public record AppState(
        String appId,
        String name,
        Edition edition,
        Region region,
        List<String> admins,
        AppSettings settings,
        String secretKey,
        int keyVersion,
        long sequence) {}
