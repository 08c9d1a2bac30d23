package dev.parley.gateway.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.gateway.store.KickStore;
import dev.parley.model.session.events.UserKicked;
import dev.parley.platform.events.IdempotentConsumer;

/** Records kicks from {@code im.session.events}, so UserSigs issued before a kick are refused with 70052. */
@ApplicationScoped
public class KickConsumer {
    private final IdempotentConsumer consumer;
    private final KickStore kicks;

    KickConsumer(IdempotentConsumer consumer, KickStore kicks) {
        this.consumer = consumer;
        this.kicks = kicks;
    }

    /**
     * @param value the record value
     */
    @Incoming("session-events-in")
    @Blocking
    public void onSessionEvent(String value) {
        consumer.consume("kicks", value, envelope -> {
            if (envelope.payload() instanceof UserKicked kicked) {
                kicks.save(kicked.appId(), kicked.userId(), kicked.kickedAt());
            }
        });
    }
}
