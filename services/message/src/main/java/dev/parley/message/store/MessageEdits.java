package dev.parley.message.store;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.servererrors.CASWriteUnknownException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import io.quarkus.logging.Log;

import dev.parley.platform.cassandra.Cql;

/**
 * Recall and edit of a stored message as conditional updates (lightweight transactions) of its {@code messages} row,
 * so concurrent calls on one message serialize through Paxos whichever replica serves them. A recall sets {@code
 * recalled = true} and empties the body and CloudCustomData, once. An edit replaces the body and/or CloudCustomData
 * under {@code IF version = <the version read>} and re-reads and retries when another edit won the race, so
 * concurrent edits all apply one after another, each with the next version, and none is lost. Every update carries
 * the row's remaining TTL ({@code TTL(body)}), else the updated cells would outlive the row.
 *
 * <p><b>Outbox.</b> The update that recalls or edits also writes the encoded envelope of its fact into {@code
 * pending_fact} (V010); once the {@link PendingFactPublisher} got Kafka's acknowledgement, a conditional update
 * {@code IF pending_fact = <that text>} clears it to {@code ''}, so it never erases a newer fact another replica wrote
 * meanwhile. A fact Kafka did not acknowledge stays pending (the caller answers "retry"): every later recall or edit
 * of the message first publishes the pending text it reads, unchanged (same event id, so consumers drop a
 * duplicate), and only then decides. Its own update is guarded by {@code IF pending_fact = <the value read>}, so it
 * never overwrites a fact it has not published. A recall that finds the message recalled with its fact still
 * pending publishes it and answers {@link Status#APPLIED}: this is what makes the "retry" answer truthful.
 *
 * <p>Within one replica, operations on one message also take a local lock (striped by message), which keeps Paxos
 * contention low and makes the publication happen under it, so that one replica's facts of one message leave in
 * version order.
 */
@ApplicationScoped
public class MessageEdits {
    private static final int STRIPES = 1024;
    private static final int MAX_ATTEMPTS = 64;

    private static final String READ = "SELECT kind, from_account, to_account, msg_key, body, cloud_custom_data,"
            + " recalled, version, TTL(body), edit_ids, recall_id, pending_fact FROM {ks}.messages WHERE app_id = ?"
            + " AND conversation_id = ? AND bucket = ? AND seq = ?";
    private static final Content EMPTY = new Content("", "");

