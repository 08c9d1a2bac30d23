package dev.parley.push;

import io.quarkus.test.junit.QuarkusTest;

import dev.parley.platform.testing.ServiceSmokeTestBase;

/** The push-service starts against real Kafka and Cassandra, applies its schema and reports ready. */
@QuarkusTest
class PushServiceTest extends ServiceSmokeTestBase {}
