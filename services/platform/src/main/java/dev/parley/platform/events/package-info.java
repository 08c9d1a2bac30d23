/**
 * Kafka adapters shared by every service: the envelope codec, the publisher that waits for the broker's
 * acknowledgement, and the idempotent consumer support that dead-letters poison records.
 */
package dev.parley.platform.events;
