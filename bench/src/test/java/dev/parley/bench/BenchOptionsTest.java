package dev.parley.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Option parsing and the loopback rule. */
class BenchOptionsTest {

    @Test
    void should_refuse_addresses_that_are_not_loopback() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--gateway", "http://10.1.2.3:8080"}))
                .hasMessageContaining("127.0.0.1 or localhost");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--cassandra", "db.example.com:9042"}))
                .hasMessageContaining("127.0.0.1 or localhost");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--kafka=127.0.0.1:9092,10.0.0.2:9092"}))
                .hasMessageContaining("one HOST:PORT");
    }

    @Test
    void should_parse_phases_in_their_fixed_order_and_a_ramp() {
        BenchOptions o = BenchOptions.parse(
                new String[] {"--phases", "send,cassandra", "--ramp", "250,500,1000", "--ramp-all", "--users=50"});

        assertThat(o.phases).containsExactly("cassandra", "send");
        assertThat(o.sendRates()).containsExactly(250.0, 500.0, 1000.0);
        assertThat(o.rampAll).isTrue();
        assertThat(o.users).isEqualTo(50);
    }

    @Test
    void should_refuse_unknown_options_and_bad_values() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rates", "5"}))
                .hasMessageContaining("unknown option");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--users", "1"}))
                .hasMessageContaining("2..100000");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--phases", "send,redis"}))
                .hasMessageContaining("unknown phase");
    }

    @Test
    void should_parse_the_load_shapes_and_refuse_groups_larger_than_the_users() {
        BenchOptions o = BenchOptions.parse(
                new String[] {"--cassandra-batch", "10", "--edge", "--groups", "20", "--group-members", "40"});
        assertThat(o.cassandraBatch).isEqualTo(10);
        assertThat(o.edge).isTrue();
        assertThat(o.groups).isEqualTo(20);
        assertThat(o.groupMembers).isEqualTo(40);
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--cassandra-batch", "0"}))
                .hasMessageContaining("1..100");
        assertThatThrownBy(() ->
                        BenchOptions.parse(new String[] {"--users", "30", "--groups", "2", "--group-members", "40"}))
                .hasMessageContaining("--group-members must not exceed --users");
    }
}
