package dev.parley.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's bookkeeping; no timing is asserted, only counts that do not depend on how fast the machine is. */
class DriverTest {

    @Test
    void should_measure_exactly_the_slots_of_the_window_in_open_loop() {
        AtomicLong started = new AtomicLong();
        PhaseResult r = Driver.run(new Driver.Plan("t", 200, 64, 1, 2, 5), n -> {
            started.incrementAndGet();
            return CompletableFuture.completedFuture(Operation.OK);
        });

        // The slots are fixed by rate and window; on a busy machine the last few may not be started in time, and then
        // they count as not OK rather than disappearing.
        assertThat(r.cohort()).isEqualTo(400);
        assertThat(r.ok() + r.notOk()).isEqualTo(400);
        assertThat(r.ok()).isPositive();
        assertThat(started.get()).isGreaterThan(r.ok()); // warm-up slots are sent too, just not measured
        assertThat(r.okRate()).isEqualTo(r.ok() / 2.0);
    }

    @Test
    void should_count_failures_and_unsent_slots_as_too_slow() {
        // Never answers: 3 requests in flight at most, each failed by the 1 s timeout.
        PhaseResult r = Driver.run(new Driver.Plan("t", 100, 3, 0, 2, 1), n -> new CompletableFuture<>());

        assertThat(r.cohort()).isEqualTo(200);
        assertThat(r.ok()).isZero();
        assertThat(r.notOk()).isEqualTo(200);
        assertThat(r.p99CountingFailures()).isInfinite();
        assertThat(r.fromSlot(0.99)).isNaN();
    }

    @Test
    void should_label_failures_by_outcome_and_exception() {
        PhaseResult r = Driver.run(new Driver.Plan("t", 100, 16, 0, 1, 5), n -> {
            if (n % 10 == 0) {
                throw new IllegalStateException("boom");
            }
            return CompletableFuture.completedFuture(n % 10 == 1 ? "ErrorCode 20003" : Operation.OK);
        });

        assertThat(r.cohort()).isEqualTo(100);
        assertThat(r.ok()).isLessThanOrEqualTo(80);
        assertThat(r.notOk()).isGreaterThanOrEqualTo(20);
        assertThat(r.p99CountingFailures()).isInfinite(); // at least 20 % failed
    }

    @Test
    void should_keep_the_in_flight_limit_in_closed_loop() {
        AtomicLong inFlight = new AtomicLong();
        AtomicLong maxSeen = new AtomicLong();
        PhaseResult r = Driver.run(new Driver.Plan("t", 0, 4, 0, 1, 5), n -> {
            maxSeen.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return CompletableFuture.supplyAsync(() -> {
                inFlight.decrementAndGet();
                return Operation.OK;
            });
        });

        assertThat(maxSeen.get()).isBetween(1L, 4L);
        assertThat(r.ok()).isPositive().isEqualTo(r.cohort());
    }

    @Test
    void should_take_nearest_rank_percentiles() {
        long[] ms = {1_000_000, 2_000_000, 3_000_000, 4_000_000};

        assertThat(PhaseResult.percentile(ms, 0.50)).isEqualTo(2.0);
        assertThat(PhaseResult.percentile(ms, 0.99)).isEqualTo(4.0);
        assertThat(PhaseResult.percentile(ms, 1.0)).isEqualTo(4.0);
        assertThat(PhaseResult.percentile(new long[0], 0.5)).isNaN();
    }

    @Test
    void should_classify_tencent_answers() {
        assertThat(GatewayApp.classify(200, "{\"ActionStatus\":\"OK\",\"ErrorCode\":0}"))
                .isEqualTo(Operation.OK);
        assertThat(GatewayApp.classify(200, "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":20003}"))
                .isEqualTo("ErrorCode 20003");
        assertThat(GatewayApp.classify(502, "")).isEqualTo("HTTP 502");
        assertThat(GatewayApp.classify(500, "{\"ErrorCode\":90994}")).isEqualTo("HTTP 500 ErrorCode 90994");
    }
}
