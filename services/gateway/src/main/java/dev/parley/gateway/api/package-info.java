/** HTTP adapters of the gateway: the Tencent REST edge /v4. Depends on app only. */
package dev.parley.gateway.api;
