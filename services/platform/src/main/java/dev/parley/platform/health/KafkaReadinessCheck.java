package dev.parley.platform.health;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Kafka readiness. A background thread asks the cluster for its nodes every two seconds with a two-second
 * timeout and keeps the last answer, so the probe itself answers at once (Kubernetes probes time out after a
 * second by default) and goes DOWN within a few seconds of Kafka going away and UP again when it returns.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {
    private static final long PROBE_MILLIS = 2000;

    private final String bootstrap;
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-kafka-readiness");
        t.setDaemon(true);
        return t;
    });
    private volatile Admin admin;
    private volatile String state = "not probed yet";
    private volatile boolean up;

    KafkaReadinessCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.bootstrap = bootstrap;
    }

    void onStart(@Observes StartupEvent event) {
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) PROBE_MILLIS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) PROBE_MILLIS,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                1000,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "parley-readiness"));
        probe.scheduleWithFixedDelay(this::probeOnce, 0, PROBE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void probeOnce() {
        try {
            int nodes = admin.describeCluster()
                    .nodes()
                    .get(PROBE_MILLIS, TimeUnit.MILLISECONDS)
                    .size();
            up = nodes > 0;
            state = nodes + " broker(s)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            up = false;
            state = "unreachable: " + e.getClass().getSimpleName();
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka")
                .status(up)
                .withData("bootstrap", bootstrap)
                .withData("state", state)
                .build();
    }

    @PreDestroy
    void close() {
        probe.shutdownNow();
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(1));
        }
    }
}
