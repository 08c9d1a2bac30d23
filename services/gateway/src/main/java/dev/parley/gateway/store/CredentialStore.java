package dev.parley.gateway.store;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.CassandraClient;

/** Table {@code app_credentials}: the latest key per app, cached for one second. */
@ApplicationScoped
public class CredentialStore {
    private final CassandraClient cassandra;
    private final TtlCache<Optional<Credentials>> cache = new TtlCache<>(1000, 100_000);

    CredentialStore(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    /** The app's key, empty when the gateway has not learned one. */
    public Optional<Credentials> find(String appId) {
        return cache.get(appId, id -> {
            Row row = cassandra
                    .session()
                    .execute(
                            "SELECT secret_key, key_version FROM " + cassandra.keyspace()
                                    + ".app_credentials WHERE app_id = ?",
                            id)
                    .one();
            return row == null
                    ? Optional.empty()
                    : Optional.of(new Credentials(row.getString("secret_key"), row.getInt("key_version")));
        });
    }

    /**
     * Stores a key unless a newer version is stored (replays and reordering change nothing).
     *
     * @return whether it was stored
     */
    public boolean save(String appId, Credentials credentials) {
        Row current = cassandra
                .session()
                .execute("SELECT key_version FROM " + cassandra.keyspace() + ".app_credentials WHERE app_id = ?", appId)
                .one();
        if (current != null && current.getInt("key_version") >= credentials.keyVersion()) {
            return false;
        }
        cassandra
                .session()
                .execute(
                        "INSERT INTO " + cassandra.keyspace()
                                + ".app_credentials (app_id, secret_key, key_version) VALUES (?, ?, ?)",
                        appId,
                        credentials.secretKey(),
                        credentials.keyVersion());
        cache.evict(appId);
        return true;
    }
}
