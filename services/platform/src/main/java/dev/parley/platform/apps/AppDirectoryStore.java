package dev.parley.platform.apps;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.platform.cassandra.CassandraClient;

/** Table {@code apps} of the service's keyspace. Registration is first-writer-wins, so replays change nothing. */
@ApplicationScoped
public class AppDirectoryStore {
    private final CassandraClient cassandra;
    private volatile PreparedStatement insert;
    private volatile PreparedStatement select;

    AppDirectoryStore(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    /**
     * Inserts the app unless it is already known.
     *
     * @param app the app
     * @param eventId the registering event
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

    /** The app, if registered. */
    public Optional<AppInfo> find(String appId) {
        CqlSession session = cassandra.session();
        if (select == null) {
            select = session.prepare("SELECT app_id, name, edition, region, registered_at FROM " + cassandra.keyspace()
                    + ".apps WHERE app_id = ?");
        }
        Row row = session.execute(select.bind(appId)).one();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new AppInfo(
                row.getString("app_id"),
                row.getString("name"),
                Edition.fromWire(row.getString("edition")),
                Region.fromWire(row.getString("region")),
                row.getInstant("registered_at")));
    }
}
