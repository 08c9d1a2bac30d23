package dev.parley.platform.events;

import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;

import dev.parley.platform.cassandra.CassandraClient;

/**
 * Idempotency markers of side-effect consumers, table {@code processed_events} in the service's keyspace
 * (style B7). A marker is written after the effect, never before, so a crash in between repeats the effect,
 * which therefore must itself be idempotent.
 */
@ApplicationScoped
public class ProcessedEventStore {
    private final CassandraClient cassandra;
    private volatile PreparedStatement select;
    private volatile PreparedStatement insert;

    ProcessedEventStore(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    /** Whether {@code consumer} has already processed the event. */
    public boolean seen(String appId, String eventId, String consumer) {
        CqlSession session = cassandra.session();
        return session.execute(selectStatement(session).bind(appId, eventId, consumer))
                        .one()
                != null;
    }

    /** Records that {@code consumer} has processed the event. */
    public void markProcessed(String appId, String eventId, String consumer) {
        CqlSession session = cassandra.session();
        session.execute(insertStatement(session).bind(appId, eventId, consumer, Instant.now()));
    }

    private PreparedStatement selectStatement(CqlSession session) {
        if (select == null) {
            select = session.prepare("SELECT consumer FROM " + cassandra.keyspace()
                    + ".processed_events WHERE app_id = ? AND event_id = ? AND consumer = ?");
        }
        return select;
    }

    private PreparedStatement insertStatement(CqlSession session) {
        if (insert == null) {
            insert = session.prepare("INSERT INTO " + cassandra.keyspace()
                    + ".processed_events (app_id, event_id, consumer, processed_at) VALUES (?, ?, ?, ?)");
        }
        return insert;
    }
}
