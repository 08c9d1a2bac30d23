package dev.parley.message;

import io.quarkus.test.junit.QuarkusTest;

import dev.parley.platform.testing.ServiceSmokeTestBase;

/** The message-service starts against real Kafka and Cassandra, applies its schema and reports ready. */
@QuarkusTest
class MessageServiceTest extends ServiceSmokeTestBase {}
