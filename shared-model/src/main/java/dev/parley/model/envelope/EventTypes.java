package dev.parley.model.envelope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.parley.model.account.events.AccountDeleted;
import dev.parley.model.account.events.AccountImported;
import dev.parley.model.app.events.AppConfigured;
import dev.parley.model.app.events.AppRegistered;
import dev.parley.model.app.events.AppSecretRotated;
import dev.parley.model.session.events.UserKicked;

/**
 * The registry of logical event types: type string ↔ payload record. Polymorphic (de)serialization goes through
 * this table, never through Java class names, so classes can be renamed without breaking stored events.
 */
public final class EventTypes {
    /** {@link AppRegistered}. */
    public static final String APP_REGISTERED_V1 = "im.app.registered.v1";
    /** {@link AppConfigured}. */
    public static final String APP_CONFIGURED_V1 = "im.app.configured.v1";
    /** {@link AppSecretRotated}. */
    public static final String APP_SECRET_ROTATED_V1 = "im.app.secret-rotated.v1";
    /** {@link AccountImported}. */
    public static final String ACCOUNT_IMPORTED_V1 = "im.account.imported.v1";
    /** {@link AccountDeleted}. */
    public static final String ACCOUNT_DELETED_V1 = "im.account.deleted.v1";
    /** {@link UserKicked}. */
    public static final String SESSION_KICKED_V1 = "im.session.kicked.v1";

    private static final Map<String, Class<? extends EventPayload>> BY_TYPE;
    private static final Map<Class<? extends EventPayload>, String> BY_CLASS;

    static {
        Map<String, Class<? extends EventPayload>> types = new LinkedHashMap<>();
        types.put(APP_REGISTERED_V1, AppRegistered.class);
        types.put(APP_CONFIGURED_V1, AppConfigured.class);
        types.put(APP_SECRET_ROTATED_V1, AppSecretRotated.class);
        types.put(ACCOUNT_IMPORTED_V1, AccountImported.class);
        types.put(ACCOUNT_DELETED_V1, AccountDeleted.class);
        types.put(SESSION_KICKED_V1, UserKicked.class);
        BY_TYPE = Collections.unmodifiableMap(types);
        Map<Class<? extends EventPayload>, String> classes = new LinkedHashMap<>();
        types.forEach((type, cls) -> classes.put(cls, type));
        BY_CLASS = Collections.unmodifiableMap(classes);
    }

    private EventTypes() {}

    /**
     * @param type a logical type string
     * @return the payload class registered for it, empty for a type this build does not know
     */
    public static Optional<Class<? extends EventPayload>> payloadClass(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /**
     * @param payload an event payload
     * @return its logical type string
     * @throws IllegalArgumentException if the payload's class is not registered
     */
    public static String typeOf(EventPayload payload) {
        String type = BY_CLASS.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException(
                    "unregistered payload " + payload.getClass().getSimpleName());
        }
        return type;
    }

    /** Every registered type, in registration order. */
    public static Map<String, Class<? extends EventPayload>> all() {
        return BY_TYPE;
    }
}
