package dev.parley.gateway.store;

import java.time.Instant;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.CassandraClient;

/** Table {@code kicks}: the last kick per account, cached for one second. */
@ApplicationScoped
public class KickStore {
    private final CassandraClient cassandra;
    private final TtlCache<Optional<Instant>> cache = new TtlCache<>(1000, 100_000);

    KickStore(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    /** When the account was last kicked, if ever. */
    public Optional<Instant> lastKick(String appId, String userId) {
        return cache.get(appId + "\u0000" + userId, key -> {
            Row row = cassandra
                    .session()
                    .execute(
                            "SELECT kicked_at FROM " + cassandra.keyspace() + ".kicks WHERE app_id = ? AND user_id = ?",
                            appId,
                            userId)
                    .one();
            return row == null ? Optional.empty() : Optional.of(row.getInstant("kicked_at"));
        });
    }

    /** Records a kick (keeps the latest). */
    public void save(String appId, String userId, Instant kickedAt) {
        Optional<Instant> current = lastKick(appId, userId);
        if (current.isPresent() && !current.get().isBefore(kickedAt)) {
            return;
        }
        cassandra
                .session()
                .execute(
                        "INSERT INTO " + cassandra.keyspace() + ".kicks (app_id, user_id, kicked_at) VALUES (?, ?, ?)",
                        appId,
                        userId,
                        kickedAt);
        cache.evict(appId + "\u0000" + userId);
    }
}
