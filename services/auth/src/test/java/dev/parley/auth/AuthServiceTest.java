package dev.parley.auth;

import io.quarkus.test.junit.QuarkusTest;

import dev.parley.platform.testing.ServiceSmokeTestBase;

/** The auth-service starts against real Kafka and Cassandra, applies its schema and reports ready. */
@QuarkusTest
class AuthServiceTest extends ServiceSmokeTestBase {}
