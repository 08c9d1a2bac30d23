package dev.parley.relationship.events;

import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.parley.model.account.events.AccountDeleted;
import dev.parley.model.account.events.AccountImported;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.cassandra.Cql;
import dev.parley.platform.events.IdempotentConsumer;
import dev.parley.relationship.domain.ProfileTags;

/**
 * From {@code im.account.events}: which accounts exist, and an import's {@code Nick}/{@code FaceUrl} as the
 * profile tags {@code Tag_Profile_IM_Nick}/{@code Tag_Profile_IM_Image} (§5.10), written with the account fact's
 * time as timestamp so a later portrait_set wins.
 */
@ApplicationScoped
public class AccountConsumer {
    private final IdempotentConsumer consumer;
    private final AccountDirectory accounts;
    private final Cql cql;

    AccountConsumer(IdempotentConsumer consumer, AccountDirectory accounts, Cql cql) {
        this.consumer = consumer;
        this.accounts = accounts;
        this.cql = cql;
    }

    /**
     * @param value the record value
     */
    @Incoming("account-events-in")
    @Blocking
    public void onAccountEvent(String value) {
        consumer.consume("relationship-accounts", value, envelope -> {
            if (envelope.payload() instanceof AccountImported imported) {
                accounts.imported(imported.appId(), imported.userId());
                Map<String, String> tags = new LinkedHashMap<>();
                if (imported.nick() != null && !imported.nick().isEmpty()) {
                    tags.put(ProfileTags.NICK, ProfileTags.encode(imported.nick()));
                }
                if (imported.faceUrl() != null && !imported.faceUrl().isEmpty()) {
                    tags.put(ProfileTags.IMAGE, ProfileTags.encode(imported.faceUrl()));
                }
                if (!tags.isEmpty()) {
                    long micros = envelope.occurredAt().toEpochMilli() * 1000;
                    cql.execute(
                            "UPDATE {ks}.profiles USING TIMESTAMP ? SET tags = tags + ? WHERE app_id = ? AND user_id = ?",
                            micros,
                            tags,
                            imported.appId(),
                            imported.userId());
                }
            } else if (envelope.payload() instanceof AccountDeleted deleted) {
                accounts.deleted(deleted.appId(), deleted.userId());
            }
        });
    }
}
