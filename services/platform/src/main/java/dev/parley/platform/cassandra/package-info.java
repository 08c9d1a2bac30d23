/** Cassandra session lifecycle, versioned schema files applied once and recorded, and readiness. */
package dev.parley.platform.cassandra;
