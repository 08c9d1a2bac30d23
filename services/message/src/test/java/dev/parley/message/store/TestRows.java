package dev.parley.message.store;

import dev.parley.message.store.MessageEdits.Target;
import dev.parley.platform.cassandra.Cql;

/** Message rows the store tests start from. */
final class TestRows {
    private TestRows() {}

    /** Stores one C2C message from a to b (MsgKey {@code 1_2_3}, body {@code [0]}, custom data {@code cc}). */
    static void storeC2c(Cql cql, Target target, int ttlSeconds) {
        cql.execute(
                "INSERT INTO {ks}.messages (app_id, conversation_id, bucket, seq, kind, from_account, to_account,"
                        + " msg_seq, msg_random, msg_time, msg_key, body, cloud_custom_data, priority)"
                        + " VALUES (?, ?, ?, ?, 'C2C', 'a', 'b', 1, 2, 3, '1_2_3', '[0]', 'cc', 'Normal') USING TTL ?",
                target.appId(),
                target.conversationId(),
                target.seq() / MessageStore.BUCKET_SIZE,
                target.seq(),
                ttlSeconds);
    }
}
