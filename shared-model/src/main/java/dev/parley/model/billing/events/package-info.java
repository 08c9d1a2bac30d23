/** Metering facts on {@code im.billing.usage}, consumed by billing-metering. */
package dev.parley.model.billing.events;
