/** Readiness checks of the platform's connections that answer at once from a state probed in the background. */
package dev.parley.platform.health;
