/**
 * UserSig v2 ({@code tls-sig-api-v2}, HMAC-SHA256) generation and verification, wire-compatible with Tencent Cloud
 * IM (§3 of the protocol document). Pure JDK: {@link java.util.zip} for zlib, {@link javax.crypto} for the HMAC
 * and a small hand-written JSON reader for the flat signature document. Entry point: {@link
 * dev.parley.model.usersig.UserSigCodec}.
 */
package dev.parley.model.usersig;
