/** Gateway: The edge: Tencent-compatible REST /v4 for business backends and WebSocket for end-user clients. */
package dev.parley.gateway;
