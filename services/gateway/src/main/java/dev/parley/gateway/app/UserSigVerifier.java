package dev.parley.gateway.app;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.usersig.UserSigCodec;
import dev.parley.model.usersig.Verification;

/**
 * Verifies UserSigs and remembers the good ones, so repeated REST calls with the same sig cost no zlib or HMAC
 * work: the cache key includes the app, identifier, key version and the sig itself, so a key reset or another
 * identifier never hits a stale entry. Expiry and kicks are checked on every call, cached or not.
 */
@ApplicationScoped
public class UserSigVerifier {
    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, Verification> verified = new ConcurrentHashMap<>();

    /**
     * @param kickedAt the identifier's last kick, or null
     * @return {@link ErrorCode#SUCCESS} or the Tencent code of the failure
     */
    public ErrorCode verify(
            String userSig,
            long sdkAppId,
            String identifier,
            String secretKey,
            int keyVersion,
            Instant kickedAt,
            Instant now) {
        String key = sdkAppId + "\u0000" + identifier + "\u0000" + keyVersion + "\u0000" + userSig;
        Verification cached = verified.get(key);
        if (cached == null) {
            Verification fresh = UserSigCodec.verify(userSig, sdkAppId, secretKey, identifier, now.getEpochSecond());
            if (!fresh.ok()) {
                return fresh.errorCode();
            }
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, fresh);
            cached = fresh;
        }
        if (now.isAfter(cached.expiresAt())) {
            verified.remove(key);
            return ErrorCode.USERSIG_EXPIRED;
        }
        // A kick invalidates every sig generated up to the kick's second (TLS.time has second precision).
        if (kickedAt != null && cached.initTime().getEpochSecond() <= kickedAt.getEpochSecond()) {
            return ErrorCode.USERSIG_INVALIDATED;
        }
        return ErrorCode.SUCCESS;
    }

    /** Number of remembered sigs (for tests and metrics). */
    public int size() {
        return verified.size();
    }
}
