package dev.parley.gateway;

import io.quarkus.test.junit.QuarkusTest;

import dev.parley.platform.testing.ServiceSmokeTestBase;

/** The gateway-service starts against real Kafka and Cassandra, applies its schema and reports ready. */
@QuarkusTest
class GatewayServiceTest extends ServiceSmokeTestBase {}
