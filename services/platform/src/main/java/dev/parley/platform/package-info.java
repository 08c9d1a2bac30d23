/**
 * The runtime every Parley service shares: Cassandra session and versioned schema, the event codec and
 * publisher, the idempotent consumer with dead-lettering, readiness checks, and the app directory. Depends on
 * {@code shared-model}, Quarkus, SmallRye Reactive Messaging and the Cassandra driver; never on a service.
 */
package dev.parley.platform;
