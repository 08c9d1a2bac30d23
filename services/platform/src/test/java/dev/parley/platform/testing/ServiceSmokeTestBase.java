package dev.parley.platform.testing;

import java.time.Duration;
import java.util.List;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.parley.platform.cassandra.CassandraClient;
import dev.parley.platform.cassandra.SchemaMigrator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * What every service must do from its first day, checked against the real Kafka and Cassandra of the test
 * instance: become ready, serve metrics and OpenAPI, and apply its schema exactly once. A service's test class
 * extends this and adds {@code @QuarkusTest}.
 */
public abstract class ServiceSmokeTestBase {
    @Inject
    protected CassandraClient cassandra;

    @Inject
    SchemaMigrator migrator;

    private static int expectedPlatformFiles() {
        try (var in = ServiceSmokeTestBase.class.getClassLoader().getResourceAsStream("cql/platform/index.txt")) {
            return (int) new String(in.readAllBytes())
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .count();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void awaitReady() {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().when()
                        .get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("UP")));
    }

    @Test
    void should_report_ready_when_kafka_and_cassandra_are_up() {
        awaitReady();
        String body = given().get("/q/health/ready").then().extract().asString();
        assertThat(body).contains("cassandra").containsIgnoringCase("kafka");
    }

    @Test
    void should_be_live_when_started() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void should_expose_prometheus_metrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void should_serve_openapi_document() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
    }

    @Test
    void should_apply_schema_once_when_migrated_again() {
        awaitReady();
        int appliedAgain = migrator.migrate(cassandra.session(), cassandra.keyspace(), 1, List.of("platform"));
        assertThat(appliedAgain).isZero();
        long recorded = cassandra
                .session()
                .execute("SELECT version FROM " + cassandra.keyspace()
                        + ".schema_migrations WHERE set_name = 'platform'")
                .all()
                .size();
        assertThat(recorded).isEqualTo(expectedPlatformFiles());
    }
}
