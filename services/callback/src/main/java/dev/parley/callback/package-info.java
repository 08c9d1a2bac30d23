/** Callback: Webhooks to customer servers: before/after-send and state callbacks, signed, with timeouts. */
package dev.parley.callback;
