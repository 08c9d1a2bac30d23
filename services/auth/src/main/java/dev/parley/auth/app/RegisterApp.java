package dev.parley.auth.app;

import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;

/**
 * Command: register a new app.
 *
 * @param appId wanted SDKAppID, or null to generate one
 * @param name display name
 * @param edition edition
 * @param region region
 */
public record RegisterApp(String appId, String name, Edition edition, Region region) {}