    private final Cql cql;
    private final PendingFactPublisher facts;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    MessageEdits(Cql cql, PendingFactPublisher facts) {
        this.cql = cql;
        this.facts = facts;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * A message of a conversation.
     *
     * @param appId SDKAppID
     * @param conversationId the conversation
     * @param seq the conversation sequence
     */
    public record Target(String appId, String conversationId, long seq) {}

    /**
     * What an edit writes.
     *
     * @param body MsgBody JSON
     * @param cloudCustomData CloudCustomData, never null
     */
    public record Content(String body, String cloudCustomData) {}

    /**
     * A message as a recall or edit left it.
     *
     * @param kind C2C or GROUP
     * @param fromAccount the original sender
     * @param toAccount C2C receiver, null for groups
     * @param msgKey MsgKey
     * @param content body and CloudCustomData now (both {@code ""} after a recall)
     * @param version edits applied so far
     */
    public record Mutated(
            String kind, String fromAccount, String toAccount, String msgKey, Content content, int version) {}

    /** How a recall or edit ended. */
    public enum Status {
        /**
         * Applied and its fact published; for a recall also: the message was found recalled with the recall's fact
         * still pending, which is published now.
         */
        APPLIED,
        /** No such row: never stored, or expired. */
        NOT_FOUND,
        /** The message was recalled earlier and its fact published; this call changed nothing. */
        RECALLED
    }

    /**
     * @param status how it ended
     * @param message the message after the change, null unless {@link Status#APPLIED}
     */
    public record Result(Status status, Mutated message) {}

    /**
     * Recalls a message once: a second recall answers {@link Status#RECALLED}, unless the first one's fact is still
     * pending (Kafka did not acknowledge it): then it is published now and the answer is {@link Status#APPLIED}.
     *
     * @param factOf the encoded envelope of the fact of this recall (built before the update, which stores it)
     * @throws RuntimeException from the {@link PendingFactPublisher} when a fact could not be published; a recall
     *     that applied keeps its fact pending for the next call
     */
    public Result recall(Target target, long now, Function<Mutated, String> factOf) {
        ReentrantLock lock = lockOf(target);
        lock.lock();
        try {
            String recallId = UUID.randomUUID().toString();
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Row row = read(target, ConsistencyLevel.LOCAL_QUORUM);
                long readAt = System.nanoTime();
                if (missing(row)) {
                    return new Result(Status.NOT_FOUND, null);
                }
                String pending = publishPending(target, row);
                Mutated done = mutated(row, EMPTY, version(row));
                if (recalled(row)) {
                    if (isEmpty(pending)) {
                        return new Result(Status.RECALLED, null);
                    }
                    // A recall whose fact Kafka had not acknowledged: published just now, so it is complete.
                    clear(target, pending, ttl(row), readAt);
                    return new Result(Status.APPLIED, done);
                }
                String fact = factOf.apply(done);
                Boolean applied = cas(
                        "UPDATE {ks}.messages USING TTL ? SET recalled = true, body = '', cloud_custom_data = '',"
                                + " modified_at = ?, recall_id = ?, pending_fact = ? WHERE app_id = ?"
                                + " AND conversation_id = ? AND bucket = ? AND seq = ?"
                                + " IF msg_key = ? AND recalled != true AND pending_fact = ?",
                        ttl(row),
                        now,
                        recallId,
                        fact,
                        target.appId(),
                        target.conversationId(),
                        bucket(target),
                        target.seq(),
                        row.getString(3),
                        // as read: null (never written), '' (published) or the fact just published above
                        pending);
                if (applied == null) {
                    // Outcome unknown (CAS timeout): a serial read completes any Paxos round in flight.
                    Row settled = read(target, ConsistencyLevel.LOCAL_SERIAL);
                    applied = settled != null && recallId.equals(settled.getString(10));
                }
                if (applied) {
                    publishAndClear(target, fact, ttl(row), readAt);
                    return new Result(Status.APPLIED, done);
                }
                pause(attempt);
            }
            throw new IllegalStateException("recall did not settle after " + MAX_ATTEMPTS + " attempts");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Edits a message: {@code change} turns the current content into the new one (it may throw to refuse, e.g. a
     * size check against the stored body); the update applies only if no other edit or recall came in between,
     * else the message is re-read and {@code change} applied again to the newer content.
     *
     * @param factOf the encoded envelope of the fact of this edit (built before the update, which stores it)
     * @throws RuntimeException from the {@link PendingFactPublisher} when a fact could not be published; an edit that
     *     applied keeps its fact pending for the next call
     */
    public Result edit(Target target, UnaryOperator<Content> change, long now, Function<Mutated, String> factOf) {
        ReentrantLock lock = lockOf(target);
        lock.lock();
        try {
            String editId = UUID.randomUUID().toString();
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Row row = read(target, ConsistencyLevel.LOCAL_QUORUM);
                long readAt = System.nanoTime();
                if (missing(row)) {
                    return new Result(Status.NOT_FOUND, null);
                }
                String pending = publishPending(target, row);
                if (recalled(row)) {
                    clear(target, pending, ttl(row), readAt);
                    return new Result(Status.RECALLED, null);
                }
                int current = version(row);
                int next = current + 1;
                Content wanted;
                try {
                    wanted = change.apply(new Content(orEmpty(row.getString(4)), orEmpty(row.getString(5))));
                } catch (RuntimeException refused) {
                    clear(target, pending, ttl(row), readAt);
                    throw refused;
                }
                Mutated done = mutated(row, wanted, next);
                String fact = factOf.apply(done);
                Boolean applied = cas(
                        "UPDATE {ks}.messages USING TTL ? SET body = ?, cloud_custom_data = ?, version = ?,"
                                + " modified_at = ?, edit_ids[?] = ?, pending_fact = ? WHERE app_id = ?"
                                + " AND conversation_id = ? AND bucket = ? AND seq = ?"
                                + " IF msg_key = ? AND recalled != true AND version = ? AND pending_fact = ?",
                        ttl(row),
                        wanted.body(),
                        wanted.cloudCustomData(),
                        next,
                        now,
                        next,
                        editId,
                        fact,
                        target.appId(),
                        target.conversationId(),
                        bucket(target),
                        target.seq(),
                        row.getString(3),
                        // a row never edited has a null version, which the condition must match as null
                        current == 0 ? null : current,
                        pending);
                if (applied == null) {
                    Row settled = read(target, ConsistencyLevel.LOCAL_SERIAL);
                    Map<Integer, String> ids =
                            settled == null ? Map.of() : settled.getMap(9, Integer.class, String.class);
                    applied = editId.equals(ids.get(next));
                }
                if (applied) {
                    publishAndClear(target, fact, ttl(row), readAt);
                    return new Result(Status.APPLIED, done);
                }
                pause(attempt);
            }
            throw new IllegalStateException("edit did not settle after " + MAX_ATTEMPTS + " attempts");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Publishes the row's pending fact, if any, before anything else happens to the message.
     *
     * @return {@code pending_fact} as read (null when never written), for the next update's condition
     * @throws RuntimeException when it could not be published (nothing changed; the caller answers "retry")
     */
    private String publishPending(Target target, Row row) {
        String pending = row.getString(11);
        if (!isEmpty(pending)) {
            Log.infof(
                    "App %s: publishing a pending fact of %s seq %d",
                    target.appId(), target.conversationId(), target.seq());
            facts.publish(target, pending);
        }
        return pending;
    }

    /** Publishes the fact an update just stored, then clears it; a failure leaves it pending and propagates. */
    private void publishAndClear(Target target, String fact, int ttl, long readAt) {
        facts.publish(target, fact);
        clear(target, fact, ttl, readAt);
    }

    /**
     * Clears a published fact: {@code pending_fact = ''} only if it still holds {@code fact} (a newer fact written by
     * another replica in between stays). The row's remaining TTL is carried. Best effort: a fact left pending by a
     * failed clear is only published once more (same event id) by the next recall or edit.
     */
    private void clear(Target target, String fact, int ttl, long readAt) {
        if (isEmpty(fact)) {
            return;
        }
        int remaining = remainingTtl(ttl, System.nanoTime() - readAt);
        if (remaining < 0) {
            return; // the row is expiring: nothing left to clear
        }
        try {
            cas(
                    "UPDATE {ks}.messages USING TTL ? SET pending_fact = '' WHERE app_id = ? AND conversation_id = ?"
                            + " AND bucket = ? AND seq = ? IF pending_fact = ?",
                    remaining,
                    target.appId(),
                    target.conversationId(),
                    bucket(target),
                    target.seq(),
                    fact);
        } catch (DriverException e) {
            Log.warnf(
                    "App %s: published fact of %s seq %d stays marked pending (%s)",
                    target.appId(),
                    target.conversationId(),
                    target.seq(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * The TTL to write {@code elapsedNanos} after reading {@code ttl} (seconds, 0 = the row has none): 0 for a row
     * without TTL, -1 when the row has expired by now, else the seconds left, rounded down so that the written cell
     * never outlives the row.
     */
    static int remainingTtl(int ttl, long elapsedNanos) {
        if (ttl == 0) {
            return 0;
        }
        long elapsedSeconds = (Math.max(0, elapsedNanos) + 999_999_999L) / 1_000_000_000L;
        long left = ttl - elapsedSeconds;
        return left > 0 ? (int) left : -1;
    }

    /** Whether the conditional update applied; null when its outcome is unknown (the CAS timed out). */
    private Boolean cas(String statement, Object... values) {
        try {
            return cql.execute(statement, values).wasApplied();
        } catch (WriteTimeoutException | CASWriteUnknownException | DriverTimeoutException e) {
            Log.debugf(
                    "CAS outcome unknown (%s), settling with a serial read",
                    e.getClass().getSimpleName());
            return null;
        }
    }

    private Row read(Target target, ConsistencyLevel consistency) {
        return cql.session()
                .execute(cql.bind(READ, target.appId(), target.conversationId(), bucket(target), target.seq())
                        .setConsistencyLevel(consistency))
                .one();
    }

    private static Mutated mutated(Row row, Content content, int version) {
        return new Mutated(row.getString(0), row.getString(1), row.getString(2), row.getString(3), content, version);
    }

    /**
     * No row, or one whose cells are expiring (a cell updated with the remaining TTL, rounded to the second, can
     * outlive the others by a moment): never write to it, as cells written now would resurrect a partial row.
     */
    private static boolean missing(Row row) {
        return row == null || row.isNull(3) || row.isNull(4);
    }

    private static boolean recalled(Row row) {
        return !row.isNull(6) && row.getBoolean(6);
    }

    private static int version(Row row) {
        return row.isNull(7) ? 0 : row.getInt(7);
    }

    /** The row's remaining TTL in seconds; 0 (no TTL) for a row written without one. */
    private static int ttl(Row row) {
        return row.isNull(8) ? 0 : row.getInt(8);
    }

    private static long bucket(Target target) {
        return target.seq() / MessageStore.BUCKET_SIZE;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private ReentrantLock lockOf(Target target) {
        int hash = (target.appId() + ":" + target.conversationId() + ":" + target.seq()).hashCode();
        return locks[Math.floorMod(hash, STRIPES)];
    }

    /** A short random pause before re-reading, so that replicas racing for one message spread out. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L + Math.min(attempt, 10) * 5L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
