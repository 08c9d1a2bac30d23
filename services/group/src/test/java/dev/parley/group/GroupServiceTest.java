package dev.parley.group;

import io.quarkus.test.junit.QuarkusTest;

import dev.parley.platform.testing.ServiceSmokeTestBase;

/** The group-service starts against real Kafka and Cassandra, applies its schema and reports ready. */
@QuarkusTest
class GroupServiceTest extends ServiceSmokeTestBase {}
