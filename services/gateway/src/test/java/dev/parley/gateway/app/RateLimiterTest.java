package dev.parley.gateway.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Token buckets per app and command. */
class RateLimiterTest {
    @Test
    void should_allow_a_burst_of_the_rate_then_refuse() {
        RateLimiter limiter = new RateLimiter();
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            if (limiter.tryAcquire("app/cmd", 5)) {
                allowed++;
            }
        }
        assertThat(allowed).isBetween(5, 6);
    }

    @Test
    void should_keep_apps_and_commands_apart() {
        RateLimiter limiter = new RateLimiter();
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("a/cmd", 5);
        }
        assertThat(limiter.tryAcquire("b/cmd", 5)).isTrue();
        assertThat(limiter.tryAcquire("a/other", 5)).isTrue();
    }
}
