package dev.parley.relationship;

import io.quarkus.test.junit.QuarkusTest;

import dev.parley.platform.testing.ServiceSmokeTestBase;

/** The relationship-service starts against real Kafka and Cassandra, applies its schema and reports ready. */
@QuarkusTest
class RelationshipServiceTest extends ServiceSmokeTestBase {}
