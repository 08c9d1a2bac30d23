package dev.parley.auth.app;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.auth.store.AppState;
import dev.parley.auth.store.AppStateStore;
import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;
import dev.parley.model.app.events.AppConfigured;
import dev.parley.model.app.events.AppRegistered;
import dev.parley.model.app.events.AppSecretRotated;
import dev.parley.model.envelope.EventPayload;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;

/**
 * Decides app facts and publishes them: registration and configuration on {@code im.app.events}, secret keys on
 * {@code im.app.credentials} (ADR-0002). Auth's own {@code app_state} is written after Kafka acknowledged, so a
 * command never answers for a fact that is not in the log.
 */
@ApplicationScoped
public class AppCommandService {
    /** The administrator every app gets unless it names its own (as the Tencent console does). */
    public static final String DEFAULT_ADMIN = "administrator";

    private static final long CHINA_SITE_FIRST_ID = 1_400_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MutinyEmitter<String> appEvents;
    private final MutinyEmitter<String> credentials;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final AppStateStore states;

    AppCommandService(
            @Channel("app-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> appEvents,
            @Channel("app-credentials-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> credentials,
            EventFactory events,
            EventPublisher publisher,
            AppStateStore states) {
        this.appEvents = appEvents;
        this.credentials = credentials;
        this.events = events;
        this.publisher = publisher;
        this.states = states;
    }

    /**
     * Registers an app: {@code AppRegistered} and {@code AppConfigured}, then its first key.
     *
     * @throws AppAlreadyExistsException when the id is taken
     */
    public AppState register(RegisterApp command, String correlationId) {
        String appId = command.appId() != null ? command.appId() : freshAppId();
        if (states.find(appId).isPresent()) {
            throw new AppAlreadyExistsException(appId);
        }
        List<String> admins = command.admins() == null || command.admins().isEmpty()
                ? List.of(DEFAULT_ADMIN)
                : List.copyOf(command.admins());
        String secret = command.secretKey() != null ? command.secretKey() : newSecret();
        AppState state = new AppState(
                appId,
                command.name(),
                command.edition(),
                command.region(),
                admins,
                AppSettings.defaults(command.edition()),
                secret,
                1,
                2);
        publishApp(
                state, 1, new AppRegistered(appId, command.name(), command.edition(), command.region()), correlationId);
        publishApp(state, 2, configured(state), correlationId);
        publishCredentials(state, correlationId);
        states.save(state);
        Log.infof(
                "Registered app %s (%s, %s)",
                appId, command.edition().wireName(), command.region().wireName());
        return state;
    }

    /**
     * Changes edition, administrators and/or settings (null keeps the current value).
     *
     * @return the new state, empty for an unknown app
     */
    public Optional<AppState> configure(
            String appId, Edition edition, List<String> admins, AppSettings settings, String correlationId) {
        return states.find(appId).map(current -> {
            AppState next = new AppState(
                    appId,
                    current.name(),
                    edition != null ? edition : current.edition(),
                    current.region(),
                    admins != null && !admins.isEmpty() ? List.copyOf(admins) : current.admins(),
                    settings != null ? settings : current.settings(),
                    current.secretKey(),
                    current.keyVersion(),
                    current.sequence() + 1);
            publishApp(next, next.sequence(), configured(next), correlationId);
            states.save(next);
            return next;
        });
    }

    /**
     * Replaces the app's secret key; UserSigs signed with the old key fail with 70009 from then on.
     *
     * @return the new state (with the new key), empty for an unknown app
     */
    public Optional<AppState> resetSecret(String appId, String correlationId) {
        return states.find(appId).map(current -> {
            AppState next = new AppState(
                    appId,
                    current.name(),
                    current.edition(),
                    current.region(),
                    current.admins(),
                    current.settings(),
                    newSecret(),
                    current.keyVersion() + 1,
                    current.sequence());
            publishCredentials(next, correlationId);
            states.save(next);
            Log.infof("Reset the secret key of app %s (version %d)", appId, next.keyVersion());
            return next;
        });
    }

    /** The app's current state. */
    public Optional<AppState> find(String appId) {
        return states.find(appId);
    }

    private static AppConfigured configured(AppState state) {
        return new AppConfigured(state.appId(), state.edition(), state.admins(), state.settings());
    }

    private void publishApp(AppState state, long sequence, EventPayload fact, String correlationId) {
        publisher.publish(
                appEvents,
                events.create(
                        new AggregateRef("app", state.appId(), sequence), state.appId(), null, correlationId, fact));
    }

    private void publishCredentials(AppState state, String correlationId) {
        publisher.publish(
                credentials,
                events.create(
                        new AggregateRef("app", state.appId(), state.keyVersion()),
                        state.appId(),
                        null,
                        correlationId,
                        new AppSecretRotated(state.appId(), state.secretKey(), state.keyVersion())));
    }

    /** 64 hex characters, the shape of a Tencent IM secret key. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String freshAppId() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = Long.toString(
                    CHINA_SITE_FIRST_ID + ThreadLocalRandom.current().nextLong(100_000_000L));
            if (states.find(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free SDKAppID found");
    }
}
