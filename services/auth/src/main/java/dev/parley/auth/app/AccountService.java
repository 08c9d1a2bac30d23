package dev.parley.auth.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.parley.auth.store.AccountStore;
import dev.parley.model.account.events.AccountDeleted;
import dev.parley.model.account.events.AccountImported;
import dev.parley.model.app.Edition;
import dev.parley.model.envelope.EventPayload;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.session.events.UserKicked;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.events.EventFactory;
import dev.parley.platform.events.EventFactory.AggregateRef;
import dev.parley.platform.events.EventPublisher;
import dev.parley.platform.events.MonotonicClock;

/**
 * Account use cases behind {@code im_open_login_svc}. Each fact is published to Kafka and acknowledged before the
 * account table is written and the caller answered (write-through, ADR-0005); auth's own consumer re-applies the
 * facts, so a crash between the two steps heals itself.
 */
@ApplicationScoped
public class AccountService {
    /** Accounts a trial app may hold. */
    public static final int TRIAL_ACCOUNT_LIMIT = 100;

    private final AccountStore accounts;
    private final EventFactory events;
    private final EventPublisher publisher;
    private final MonotonicClock clock;
    private final MutinyEmitter<String> accountEvents;
    private final MutinyEmitter<String> sessionEvents;

    AccountService(
            AccountStore accounts,
            EventFactory events,
            EventPublisher publisher,
            MonotonicClock clock,
            @Channel("account-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> accountEvents,
            @Channel("session-events-out") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> sessionEvents) {
        this.accounts = accounts;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.accountEvents = accountEvents;
        this.sessionEvents = sessionEvents;
    }

    /** Tencent's UserID rule: 1 to 32 bytes of printable ASCII. */
    public static boolean validUserId(String userId) {
        if (userId == null || userId.isEmpty() || userId.getBytes(StandardCharsets.UTF_8).length > 32) {
            return false;
        }
        return userId.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    /**
     * Imports an account or updates its nick and face URL. Importing an existing account succeeds.
     *
     * @return {@link ErrorCode#SUCCESS} or {@link ErrorCode#TRIAL_ACCOUNT_LIMIT}
     */
    public ErrorCode importAccount(AppInfo app, String actor, String userId, String nick, String faceUrl) {
        boolean exists = accounts.exists(app.appId(), userId);
        if (!exists && app.edition() == Edition.TRIAL && accounts.count(app.appId()) >= TRIAL_ACCOUNT_LIMIT) {
            return ErrorCode.TRIAL_ACCOUNT_LIMIT;
        }
        dev.parley.model.envelope.EventEnvelope fact =
                envelope(app.appId(), userId, actor, new AccountImported(app.appId(), userId, nick, faceUrl));
        publisher.publish(accountEvents, fact);
        accounts.upsert(app.appId(), userId, nick, faceUrl, Instant.now(), fact.sequence());
        return ErrorCode.SUCCESS;
    }

    /**
     * Imports up to 100 accounts with one round trip to Kafka: the trial limit is counted once, the facts are
     * published together, then written.
     *
     * @return the UserIDs that were not imported because the trial limit was reached
     */
    public java.util.List<String> importAccounts(AppInfo app, String actor, java.util.List<NewAccount> batch) {
        java.util.List<NewAccount> accepted = new java.util.ArrayList<>();
        java.util.List<String> refused = new java.util.ArrayList<>();
        long count = app.edition() == Edition.TRIAL ? accounts.count(app.appId()) : 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NewAccount account : batch) {
            boolean isNew = !accounts.exists(app.appId(), account.userId()) && seen.add(account.userId());
            if (isNew && app.edition() == Edition.TRIAL && count >= TRIAL_ACCOUNT_LIMIT) {
                refused.add(account.userId());
                continue;
            }
            if (isNew) {
                count++;
            }
            accepted.add(account);
        }
        java.util.List<dev.parley.model.envelope.EventEnvelope> facts = accepted.stream()
                .map(a -> envelope(
                        app.appId(),
                        a.userId(),
                        actor,
                        new AccountImported(app.appId(), a.userId(), a.nick(), a.faceUrl())))
                .toList();
        publisher.publishAll(accountEvents, facts);
        Instant now = Instant.now();
        for (int i = 0; i < accepted.size(); i++) {
            NewAccount a = accepted.get(i);
            accounts.upsert(
                    app.appId(),
                    a.userId(),
                    a.nick(),
                    a.faceUrl(),
                    now,
                    facts.get(i).sequence());
        }
        return refused;
    }

    /**
     * An account to import.
     *
     * @param userId UserID
     * @param nick nickname, may be null
     * @param faceUrl avatar URL, may be null
     */
    public record NewAccount(String userId, String nick, String faceUrl) {}

    /** Whether the account is imported. */
    public boolean isImported(String appId, String userId) {
        return accounts.exists(appId, userId);
    }

    /**
     * Deletes an account.
     *
     * @return whether it existed
     */
    public boolean delete(AppInfo app, String actor, String userId) {
        if (!accounts.exists(app.appId(), userId)) {
            return false;
        }
        dev.parley.model.envelope.EventEnvelope fact =
                envelope(app.appId(), userId, actor, new AccountDeleted(app.appId(), userId));
        publisher.publish(accountEvents, fact);
        accounts.delete(app.appId(), userId, fact.sequence());
        return true;
    }

    /** Invalidates every login state of the user issued up to now. */
    public void kick(AppInfo app, String actor, String userId) {
        publish(
                sessionEvents,
                app.appId(),
                userId,
                actor,
                new UserKicked(app.appId(), userId, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    private void publish(
            MutinyEmitter<String> emitter, String appId, String userId, String actor, EventPayload payload) {
        publisher.publish(emitter, envelope(appId, userId, actor, payload));
    }

    private dev.parley.model.envelope.EventEnvelope envelope(
            String appId, String userId, String actor, EventPayload payload) {
        // The sequence is a per-process monotonic microsecond clock; the account tables are written USING TIMESTAMP
        // it, so auth's consumer re-applying an older import can never undo a later delete (ADR-0008).
        return events.create(new AggregateRef("user", appId + ":" + userId, clock.next()), appId, actor, null, payload);
    }
}
