/** Outbound calls of the gateway: handing commands to the services that own them. */
package dev.parley.gateway.client;
