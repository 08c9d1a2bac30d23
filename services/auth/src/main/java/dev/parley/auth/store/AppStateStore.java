package dev.parley.auth.store;

import java.util.List;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.core.JsonProcessingException;

import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.platform.cassandra.CassandraClient;
import dev.parley.platform.events.EventCodec;

/** Table {@code app_state}: auth's write-side view of each app, written after its events were acknowledged. */
@ApplicationScoped
public class AppStateStore {
    private final CassandraClient cassandra;

    AppStateStore(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    /** The app's state, if registered. */
    public Optional<AppState> find(String appId) {
        CqlSession session = cassandra.session();
        Row row = session.execute("SELECT * FROM " + cassandra.keyspace() + ".app_state WHERE app_id = ?", appId)
                .one();
        if (row == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AppState(
                    row.getString("app_id"),
                    row.getString("name"),
                    Edition.fromWire(row.getString("edition")),
                    Region.fromWire(row.getString("region")),
                    List.copyOf(row.getList("admins", String.class)),
                    EventCodec.json().readValue(row.getString("settings"), AppSettings.class),
                    row.getString("secret_key"),
                    row.getInt("key_version"),
                    row.getLong("sequence")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings unreadable", e);
        }
    }

    /** Writes the whole state (idempotent upsert). */
    public void save(AppState state) {
        try {
            cassandra
                    .session()
                    .execute(
                            "INSERT INTO " + cassandra.keyspace()
                                    + ".app_state (app_id, name, edition, region, admins, settings, secret_key,"
                                    + " key_version, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            state.appId(),
                            state.name(),
                            state.edition().wireName(),
                            state.region().wireName(),
                            state.admins(),
                            EventCodec.json().writeValueAsString(state.settings()),
                            state.secretKey(),
                            state.keyVersion(),
                            state.sequence());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("settings not serialisable", e);
        }
    }
}
