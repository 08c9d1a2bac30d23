package dev.parley.message.pipeline;

import java.time.Duration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sequencer's load shedding. A submission older than {@code parley.message.stale-submission} (default 5 s:
 * above the door's 2.5 s wait and the gateway's 3 s) has already been answered "timed out, retry with the same
 * MsgRandom"; sending it now would spend the sequencer on a message its caller gave up on while fresh ones wait, and
 * under overload every answer would come too late. Such a submission is not sent and keeps no retry record, so a
 * retry is judged like a new submission. Ages are measured against the door's clock ({@code submittedAt}), so
 * replicas' clocks must agree to well within the threshold. Counted as {@code parley_message_submissions_stale_total}.
 */
@ApplicationScoped
public class LoadShedding {
    private final long staleMillis;
    private final Counter shed;

    @Inject
    LoadShedding(
            @ConfigProperty(name = "parley.message.stale-submission", defaultValue = "5s") Duration stale,
            MeterRegistry meters) {
        this(stale, meters.counter("parley.message.submissions.stale"));
    }

    LoadShedding(Duration stale, Counter shed) {
        this.staleMillis = stale.toMillis();
        this.shed = shed;
    }

    /**
     * Whether to shed a submission (and count it).
     *
     * @param submittedAt when the door took it, epoch milliseconds; 0 = unknown (never shed)
     * @param nowMillis the sequencer's clock
     */
    public boolean shed(long submittedAt, long nowMillis) {
        boolean stale = submittedAt > 0 && nowMillis - submittedAt > staleMillis;
        if (stale && shed != null) {
            shed.increment();
        }
        return stale;
    }
}
