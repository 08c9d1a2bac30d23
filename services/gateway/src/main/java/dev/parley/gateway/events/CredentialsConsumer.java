package dev.parley.gateway.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.gateway.store.CredentialStore;
import dev.parley.gateway.store.Credentials;
import dev.parley.model.app.events.AppSecretRotated;
import dev.parley.platform.events.IdempotentConsumer;

/** Keeps every app's current secret key from {@code im.app.credentials}. */
@ApplicationScoped
public class CredentialsConsumer {
    private final IdempotentConsumer consumer;
    private final CredentialStore store;

    CredentialsConsumer(IdempotentConsumer consumer, CredentialStore store) {
        this.consumer = consumer;
        this.store = store;
    }

    /**
     * @param value the record value
     */
    @Incoming("app-credentials-in")
    @Blocking
    public void onCredentials(String value) {
        consumer.consume("credentials", value, envelope -> {
            if (envelope.payload() instanceof AppSecretRotated rotated) {
                store.save(rotated.appId(), new Credentials(rotated.secretKey(), rotated.keyVersion()));
            }
        });
    }
}
