package dev.parley.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service whose Kafka goes away reports not-ready instead of dying, and becomes ready again by itself when
 * Kafka comes back. Uses a Kafka of its own (instance {@code e2e-outage}, started by {@code infra/scripts/kafka.sh})
 * so that stopping it does not disturb the other tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaOutageIT {
    private final Map<String, String> instance = Map.of(
            "PARLEY_INSTANCE", "e2e-outage",
            "PARLEY_KAFKA_PORT", Integer.toString(ServiceProcess.freePort()),
            "PARLEY_KAFKA_CONTROLLER_PORT", Integer.toString(ServiceProcess.freePort()),
            "PARLEY_CASSANDRA_PORT", Integer.toString(ServiceProcess.freePort()),
            "PARLEY_CASSANDRA_STORAGE_PORT", Integer.toString(ServiceProcess.freePort()),
            "PARLEY_CASSANDRA_JMX_PORT", Integer.toString(ServiceProcess.freePort()));

    @BeforeAll
    void startKafka() throws Exception {
        script("kafka.sh", "stop");
        deleteInstanceData();
        script("kafka.sh", "start");
        script("topics.sh");
    }

    @AfterAll
    void stopKafka() throws Exception {
        script("kafka.sh", "stop");
        deleteInstanceData();
    }

    @Test
    void should_go_not_ready_when_kafka_stops_and_ready_again_when_it_returns() throws Exception {
        String kafka = "127.0.0.1:" + instance.get("PARLEY_KAFKA_PORT");
        try (ServiceProcess service =
                ServiceProcess.start("message-service", "services/message", kafka, TestEnv.cassandra())) {
            await().atMost(Duration.ofSeconds(120)).until(() -> service.readinessStatus() == 200);

            script("kafka.sh", "stop");
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> service.readinessStatus() == 503);
            assertThat(service.isAlive()).isTrue();
            assertThat(service.get("/q/health/live").statusCode()).isEqualTo(200);

            script("kafka.sh", "start");
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> service.readinessStatus() == 200);
            assertThat(service.isAlive()).isTrue();
        }
    }

    private void script(String name, String... args) throws IOException, InterruptedException {
        Path script = TestEnv.repoRoot().resolve("infra/scripts").resolve(name);
        String[] command = new String[args.length + 1];
        command[0] = script.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(instance);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as(name + " finished")
                .isTrue();
        assertThat(process.exitValue()).as(name + " " + String.join(" ", args)).isZero();
    }

    private static void deleteInstanceData() throws IOException {
        Path dir = TestEnv.repoRoot().resolve(".parley/e2e-outage");
        if (dir.toFile().exists()) {
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
