/** Cassandra tables of the gateway: app secret keys and kicks, with short in-memory caches. */
package dev.parley.gateway.store;
