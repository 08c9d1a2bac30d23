/** Cassandra tables of auth: app write-side state and accounts. */
package dev.parley.auth.store;
