/**
 * Tencent IM REST error codes as one table ({@link dev.parley.model.error.ErrorCode}) and the per-service
 * JSON-parse code ({@link dev.parley.model.error.JsonParseCodes}). The response envelope itself is built by the
 * gateway, not here.
 */
package dev.parley.model.error;
