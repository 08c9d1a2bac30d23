package dev.parley.auth.events;

import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.auth.store.AccountStore;
import dev.parley.model.account.events.AccountDeleted;
import dev.parley.model.account.events.AccountImported;
import dev.parley.platform.events.IdempotentConsumer;

/**
 * Re-applies auth's account facts from {@code im.account.events} to the account tables. The command path already
 * wrote them; this consumer repairs a crash between publishing and writing. Both writes are idempotent.
 */
@ApplicationScoped
public class AccountProjectionConsumer {
    private final IdempotentConsumer consumer;
    private final AccountStore accounts;

    AccountProjectionConsumer(IdempotentConsumer consumer, AccountStore accounts) {
        this.consumer = consumer;
        this.accounts = accounts;
    }

    /**
     * @param value the record value
     */
    @Incoming("account-events-in")
    @Blocking
    public void onAccountEvent(String value) {
        consumer.consume("account-projection", value, envelope -> {
            if (envelope.payload() instanceof AccountImported imported) {
                accounts.upsert(
                        imported.appId(),
                        imported.userId(),
                        imported.nick(),
                        imported.faceUrl(),
                        Instant.now(),
                        envelope.sequence());
            } else if (envelope.payload() instanceof AccountDeleted deleted) {
                accounts.delete(deleted.appId(), deleted.userId(), envelope.sequence());
            }
        });
    }
}
