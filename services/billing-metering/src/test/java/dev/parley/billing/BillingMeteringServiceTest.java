package dev.parley.billing;

import io.quarkus.test.junit.QuarkusTest;

import dev.parley.platform.testing.ServiceSmokeTestBase;

/** The billing-metering-service starts against real Kafka and Cassandra, applies its schema and reports ready. */
@QuarkusTest
class BillingMeteringServiceTest extends ServiceSmokeTestBase {}
