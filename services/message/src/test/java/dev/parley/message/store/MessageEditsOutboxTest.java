package dev.parley.message.store;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox of recall and edit ({@code pending_fact}) on the real Cassandra, with a publisher standing for Kafka
 * that can refuse to acknowledge: a fact that was not acknowledged is never lost, is published (unchanged) by the
 * next call on the message before anything else happens to it, and a retried recall then answers success.
 */
@QuarkusTest
class MessageEditsOutboxTest {
    private static final int TTL = 86_400;

    @Inject
    Cql cql;

    private final FlakyKafka kafka = new FlakyKafka();
    private MessageEdits edits;
    private Target target;

    @BeforeEach
    void storeOneMessage() {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> cql.session() != null);
        edits = new MessageEdits(cql, kafka);
        target = new Target("outbox-" + UUID.randomUUID(), "c2c:a:b", 2_345);
        TestRows.storeC2c(cql, target, TTL);
    }

    @Test
    void should_keep_an_unacknowledged_recall_pending_and_publish_it_when_the_recall_is_retried() {
        kafka.down = true;
        assertThatThrownBy(() -> edits.recall(target, 5L, m -> "recall-1")).hasMessageContaining("not acknowledged");
        assertThat(row().getBoolean("recalled")).isTrue();
        assertThat(row().getString("pending_fact")).isEqualTo("recall-1");

        kafka.down = false;
        assertThat(edits.recall(target, 6L, m -> "recall-2").status()).isEqualTo(Status.APPLIED);
        assertThat(kafka.published).containsExactly("recall-1");
        assertThat(row().getString("pending_fact")).isEmpty();

        assertThat(edits.recall(target, 7L, m -> "recall-3").status()).isEqualTo(Status.RECALLED);
        assertThat(kafka.published).containsExactly("recall-1");
    }

    @Test
    void should_publish_and_clear_the_fact_of_a_recall_that_kafka_acknowledged() {
        assertThat(edits.recall(target, 5L, m -> "recall-" + m.msgKey()).status())
                .isEqualTo(Status.APPLIED);
        assertThat(kafka.published).containsExactly("recall-1_2_3");
        Row row = row();
        assertThat(row.getString("pending_fact")).isEmpty();
        assertThat(row.getInt("ttl_pending")).isBetween(TTL - 120, TTL);
        assertThat(edits.recall(target, 6L, m -> "again").status()).isEqualTo(Status.RECALLED);
    }

    @Test
    void should_publish_a_pending_edit_before_the_next_edit_applies() {
        kafka.down = true;
        assertThatThrownBy(() -> edits.edit(target, c -> new Content("[1]", c.cloudCustomData()), 5L, m -> "edit-1"));
        assertThat(row().getInt("version")).isEqualTo(1);
        assertThat(row().getString("pending_fact")).isEqualTo("edit-1");

        kafka.down = false;
        MessageEdits.Result second =
                edits.edit(target, c -> new Content("[2]", c.cloudCustomData()), 6L, m -> "edit-" + m.version());
        assertThat(second.status()).isEqualTo(Status.APPLIED);
        assertThat(kafka.published).containsExactly("edit-1", "edit-2");
        Row row = row();
        assertThat(row.getInt("version")).isEqualTo(2);
        assertThat(row.getString("body")).isEqualTo("[2]");
        assertThat(row.getString("pending_fact")).isEmpty();
        assertThat(row.getInt("ttl_pending")).isBetween(TTL - 120, TTL);
    }

    @Test
    void should_publish_a_pending_edit_before_a_recall_and_then_the_recall() {
        kafka.down = true;
        assertThatThrownBy(() -> edits.edit(target, c -> new Content("[1]", ""), 5L, m -> "edit-1"));
        kafka.down = false;
        assertThat(edits.recall(target, 6L, m -> "recall").status()).isEqualTo(Status.APPLIED);
        assertThat(kafka.published).containsExactly("edit-1", "recall");
        assertThat(row().getString("pending_fact")).isEmpty();
    }

    @Test
    void should_change_nothing_while_a_pending_fact_still_cannot_be_published() {
        kafka.down = true;
        assertThatThrownBy(() -> edits.edit(target, c -> new Content("[1]", ""), 5L, m -> "edit-1"));
        assertThatThrownBy(() -> edits.recall(target, 6L, m -> "recall"));
        assertThatThrownBy(() -> edits.edit(target, c -> new Content("[2]", ""), 7L, m -> "edit-2"));
        Row row = row();
        assertThat(row.isNull("recalled") || !row.getBoolean("recalled")).isTrue();
        assertThat(row.getInt("version")).isEqualTo(1);
        assertThat(row.getString("body")).isEqualTo("[1]");
        assertThat(row.getString("pending_fact")).isEqualTo("edit-1");
        assertThat(kafka.published).isEmpty();
    }

    @Test
    void should_publish_the_pending_fact_even_when_the_next_call_is_refused() {
        kafka.down = true;
        assertThatThrownBy(() -> edits.edit(target, c -> new Content("[1]", ""), 5L, m -> "edit-1"));
        kafka.down = false;
        assertThatThrownBy(() -> edits.edit(
                        target,
                        c -> {
                            throw new IllegalArgumentException("too long");
                        },
                        6L,
                        m -> "edit-2"))
                .hasMessage("too long");
        assertThat(kafka.published).containsExactly("edit-1");
        assertThat(row().getString("pending_fact")).isEmpty();
        assertThat(row().getInt("version")).isEqualTo(1);

        kafka.down = true;
        assertThatThrownBy(() -> edits.recall(target, 7L, m -> "recall"));
        kafka.down = false;
        assertThat(edits.edit(target, c -> new Content("[3]", ""), 8L, m -> "edit-3")
                        .status())
                .isEqualTo(Status.RECALLED);
        assertThat(kafka.published).containsExactly("edit-1", "recall");
        assertThat(row().getString("pending_fact")).isEmpty();
    }

    private Row row() {
        return cql.execute(
                        "SELECT body, recalled, version, pending_fact, TTL(pending_fact) AS ttl_pending"
                                + " FROM {ks}.messages WHERE app_id = ? AND conversation_id = ? AND bucket = ?"
                                + " AND seq = ?",
                        target.appId(),
                        target.conversationId(),
                        target.seq() / MessageStore.BUCKET_SIZE,
                        target.seq())
                .one();
    }

    /** Kafka that acknowledges, or refuses to while {@link #down}; records what it acknowledged, in order. */
    static final class FlakyKafka implements PendingFactPublisher {
        volatile boolean down;
        final List<String> published = new CopyOnWriteArrayList<>();

        @Override
        public void publish(Target target, String encoded) {
            if (down) {
                throw new IllegalStateException("Kafka: not acknowledged");
            }
            published.add(encoded);
        }
    }
}
