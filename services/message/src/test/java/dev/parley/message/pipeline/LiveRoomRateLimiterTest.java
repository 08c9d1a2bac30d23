package dev.parley.message.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveRoomRateLimiterTest {
    private static final long T = 1_700_000_000_000L;

    @Test
    void should_drop_the_lowest_priority_first_and_never_high_or_exempt_senders() {
        LiveRoomRateLimiter limiter = new LiveRoomRateLimiter(40);
        int lowestSent = 0;
        for (int i = 0; i < 100; i++) {
            lowestSent += limiter.drop("a:g", "Lowest", false, T) ? 0 : 1;
        }
        assertThat(lowestSent).isEqualTo(20);
        assertThat(limiter.drop("a:g", "Low", false, T + 10)).isFalse();
        for (int i = 0; i < 9; i++) {
            limiter.drop("a:g", "Low", false, T + 10);
        }
        assertThat(limiter.drop("a:g", "Low", false, T + 20))
                .as("Low stops at 30")
                .isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.drop("a:g", "Normal", false, T + 30)).isFalse();
        }
        assertThat(limiter.drop("a:g", "Normal", false, T + 40))
                .as("Normal stops at 40")
                .isTrue();
        assertThat(limiter.drop("a:g", "High", false, T + 50)).isFalse();
        assertThat(limiter.drop("a:g", "Lowest", true, T + 60))
                .as("owner, admins, App admin")
                .isFalse();
        assertThat(limiter.drop("a:other", "Normal", false, T + 70))
                .as("another group")
                .isFalse();
    }

    @Test
    void should_start_a_new_window_each_second_and_count_late_messages_in_the_current_one() {
        LiveRoomRateLimiter limiter = new LiveRoomRateLimiter(2);
        assertThat(limiter.drop("a:g", "Normal", false, T)).isFalse();
        assertThat(limiter.drop("a:g", "Normal", false, T + 1_000)).isFalse();
        assertThat(limiter.drop("a:g", "Normal", false, T + 999))
                .as("late, counted now")
                .isFalse();
        assertThat(limiter.drop("a:g", "Normal", false, T + 1_001)).isTrue();
        assertThat(limiter.drop("a:g", "Normal", false, T + 2_000)).isFalse();
    }
}
