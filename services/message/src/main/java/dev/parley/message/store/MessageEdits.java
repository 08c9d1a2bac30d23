package dev.parley.message.store;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
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
 * <p>Within one replica, operations on one message also take a local lock (striped by message), which keeps Paxos
 * contention low and lets the caller publish the fact while holding it, so that one replica's facts of one message
 * leave in version order.
 */
@ApplicationScoped
public class MessageEdits {
    private static final int STRIPES = 1024;
    private static final int MAX_ATTEMPTS = 64;

    private static final String READ = "SELECT kind, from_account, to_account, msg_key, body, cloud_custom_data,"
            + " recalled, version, TTL(body), edit_ids, recall_id FROM {ks}.messages WHERE app_id = ?"
            + " AND conversation_id = ? AND bucket = ? AND seq = ?";

    private final Cql cql;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    MessageEdits(Cql cql) {
        this.cql = cql;
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
        /** Applied. */
        APPLIED,
        /** No such row: never stored, or expired. */
        NOT_FOUND,
        /** The message was recalled (by this call's predecessor; nothing changed). */
        RECALLED
    }

    /**
     * @param status how it ended
     * @param message the message after the change, null unless {@link Status#APPLIED}
     */
    public record Result(Status status, Mutated message) {}

    /**
     * Recalls a message once: a second recall answers {@link Status#RECALLED}.
     *
     * @param onApplied runs after the update applied, under the message's local lock (publish the fact here)
     */
    public Result recall(Target target, long now, Consumer<Mutated> onApplied) {
        ReentrantLock lock = lockOf(target);
        lock.lock();
        try {
            String recallId = UUID.randomUUID().toString();
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Row row = read(target, ConsistencyLevel.LOCAL_QUORUM);
                if (missing(row)) {
                    return new Result(Status.NOT_FOUND, null);
                }
                if (recalled(row)) {
                    return new Result(Status.RECALLED, null);
                }
                Boolean applied = cas(
                        "UPDATE {ks}.messages USING TTL ? SET recalled = true, body = '', cloud_custom_data = '',"
                                + " modified_at = ?, recall_id = ? WHERE app_id = ? AND conversation_id = ?"
                                + " AND bucket = ? AND seq = ? IF msg_key = ? AND recalled != true",
                        ttl(row),
                        now,
                        recallId,
                        target.appId(),
                        target.conversationId(),
                        bucket(target),
                        target.seq(),
                        row.getString(3));
                if (applied == null) {
                    // Outcome unknown (CAS timeout): a serial read completes any Paxos round in flight.
                    Row settled = read(target, ConsistencyLevel.LOCAL_SERIAL);
                    applied = settled != null && recallId.equals(settled.getString(10));
                }
                if (applied) {
                    Mutated done = mutated(row, new Content("", ""), version(row));
                    onApplied.accept(done);
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
     * @param onApplied runs after the update applied, under the message's local lock (publish the fact here)
     */
    public Result edit(Target target, UnaryOperator<Content> change, long now, Consumer<Mutated> onApplied) {
        ReentrantLock lock = lockOf(target);
        lock.lock();
        try {
            String editId = UUID.randomUUID().toString();
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Row row = read(target, ConsistencyLevel.LOCAL_QUORUM);
                if (missing(row)) {
                    return new Result(Status.NOT_FOUND, null);
                }
                if (recalled(row)) {
                    return new Result(Status.RECALLED, null);
                }
                int current = version(row);
                int next = current + 1;
                Content wanted = change.apply(new Content(orEmpty(row.getString(4)), orEmpty(row.getString(5))));
                Boolean applied = cas(
                        "UPDATE {ks}.messages USING TTL ? SET body = ?, cloud_custom_data = ?, version = ?,"
                                + " modified_at = ?, edit_ids[?] = ? WHERE app_id = ? AND conversation_id = ?"
                                + " AND bucket = ? AND seq = ? IF msg_key = ? AND recalled != true AND version = ?",
                        ttl(row),
                        wanted.body(),
                        wanted.cloudCustomData(),
                        next,
                        now,
                        next,
                        editId,
                        target.appId(),
                        target.conversationId(),
                        bucket(target),
                        target.seq(),
                        row.getString(3),
                        // a row never edited has a null version, which the condition must match as null
                        current == 0 ? null : current);
                if (applied == null) {
                    Row settled = read(target, ConsistencyLevel.LOCAL_SERIAL);
                    Map<Integer, String> ids =
                            settled == null ? Map.of() : settled.getMap(9, Integer.class, String.class);
                    applied = editId.equals(ids.get(next));
                }
                if (applied) {
                    Mutated done = mutated(row, wanted, next);
                    onApplied.accept(done);
                    return new Result(Status.APPLIED, done);
                }
                pause(attempt);
            }
            throw new IllegalStateException("edit did not settle after " + MAX_ATTEMPTS + " attempts");
        } finally {
            lock.unlock();
        }
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
