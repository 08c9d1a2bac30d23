package dev.parley.message.pipeline;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadSheddingTest {
    private static final long T = 1_700_000_000_000L;

    @Test
    void should_shed_only_submissions_whose_caller_has_already_been_told_to_retry() {
        Counter shed = new SimpleMeterRegistry().counter("shed");
        LoadShedding shedding = new LoadShedding(Duration.ofSeconds(5), shed);

        assertThat(shedding.shed(T, T + 100)).as("fresh").isFalse();
        assertThat(shedding.shed(T, T + 2_600))
                .as("past the door's 2.5 s wait, within the margin")
                .isFalse();
        assertThat(shedding.shed(T, T + 5_000)).as("exactly at the threshold").isFalse();
        assertThat(shedding.shed(T, T + 5_001)).as("stale").isTrue();
        assertThat(shedding.shed(T, T + 60_000))
                .as("replayed long after a crash")
                .isTrue();
        assertThat(shedding.shed(0, T)).as("no submission time: never shed").isFalse();
        assertThat(shed.count()).isEqualTo(2.0);
    }
}
