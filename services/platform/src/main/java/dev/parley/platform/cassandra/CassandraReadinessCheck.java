package dev.parley.platform.cassandra;

import java.time.Duration;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is UP only while the session is connected, the schema applied and a trivial query answers. */
@Readiness
@ApplicationScoped
public class CassandraReadinessCheck implements HealthCheck {
    private static final SimpleStatement PING = SimpleStatement.newInstance("SELECT release_version FROM system.local")
            .setTimeout(Duration.ofSeconds(2));

    private final CassandraClient cassandra;

    CassandraReadinessCheck(CassandraClient cassandra) {
        this.cassandra = cassandra;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("cassandra").withData("keyspace", cassandra.keyspace());
        if (!cassandra.isReady()) {
            return response.down()
                    .withData("reason", "connecting or applying schema")
                    .build();
        }
        try {
            cassandra.session().execute(PING);
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down()
                    .withData("reason", e.getClass().getSimpleName())
                    .build();
        }
    }
}
