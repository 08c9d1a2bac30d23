package dev.parley.group.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.group.store.AccountDirectory;
import dev.parley.model.account.events.AccountDeleted;
import dev.parley.model.account.events.AccountImported;
import dev.parley.platform.events.IdempotentConsumer;

/** Keeps the group service's copy of which accounts exist, from {@code im.account.events}. */
@ApplicationScoped
public class AccountReadModelConsumer {
    private final IdempotentConsumer consumer;
    private final AccountDirectory accounts;

    AccountReadModelConsumer(IdempotentConsumer consumer, AccountDirectory accounts) {
        this.consumer = consumer;
        this.accounts = accounts;
    }

    /**
     * @param value the record value
     */
    @Incoming("account-events-in")
    @Blocking
    public void onAccountEvent(String value) {
        consumer.consume("group-accounts", value, envelope -> {
            if (envelope.payload() instanceof AccountImported imported) {
                accounts.imported(imported.appId(), imported.userId());
            } else if (envelope.payload() instanceof AccountDeleted deleted) {
                accounts.deleted(deleted.appId(), deleted.userId());
            }
        });
    }
}
