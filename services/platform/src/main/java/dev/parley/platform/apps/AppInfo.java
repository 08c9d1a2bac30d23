package dev.parley.platform.apps;

import java.time.Instant;

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
 */
public record AppInfo(String appId, String name, Edition edition, Region region, Instant registeredAt) {}
