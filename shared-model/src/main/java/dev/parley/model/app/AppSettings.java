package dev.parley.model.app;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An app's configuration, as its operator sets it in the console. Every service reads the part it needs from its
 * app directory.
 *
 * @param historyRetentionDays days of message history kept (edition default: 7 or 30)
 * @param friendCheckOnSend when true, a one-to-one message between non-friends is refused (console switch
 *     "allow non-friends to send" off)
 * @param blacklistShowSuccess when true, a message to a user who blacklisted the sender answers success but is
 *     neither stored nor delivered; when false it fails with 20007
 * @param restRateLimitPerSecond REST calls per second allowed per app and command (Tencent: 200)
 * @param groupAppDefinedKeys keys allowed in group-level {@code AppDefinedData}
 * @param memberAppDefinedKeys keys allowed in member-level {@code AppDefinedData}
 * @param callback customer webhook settings, may be null when the app has none
 * @param historyBeforeJoinGroupTypes group types (REST names, e.g. {@code ChatRoom}) whose new members see messages
 *     sent before they joined; null for Tencent's default ({@code ChatRoom} and {@code Community})
 * @param profileCustomKeys keys {@code <key>} allowed as {@code Tag_Profile_Custom_<key>}; null means none
 * @param friendCustomKeys keys {@code <key>} allowed as {@code Tag_SNS_Custom_<key>}; null means none
 */
public record AppSettings(
        @Min(1) @Max(3650) int historyRetentionDays,
        boolean friendCheckOnSend,
        boolean blacklistShowSuccess,
        @Min(1) @Max(100_000) int restRateLimitPerSecond,
        @NotNull @Size(max = 32) List<@NotNull @Size(min = 1, max = 32) String> groupAppDefinedKeys,
        @NotNull @Size(max = 32) List<@NotNull @Size(min = 1, max = 32) String> memberAppDefinedKeys,
        @Valid CallbackSettings callback,
        @Size(max = 5) List<@NotNull @Size(min = 1, max = 16) String> historyBeforeJoinGroupTypes,
        @Size(max = 64) List<@NotNull @Size(min = 1, max = 8) String> profileCustomKeys,
        @Size(max = 64) List<@NotNull @Size(min = 1, max = 8) String> friendCustomKeys) {

    /** Tencent's documented REST limit per API and app. */
    public static final int DEFAULT_REST_RATE_LIMIT = 200;

    /** Defaults of a new app of the given edition. */
    public static AppSettings defaults(Edition edition) {
        return new AppSettings(
                edition.defaultRetentionDays(),
                false,
                true,
                DEFAULT_REST_RATE_LIMIT,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null);
    }

    /** {@link #profileCustomKeys()}, empty when unset. */
    public List<String> profileCustomKeysOrEmpty() {
        return profileCustomKeys == null ? List.of() : profileCustomKeys;
    }

    /** {@link #friendCustomKeys()}, empty when unset. */
    public List<String> friendCustomKeysOrEmpty() {
        return friendCustomKeys == null ? List.of() : friendCustomKeys;
    }
}
