package dev.parley.callback;

import io.quarkus.test.junit.QuarkusTest;

import dev.parley.platform.testing.ServiceSmokeTestBase;

/** The callback-service starts against real Kafka and Cassandra, applies its schema and reports ready. */
@QuarkusTest
class CallbackServiceTest extends ServiceSmokeTestBase {}
