package dev.parley.platform.cassandra;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Owns the service's one {@link CqlSession}. It connects in the background at start-up and keeps retrying until
 * Cassandra answers (so a service started before Cassandra becomes ready later instead of failing), then applies
 * the schema with {@link SchemaMigrator}. Until both are done {@link #session()} throws
 * {@link CassandraUnavailableException} and readiness is DOWN.
 */
@ApplicationScoped
public class CassandraClient {
    private final CassandraConfig config;
    private final SchemaMigrator migrator;
    private final AtomicReference<CqlSession> ready = new AtomicReference<>();
    private volatile CompletionStage<CqlSession> connecting;

    CassandraClient(CassandraConfig config, SchemaMigrator migrator) {
        this.config = config;
        this.migrator = migrator;
    }

    void onStart(@Observes StartupEvent event) {
        connecting = CqlSession.builder()
                .withConfigLoader(driverConfig())
                .addContactPoints(config.contactPoints().stream()
                        .map(CassandraClient::address)
                        .toList())
                .withLocalDatacenter(config.localDatacenter())
                .buildAsync();
        connecting.whenCompleteAsync((session, failure) -> {
            if (failure != null) {
                Log.errorf("Cassandra session could not be created: %s", failure.getMessage());
                return;
            }
            migrateThenPublish(session);
        });
    }

    private void migrateThenPublish(CqlSession session) {
        Duration backoff = Duration.ofMillis(500);
        while (true) {
            try {
                migrator.migrate(session, config.keyspace(), config.replicationFactor(), config.migrationSets());
                ready.set(session);
                Log.infof("Cassandra ready, keyspace %s", config.keyspace());
                return;
            } catch (SchemaMigrator.SchemaConflictException e) {
                Log.errorf("Schema conflict in keyspace %s: %s", config.keyspace(), e.getMessage());
                return;
            } catch (RuntimeException e) {
                Log.warnf("Schema migration of %s failed, retrying: %s", config.keyspace(), e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10)
                        : backoff.multipliedBy(2);
            }
        }
    }

    private DriverConfigLoader driverConfig() {
        return DriverConfigLoader.programmaticBuilder()
                .withBoolean(DefaultDriverOption.RECONNECT_ON_INIT, true)
                .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(500))
                .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(5))
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, config.requestTimeout())
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(5))
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(10))
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(10))
                .build();
    }

    /**
     * @return the connected session, with the schema applied
     * @throws CassandraUnavailableException while connecting or migrating
     */
    public CqlSession session() {
        CqlSession session = ready.get();
        if (session == null) {
            throw new CassandraUnavailableException("Cassandra session not ready");
        }
        return session;
    }

    /** Whether the session is connected and the schema applied. */
    public boolean isReady() {
        return ready.get() != null;
    }

    /** The service's keyspace; statements qualify table names with it. */
    public String keyspace() {
        return config.keyspace();
    }

    @PreDestroy
    void close() {
        CompletionStage<CqlSession> pending = connecting;
        if (pending != null) {
            pending.thenAccept(CqlSession::close);
        }
    }

    private static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0) {
            return new InetSocketAddress(hostPort.trim(), 9042);
        }
        return new InetSocketAddress(
                hostPort.substring(0, colon).trim(),
                Integer.parseInt(hostPort.substring(colon + 1).trim()));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
