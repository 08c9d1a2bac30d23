package dev.parley.platform.cassandra;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;

/**
 * Prepared statements by their text, prepared once per text. Table names are written {@code {ks}.table} and
 * qualified with the service's keyspace.
 */
@ApplicationScoped
public class Cql {
    private final CassandraClient cassandra;
    private final Map<String, PreparedStatement> prepared = new ConcurrentHashMap<>();

    Cql(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    /** Binds the statement of this text. */
    public BoundStatement bind(String cql, Object... values) {
        PreparedStatement statement = prepared.computeIfAbsent(
                cql, text -> cassandra.session().prepare(text.replace("{ks}", cassandra.keyspace())));
        return statement.bind(values);
    }

    /** Runs the statement of this text. */
    public ResultSet execute(String cql, Object... values) {
        return session().execute(bind(cql, values));
    }

    /** Runs the statement of this text asynchronously. */
    public CompletionStage<com.datastax.oss.driver.api.core.cql.AsyncResultSet> executeAsync(
            String cql, Object... values) {
        return session().executeAsync(bind(cql, values));
    }

    /** The session (throws while Cassandra is not ready). */
    public CqlSession session() {
        return cassandra.session();
    }

    /** The service's keyspace. */
    public String keyspace() {
        return cassandra.keyspace();
    }
}
