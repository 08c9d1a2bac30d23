/** Use cases of the gateway: Tencent request checks in the documented order, UserSig cache, rate limits, routing. */
package dev.parley.gateway.app;
