package dev.parley.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The raw Kafka phase: records of {@code --record-bytes} (300) to {@code bench.raw}, keyed by a conversation like
 * the message topics, with the producer settings of the send path ({@code acks=all}, idempotence on) and {@code
 * linger.ms=1}. Latency is from {@code send()} to the broker's acknowledgement.
 */
final class KafkaPhase {
    static final String TOPIC = "bench.raw";
    static final int PARTITIONS = 16;

    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private KafkaPhase() {}

    /** Creates the topic if missing, runs the plan and prints the report. */
    static PhaseResult run(BenchOptions o, Driver.Plan plan, PrintStream out) {
        out.println();
        out.printf("kafka: %s, topic %s%n", o.kafka, TOPIC);
        int partitions = ensureTopic(o.kafka, out);

        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, o.kafka);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "sendbench");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(o.timeout * 1000 - 1));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(o.timeout * 1000));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(o.timeout * 1000));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        byte[] value = value(o.recordBytes);
        Traffic traffic = new Traffic(o.userPrefix, o.users);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p);
        try {
            Operation op = n -> {
                int[] pair = traffic.pair();
                String key = "bench:" + Traffic.c2c(traffic.user(pair[0]), traffic.user(pair[1]));
                CompletableFuture<String> acked = new CompletableFuture<>();
                producer.send(new ProducerRecord<>(TOPIC, key, value), (metadata, error) -> {
                    if (error == null) {
                        acked.complete(Operation.OK);
                    } else {
                        acked.completeExceptionally(error);
                    }
                });
                return acked;
            };
            PhaseResult result = Driver.run(plan, op);
            result.print(
                    out,
                    "records of " + value.length + " bytes (key: a conversation of " + o.users + " users) to " + TOPIC
                            + " (" + partitions + " partitions), acks=all, idempotence on, linger.ms 1, no"
                            + " compression");
            return result;
        } finally {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Creates {@link #TOPIC} with {@link #PARTITIONS} partitions if it does not exist; returns its partition count. */
    private static int ensureTopic(String bootstrap, PrintStream out) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "sendbench-admin");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        try (Admin admin = Admin.create(p)) {
            if (!admin.listTopics()
                    .names()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .contains(TOPIC)) {
                try {
                    admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1)))
                            .all()
                            .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    out.printf("kafka: created %s with %d partitions%n", TOPIC, PARTITIONS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            TopicDescription d = admin.describeTopics(List.of(TOPIC))
                    .topicNameValues()
                    .get(TOPIC)
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (d.partitions().size() != PARTITIONS) {
                out.printf(
                        "kafka: note: %s exists with %d partitions, not %d%n",
                        TOPIC, d.partitions().size(), PARTITIONS);
            }
            return d.partitions().size();
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new SetupFailure("kafka: could not create or describe " + TOPIC + " on " + bootstrap + ": " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailure("kafka: interrupted");
        }
    }

    /** A record value of {@code bytes} bytes: the message body, repeated or cut to size. */
    private static byte[] value(int bytes) {
        byte[] body = Traffic.MSG_BODY.getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[bytes];
        for (int i = 0; i < bytes; i += body.length) {
            System.arraycopy(body, 0, value, i, Math.min(body.length, bytes - i));
        }
        return Arrays.copyOf(value, bytes);
    }
}
