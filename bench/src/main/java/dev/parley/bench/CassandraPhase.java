package dev.parley.bench;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;

/**
 * The raw Cassandra phase: one asynchronous {@code INSERT ... USING TTL} per message into {@code
 * parley_bench.messages}, a table of the same shape as the message service's {@code messages} (V002 + V003), with
 * the same partitioning (app, conversation, bucket of 1,000 sequences) and a per-conversation sequence. No
 * conversation head, no retry record: this is the cost of the one statement, for comparison with the send path. With
 * {@code --cassandra-batch N}, every request is an unlogged batch of N rows of different conversations, to measure
 * what Cassandra spends per request against what it spends per row.
 */
final class CassandraPhase {
    static final String KEYSPACE = "parley_bench";

    /** TTL of the rows: they are only load, a day is plenty and keeps the keyspace from growing without end. */
    static final int TTL_SECONDS = 86_400;

    private static final Duration DDL_TIMEOUT = Duration.ofSeconds(60);

    private CassandraPhase() {}

    /** Creates the keyspace and table if missing, runs the plan and prints the report. */
    static PhaseResult run(BenchOptions o, Driver.Plan plan, PrintStream out) {
        out.println();
        out.printf("cassandra: connecting to %s (datacenter %s)%n", o.cassandra, o.cassandraDc);
        DriverConfigLoader config = DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(o.timeout))
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(5))
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(30))
                .withInt(DefaultDriverOption.CONNECTION_MAX_REQUESTS, 32_768)
                // Batches above 5 KiB draw a server warning per request; logging each would cost the generator more
                // than the request (Cassandra still logs its own line per batch, see the report).
                .withBoolean(DefaultDriverOption.REQUEST_LOG_WARNINGS, false)
                .build();
        try (CqlSession session = CqlSession.builder()
                .withConfigLoader(config)
                .addContactPoint(new InetSocketAddress(BenchOptions.host(o.cassandra), BenchOptions.port(o.cassandra)))
                .withLocalDatacenter(o.cassandraDc)
                .build()) {
            createSchema(session);
            PreparedStatement insert = session.prepare("INSERT INTO " + KEYSPACE + ".messages (app_id, conversation_id,"
                    + " bucket, seq, kind, from_account, to_account, msg_seq, msg_random, msg_time, msg_key, body,"
                    + " cloud_custom_data, priority, support_extension, need_read_receipt, import_mode)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) USING TTL " + TTL_SECONDS);
            Traffic traffic = new Traffic(o.userPrefix, o.users);
            Map<String, AtomicLong> heads = new ConcurrentHashMap<>();
            Operation op = n -> {
                if (o.cassandraBatch == 1) {
                    return session.executeAsync(row(insert, traffic, heads))
                            .toCompletableFuture()
                            .thenApply(rs -> Operation.OK);
                }
                BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
                for (int i = 0; i < o.cassandraBatch; i++) {
                    batch.addStatement(row(insert, traffic, heads));
                }
                return session.executeAsync(batch.build()).toCompletableFuture().thenApply(rs -> Operation.OK);
            };
            PhaseResult result = Driver.run(plan, op);
            result.print(
                    out,
                    (o.cassandraBatch == 1
                                    ? "one INSERT"
                                    : "an unlogged batch of " + o.cassandraBatch + " INSERTs (rows/s = requests/s x "
                                            + o.cassandraBatch + ")")
                            + " of a " + Traffic.MSG_BODY.length() + "-character body per request into " + KEYSPACE
                            + ".messages (replication factor 1, TTL " + TTL_SECONDS + " s), " + o.users
                            + " users' conversations; consistency: driver default (LOCAL_ONE)");
            return result;
        }
    }

    /** One message row of a random conversation, with the conversation's next sequence. */
    private static BoundStatement row(PreparedStatement insert, Traffic traffic, Map<String, AtomicLong> heads) {
        int[] pair = traffic.pair();
        String from = traffic.user(pair[0]);
        String to = traffic.user(pair[1]);
        String conversation = Traffic.c2c(from, to);
        long seq = heads.computeIfAbsent(conversation, c -> new AtomicLong()).incrementAndGet();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long random = r.nextLong(1L << 32);
        long msgSeq = r.nextLong(1L << 32);
        long time = System.currentTimeMillis() / 1000;
        return insert.bind(
                "bench",
                conversation,
                seq / 1_000,
                seq,
                "C2C",
                from,
                to,
                msgSeq,
                random,
                time,
                msgSeq + "_" + random + "_" + time,
                Traffic.MSG_BODY,
                "",
                "Normal",
                false,
                false,
                0);
    }

    private static void createSchema(CqlSession session) {
        ddl(
                session,
                "CREATE KEYSPACE IF NOT EXISTS " + KEYSPACE
                        + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        ddl(
                session,
                "CREATE TABLE IF NOT EXISTS " + KEYSPACE
                        + ".messages (app_id text, conversation_id text, bucket bigint,"
                        + " seq bigint, kind text, from_account text, to_account text, msg_seq bigint,"
                        + " msg_random bigint, msg_time bigint, msg_key text, body text, cloud_custom_data text,"
                        + " priority text, support_extension boolean, need_read_receipt boolean, import_mode int,"
                        + " PRIMARY KEY ((app_id, conversation_id, bucket), seq)) WITH CLUSTERING ORDER BY (seq DESC)");
        if (!session.checkSchemaAgreement()) {
            throw new SetupFailure("cassandra: schema agreement not reached after creating " + KEYSPACE);
        }
    }

    private static void ddl(CqlSession session, String cql) {
        session.execute(SimpleStatement.newInstance(cql).setTimeout(DDL_TIMEOUT));
    }
}
