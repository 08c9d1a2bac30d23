/** Kafka adapters of the gateway: credentials and kick consumers. */
package dev.parley.gateway.events;
