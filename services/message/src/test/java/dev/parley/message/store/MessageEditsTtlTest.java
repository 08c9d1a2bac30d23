package dev.parley.message.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The TTL the outbox's clearing update carries, some time after the row's TTL was read. */
class MessageEditsTtlTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void should_keep_no_ttl_for_a_row_written_without_one() {
        assertThat(MessageEdits.remainingTtl(0, 30 * SECOND)).isZero();
    }

    @Test
    void should_subtract_the_time_since_the_read_rounded_so_the_cell_never_outlives_the_row() {
        assertThat(MessageEdits.remainingTtl(100, 0)).isEqualTo(100);
        assertThat(MessageEdits.remainingTtl(100, 1)).isEqualTo(99);
        assertThat(MessageEdits.remainingTtl(100, 10 * SECOND)).isEqualTo(90);
        assertThat(MessageEdits.remainingTtl(100, 10 * SECOND + 1)).isEqualTo(89);
    }

    @Test
    void should_answer_expired_rather_than_no_ttl_when_the_row_ran_out() {
        assertThat(MessageEdits.remainingTtl(5, 5 * SECOND)).isEqualTo(-1);
        assertThat(MessageEdits.remainingTtl(5, 60 * SECOND)).isEqualTo(-1);
    }
}
