/** The event envelope every Kafka record carries, and the registry of logical event types. */
package dev.parley.model.envelope;
