package dev.parley.message.pipeline;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is UP once the sequencer joined its consumer group and got its first partition assignment (possibly
 * empty, when there are more replicas than partitions), so a send right after start-up is not held up by the join.
 */
@Readiness
@ApplicationScoped
public class SequencerReadinessCheck implements HealthCheck {
    private final Sequencer sequencer;

    SequencerReadinessCheck(Sequencer sequencer) {
        this.sequencer = sequencer;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("sequencer");
        return sequencer.assigned()
                ? response.up()
                        .withData("partitions", sequencer.ownedPartitions())
                        .build()
                : response.down()
                        .withData("reason", "joining the consumer group")
                        .build();
    }
}
