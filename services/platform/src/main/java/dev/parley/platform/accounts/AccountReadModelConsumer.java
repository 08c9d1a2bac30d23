package dev.parley.platform.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.model.account.events.AccountDeleted;
import dev.parley.model.account.events.AccountImported;
import dev.parley.platform.events.IdempotentConsumer;

/**
 * Keeps the service's copy of which accounts exist, from {@code im.account.events} (channel
 * {@code account-events-in}). Active in services built with {@code parley.accounts.consume=true}.
 */
@ApplicationScoped
@IfBuildProperty(name = "parley.accounts.consume", stringValue = "true")
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
        consumer.consume("account-directory", value, envelope -> {
            if (envelope.payload() instanceof AccountImported imported) {
                accounts.imported(imported.appId(), imported.userId());
            } else if (envelope.payload() instanceof AccountDeleted deleted) {
                accounts.deleted(deleted.appId(), deleted.userId());
            }
        });
    }
}
