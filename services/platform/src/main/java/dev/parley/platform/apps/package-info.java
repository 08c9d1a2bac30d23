/**
 * The app directory: every service's read model of the apps (tenants) it serves, built from
 * {@code im.app.events}.
 */
package dev.parley.platform.apps;
