package dev.parley.gateway.store;

/**
 * An app's current secret key.
 *
 * @param secretKey the HMAC key; never logged
 * @param keyVersion version, +1 per reset
 */
public record Credentials(String secretKey, int keyVersion) {}
