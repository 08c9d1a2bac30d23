/** Kafka adapters of auth: its own account projection. */
package dev.parley.auth.events;
