package dev.parley.platform.cassandra;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing of schema sets; applying them against real Cassandra is covered by every service's smoke test. */
class SchemaMigratorTest {
    @Test
    void should_split_statements_at_lines_ending_in_semicolon() {
        String cql = "-- a comment\nCREATE TABLE a (\n  x int PRIMARY KEY\n);\n\nCREATE TABLE b (y int PRIMARY KEY);\n";
        assertThat(SchemaMigrator.statements(cql))
                .containsExactly("CREATE TABLE a (\n  x int PRIMARY KEY\n)", "CREATE TABLE b (y int PRIMARY KEY)");
    }

    @Test
    void should_list_platform_files_in_index_order() {
        assertThat(SchemaMigrator.index("platform"))
                .isEqualTo(List.of(
                        "V001__processed_events.cql",
                        "V002__apps.cql",
                        "V003__app_config.cql",
                        "V004__known_accounts.cql"));
    }

    @Test
    void should_use_keyspace_placeholder_in_every_platform_statement() {
        for (String file : SchemaMigrator.index("platform")) {
            String text = new String(readResource("cql/platform/" + file));
            for (String statement : SchemaMigrator.statements(text)) {
                assertThat(statement).as(file).contains("${keyspace}.");
            }
        }
    }

    private static byte[] readResource(String name) {
        try (var in = SchemaMigratorTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
