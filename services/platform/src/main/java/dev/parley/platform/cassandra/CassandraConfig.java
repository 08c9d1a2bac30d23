package dev.parley.platform.cassandra;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Connection and schema settings of the service's Cassandra keyspace. */
@ConfigMapping(prefix = "parley.cassandra")
public interface CassandraConfig {
    /** Contact points as {@code host:port}, comma-separated. */
    @WithDefault("127.0.0.1:9042")
    List<String> contactPoints();

    /** Local data-center name of the driver's load-balancing policy. */
    @WithDefault("datacenter1")
    String localDatacenter();

    /** The service's own keyspace, e.g. {@code parley_message}. */
    String keyspace();

    /** Replication factor used when the keyspace is created (SimpleStrategy). */
    @WithDefault("1")
    int replicationFactor();

    /**
     * Schema sets applied in order at start-up; each is a classpath folder {@code cql/<set>/} with an
     * {@code index.txt} listing its files.
     */
    @WithDefault("platform")
    List<String> migrationSets();

    /** Timeout of one request. */
    @WithDefault("5s")
    Duration requestTimeout();
}
