package dev.parley.platform.apps;

import java.util.List;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.core.JsonProcessingException;

import dev.parley.model.app.AppSettings;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.model.app.events.AppConfigured;
import dev.parley.platform.cassandra.CassandraClient;
import dev.parley.platform.events.EventCodec;

/**
 * Table {@code apps} of the service's keyspace. Registration is first-writer-wins and a configuration snapshot is
 * applied only when newer than the stored one, so replays change nothing.
 */
@ApplicationScoped
public class AppDirectoryStore {
    private final CassandraClient cassandra;
    private volatile PreparedStatement insert;
    private volatile PreparedStatement select;
    private volatile PreparedStatement configure;

    AppDirectoryStore(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    /**
     * Inserts the app unless it is already known.
     *
     * @return whether this call inserted it
     */
    public boolean insertIfAbsent(AppInfo app, String eventId) {
        CqlSession session = cassandra.session();
        if (insert == null) {
            insert = session.prepare("INSERT INTO " + cassandra.keyspace()
                    + ".apps (app_id, name, edition, region, registered_at, event_id) VALUES (?, ?, ?, ?, ?, ?)"
                    + " IF NOT EXISTS");
        }
        return session.execute(insert.bind(
                        app.appId(),
                        app.name(),
                        app.edition().wireName(),
                        app.region().wireName(),
                        app.registeredAt(),
                        eventId))
                .wasApplied();
    }

    /**
     * Stores a configuration snapshot unless a newer one (higher per-app sequence) is already stored. Events of
     * one app are consumed in order by one thread, so read-then-write needs no lock.
     *
     * @return whether the snapshot was stored
     */
    public boolean configure(AppConfigured config, long sequence) {
        CqlSession session = cassandra.session();
        Row current = session.execute(
                        "SELECT config_sequence FROM " + cassandra.keyspace() + ".apps WHERE app_id = ?",
                        config.appId())
                .one();
        if (current != null && !current.isNull("config_sequence") && current.getLong("config_sequence") >= sequence) {
            return false;
        }
        if (configure == null) {
            configure = session.prepare("UPDATE " + cassandra.keyspace()
                    + ".apps SET edition = ?, admins = ?, settings = ?, config_sequence = ? WHERE app_id = ?");
        }
        session.execute(configure.bind(
                config.edition().wireName(), config.admins(), toJson(config.settings()), sequence, config.appId()));
        return true;
    }

    /** The app, if registered. */
    public Optional<AppInfo> find(String appId) {
        CqlSession session = cassandra.session();
        if (select == null) {
            select = session.prepare("SELECT app_id, name, edition, region, registered_at, admins, settings FROM "
                    + cassandra.keyspace() + ".apps WHERE app_id = ?");
        }
        Row row = session.execute(select.bind(appId)).one();
        if (row == null || row.isNull("region")) {
            return Optional.empty();
        }
        Edition edition = Edition.fromWire(row.getString("edition"));
        String settings = row.getString("settings");
        return Optional.of(new AppInfo(
                row.getString("app_id"),
                row.getString("name"),
                edition,
                Region.fromWire(row.getString("region")),
                row.getInstant("registered_at"),
                row.isNull("admins") ? List.of() : List.copyOf(row.getList("admins", String.class)),
                settings == null ? AppSettings.defaults(edition) : fromJson(settings)));
    }

    private static String toJson(AppSettings settings) {
        try {
            return EventCodec.json().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("settings not serialisable", e);
        }
    }

    private static AppSettings fromJson(String json) {
        try {
            return EventCodec.json().readValue(json, AppSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings unreadable", e);
        }
    }
}
