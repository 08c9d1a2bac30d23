/** Billing Metering: Metering (DAU, peak DAU, group count, downlink messages) that feeds billing. */
package dev.parley.billing;
