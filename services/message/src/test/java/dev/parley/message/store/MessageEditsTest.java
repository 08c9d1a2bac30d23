package dev.parley.message.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.inject.Inject;

import com.datastax.oss.driver.api.core.cql.Row;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.parley.message.store.MessageEdits.Content;
import dev.parley.message.store.MessageEdits.Status;
import dev.parley.message.store.MessageEdits.Target;
import dev.parley.platform.cassandra.Cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Recall and edit on the real Cassandra, with two {@link MessageEdits} instances standing for two replicas (each
 * with its own local locks), so that concurrent edits really race on the lightweight transaction.
 */
@QuarkusTest
class MessageEditsTest {
    private static final int TTL = 86_400;

    @Inject
    Cql cql;

    private Target target;

    @BeforeEach
    void storeOneMessage() {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> cql.session() != null);
        target = new Target("edits-" + UUID.randomUUID(), "c2c:a:b", 1_234);
        TestRows.storeC2c(cql, target, TTL);
    }

    @Test
    void should_apply_every_concurrent_edit_of_two_replicas_once_each_with_the_next_version() throws Exception {
        Map<Integer, String> published = new ConcurrentHashMap<>();
        // The fact of an edit is "<version>:<body>". One replica may publish again a fact the other still has in
        // flight (at least once, same text), but a version never carries two bodies.
        PendingFactPublisher kafka = (t, fact) -> {
            String body = fact.substring(fact.indexOf(':') + 1);
            String before = published.putIfAbsent(Integer.parseInt(fact.substring(0, fact.indexOf(':'))), body);
            assertThat(before == null || before.equals(body)).isTrue();
        };
        MessageEdits[] replicas = {new MessageEdits(cql, kafka), new MessageEdits(cql, kafka)};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<MessageEdits.Result>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String body = "[" + (i + 1) + "]";
                MessageEdits replica = replicas[i % 2];
                results.add(pool.submit(() -> replica.edit(
                        target,
                        stored -> new Content(body, stored.cloudCustomData()),
                        1L,
                        edited -> edited.version() + ":" + edited.content().body())));
            }
            for (Future<MessageEdits.Result> result : results) {
                assertThat(result.get().status()).isEqualTo(Status.APPLIED);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(published).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(published.values()).doesNotHaveDuplicates();
        Row row = row();
        assertThat(row.getInt("version")).isEqualTo(8);
        assertThat(row.getString("body")).isEqualTo(published.get(8));
        assertThat(row.getString("cloud_custom_data")).isEqualTo("cc");
        assertThat(row.getMap("edit_ids", Integer.class, String.class)).hasSize(8);
        assertThat(row.getInt("ttl_version")).isBetween(TTL - 120, TTL);
    }

    @Test
    void should_recall_once_and_refuse_later_edits() {
        MessageEdits edits = new MessageEdits(cql, (t, fact) -> {});
        assertThat(edits.recall(target, 5L, m -> "fact").status()).isEqualTo(Status.APPLIED);
        assertThat(edits.recall(target, 6L, m -> "fact").status()).isEqualTo(Status.RECALLED);
        assertThat(edits.edit(target, c -> new Content("[9]", ""), 7L, m -> "fact")
                        .status())
                .isEqualTo(Status.RECALLED);
        Row row = row();
        assertThat(row.getBoolean("recalled")).isTrue();
        assertThat(row.getString("body")).isEmpty();
        assertThat(row.getString("cloud_custom_data")).isEmpty();
        assertThat(row.getInt("ttl_recalled")).isBetween(TTL - 120, TTL);
    }

    @Test
    void should_find_nothing_to_change_when_no_row_is_stored() {
        MessageEdits edits = new MessageEdits(cql, (t, fact) -> {});
        Target missing = new Target(target.appId(), target.conversationId(), 99);
        assertThat(edits.recall(missing, 1L, m -> "fact").status()).isEqualTo(Status.NOT_FOUND);
        assertThat(edits.edit(missing, c -> c, 1L, m -> "fact").status()).isEqualTo(Status.NOT_FOUND);
        assertThat(cql.execute(
                                "SELECT seq FROM {ks}.messages WHERE app_id = ? AND conversation_id = ? AND bucket = 0",
                                missing.appId(),
                                missing.conversationId())
                        .all())
                .isEmpty();
    }

    private Row row() {
        return cql.execute(
                        "SELECT body, cloud_custom_data, recalled, version, edit_ids, TTL(version) AS ttl_version,"
                                + " TTL(recalled) AS ttl_recalled FROM {ks}.messages WHERE app_id = ?"
                                + " AND conversation_id = ? AND bucket = ? AND seq = ?",
                        target.appId(),
                        target.conversationId(),
                        target.seq() / MessageStore.BUCKET_SIZE,
                        target.seq())
                .one();
    }
}
