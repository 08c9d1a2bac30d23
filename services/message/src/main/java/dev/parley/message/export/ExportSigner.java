package dev.parley.message.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs and checks history download URLs: HMAC-SHA256 over the app, chat type, hour, file id and expiry with the
 * key {@code parley.message.export-key}. Without a configured key each process draws a random one at start, so its
 * URLs only work on the replica that issued them: configure the key when more than one replica runs.
 */
@ApplicationScoped
public class ExportSigner {
    private final byte[] key;

    ExportSigner(@ConfigProperty(name = "parley.message.export-key") Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            key = configured.get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            Log.info("parley.message.export-key is not set: history download URLs are signed with a key generated"
                    + " at start (valid on this replica only)");
        }
    }

    /** For tests: a signer with a fixed key. */
    static ExportSigner withKey(String key) {
        return new ExportSigner(Optional.of(key));
    }

    /** The hex signature of one file's URL valid until {@code expires} (epoch seconds). */
    public String sign(FileRef file, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String text = "history\n" + file.appId() + "\n" + file.chatType() + "\n" + file.hour() + "\n"
                    + file.fileId() + "\n" + expires;
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether {@code signature} is this file's signature for {@code expires} and {@code expires} is not past. */
    public boolean verify(FileRef file, long expires, String signature, long nowEpochSeconds) {
        if (signature == null || expires < nowEpochSeconds) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(file, expires).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    }
}
