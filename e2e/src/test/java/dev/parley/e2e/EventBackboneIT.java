package dev.parley.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.parley.model.Topics;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.model.app.events.AppRegistered;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.envelope.EventTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * All eight packaged services against the real Kafka and Cassandra of the test instance: they become ready, an
 * event one service publishes lands in every service's Cassandra table, a duplicate delivery changes nothing, and a
 * poison record goes to each service's dead-letter topic while the next record is still processed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventBackboneIT {
    private static final Duration LANDING = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private CqlSession cql;
    private KafkaProducer<String, String> producer;

    @BeforeAll
    void startStack() {
        for (TestEnv.ServiceRow row : TestEnv.services()) {
            services.put(row.name(), ServiceProcess.start(row.name(), row.dir(), TestEnv.kafka(), TestEnv.cassandra()));
        }
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    for (ServiceProcess service : services.values()) {
                        assertThat(service.isAlive())
                                .as(service.name + " alive, see " + ServiceProcess.logOf(service.name))
                                .isTrue();
                        assertThat(service.readinessStatus())
                                .as(service.name + " ready")
                                .isEqualTo(200);
                    }
                });
        cql = TestEnv.cqlSession();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEnv.kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    @AfterAll
    void stopStack() {
        services.values().parallelStream().forEach(ServiceProcess::close);
        if (producer != null) {
            producer.close();
        }
        if (cql != null) {
            cql.close();
        }
    }

    @Test
    void should_report_kafka_and_cassandra_up_on_every_service() {
        for (ServiceProcess service : services.values()) {
            ServiceProcess.Reply ready = service.get("/q/health/ready");
            assertThat(ready.statusCode()).as(service.name).isEqualTo(200);
            assertThat(ready.body()).as(service.name).contains("\"cassandra\"").containsIgnoringCase("kafka");
            assertThat(service.get("/q/metrics").body()).as(service.name).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void should_land_app_registered_by_auth_in_every_service_keyspace() {
        String appId = freshAppId();
        ServiceProcess.Reply created = services.get("auth-service")
                .postJson(
                        "/console/v1/apps",
                        "{\"sdkAppId\":\"" + appId
                                + "\",\"name\":\"Backbone\",\"edition\":\"pro\",\"region\":\"frankfurt\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        awaitAppEverywhere(appId);
        for (TestEnv.ServiceRow row : TestEnv.services()) {
            Row app = appRow(row.keyspace(), appId);
            assertThat(app.getString("name")).isEqualTo("Backbone");
            assertThat(app.getString("edition")).isEqualTo("pro");
            assertThat(app.getString("region")).isEqualTo("frankfurt");
        }
        await().atMost(LANDING)
                .until(() -> services.get("auth-service")
                                .get("/console/v1/apps/" + appId)
                                .statusCode()
                        == 200);
        ServiceProcess.Reply again = services.get("auth-service")
                .postJson(
                        "/console/v1/apps",
                        "{\"sdkAppId\":\"" + appId + "\",\"name\":\"Twice\",\"edition\":\"pro\",\"region\":\"china\"}");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void should_change_nothing_when_an_event_is_delivered_twice() throws Exception {
        Map<String, Double> duplicatesBefore = duplicatesPerService();
        String original = freshAppId();
        EventEnvelope first = envelope(UUID.randomUUID().toString(), original, "Original");
        RecordMetadata sent = send(first.aggregateId(), null, JSON.writeValueAsString(first));
        awaitAppEverywhere(original);

        // A byte-identical redelivery, and a copy with the same event id whose payload was altered on the way:
        // every consumer must recognise both as already processed. A later record on the same partition tells
        // us when they have been consumed.
        send(first.aggregateId(), sent.partition(), JSON.writeValueAsString(first));
        send(
                first.aggregateId(),
                sent.partition(),
                JSON.writeValueAsString(envelope(first.eventId(), original, "Altered")));
        String sentinel = freshAppId();
        send(
                sentinel,
                sent.partition(),
                JSON.writeValueAsString(envelope(UUID.randomUUID().toString(), sentinel, "S")));

        awaitAppEverywhere(sentinel);
        Map<String, Double> duplicatesAfter = duplicatesPerService();
        for (TestEnv.ServiceRow row : TestEnv.services()) {
            assertThat(appRow(row.keyspace(), original).getString("name")).isEqualTo("Original");
            assertThat(duplicatesAfter.get(row.name()) - duplicatesBefore.get(row.name()))
                    .as(row.name() + " duplicates recognised")
                    .isEqualTo(2.0);
            assertThat(cql.execute(
                                    "SELECT consumer FROM " + row.keyspace()
                                            + ".processed_events WHERE app_id = ? AND event_id = ?",
                                    original,
                                    first.eventId())
                            .all())
                    .hasSize(1);
        }
    }

    /** Sum of {@code parley_events_consumed_total{outcome="duplicate"}} of each service. */
    private Map<String, Double> duplicatesPerService() {
        Map<String, Double> result = new LinkedHashMap<>();
        for (ServiceProcess service : services.values()) {
            double sum = 0;
            for (String line : service.get("/q/metrics").body().split("\n")) {
                if (line.startsWith("parley_events_consumed_total{") && line.contains("outcome=\"duplicate\"")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            result.put(service.name, sum);
        }
        return result;
    }

    @Test
    void should_dead_letter_poison_and_still_process_the_next_record() throws Exception {
        String poison = "not json {" + UUID.randomUUID();
        RecordMetadata sent = send("poison", null, poison);
        String next = freshAppId();
        send(
                next,
                sent.partition(),
                JSON.writeValueAsString(envelope(UUID.randomUUID().toString(), next, "Next")));

        awaitAppEverywhere(next);
        for (TestEnv.ServiceRow row : TestEnv.services()) {
            assertThat(TopicReader.readAll(Topics.deadLetter(Topics.APP_EVENTS, row.name())).stream()
                            .map(ConsumerRecord::value))
                    .as("DLQ of " + row.name())
                    .contains(poison);
        }
    }

    private RecordMetadata send(String key, Integer partition, String value) throws Exception {
        return producer.send(new ProducerRecord<>(Topics.APP_EVENTS, partition, key, value))
                .get();
    }

    private static EventEnvelope envelope(String eventId, String appId, String name) {
        return new EventEnvelope(
                eventId,
                EventTypes.APP_REGISTERED_V1,
                "app",
                appId,
                1,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                appId,
                null,
                null,
                null,
                "e2e-test",
                new AppRegistered(appId, name, Edition.TRIAL, Region.SEOUL));
    }

    private void awaitAppEverywhere(String appId) {
        await().atMost(LANDING).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (TestEnv.ServiceRow row : TestEnv.services()) {
                assertThat(appRow(row.keyspace(), appId))
                        .as(appId + " in " + row.keyspace())
                        .isNotNull();
            }
        });
    }

    private Row appRow(String keyspace, String appId) {
        return cql.execute("SELECT name, edition, region FROM " + keyspace + ".apps WHERE app_id = ?", appId)
                .one();
    }

    private static String freshAppId() {
        return Long.toString(1_500_000_000L + ThreadLocalRandom.current().nextLong(400_000_000L));
    }
}
