package dev.parley.message.store;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.message.pipeline.Conversations;
import dev.parley.platform.cassandra.Cql;

/**
 * Finds a stored one-to-one message by its Tencent {@code MsgKey} ({@code <MsgSeq>_<MsgRandom>_<MsgTime>}). The key
 * carries the sender's MsgSeq and MsgRandom, which with the sender make the retry key the sequencer recorded in
 * {@code message_dedupe}; the record gives the conversation sequence. Records live as long as the app's history
 * retention (at least 7 days).
 */
@ApplicationScoped
public class MessageLocator {
    private final Cql cql;

    MessageLocator(Cql cql) {
        this.cql = cql;
    }

    /**
     * A located message.
     *
     * @param conversationId the conversation
     * @param seq the conversation sequence (the clustering key of {@code messages})
     */
    public record Located(String conversationId, long seq) {}

    /**
     * The message {@code from} sent to {@code to} under {@code msgKey}; empty when the key is malformed, unknown,
     * or names another time.
     */
    public Optional<Located> c2c(String appId, String from, String to, String msgKey) {
        Optional<long[]> parts = parse(msgKey);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        long msgSeq = parts.get()[0];
        long random = parts.get()[1];
        String conversation = Conversations.c2c(from, to);
        Row row = cql.execute(
                        "SELECT seq, reply FROM {ks}.message_dedupe WHERE app_id = ? AND conversation_id = ?"
                                + " AND dedupe_key = ?",
                        appId,
                        conversation,
                        from + ":" + random + ":" + msgSeq)
                .one();
        if (row == null || row.getLong(0) <= 0 || !row.getString(1).contains("\"" + msgKey + "\"")) {
            return Optional.empty();
        }
        return Optional.of(new Located(conversation, row.getLong(0)));
    }

    /** Whether {@code msgKey} has the C2C shape: three unsigned 32-bit numbers joined by {@code _}. */
    public static boolean wellFormed(String msgKey) {
        return parse(msgKey).isPresent();
    }

    private static Optional<long[]> parse(String msgKey) {
        if (msgKey == null) {
            return Optional.empty();
        }
        String[] parts = msgKey.split("_", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        long[] values = new long[3];
        for (int i = 0; i < 3; i++) {
            if (parts[i].isEmpty()
                    || parts[i].length() > 10
                    || !parts[i].chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            values[i] = Long.parseLong(parts[i]);
            if (values[i] > 0xFFFFFFFFL) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }
}
