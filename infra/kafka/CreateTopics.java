import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the Kafka topics declared in {@code infra/kafka/topics.tsv}, idempotently, in one JVM.
 *
 * <p>Run as a single-file program on the Kafka classpath (see {@code infra/scripts/topics.sh}):
 *
 * <pre>java -cp &lt;kafka classpath&gt; infra/kafka/CreateTopics.java 127.0.0.1:9092 infra/kafka/topics.tsv</pre>
 *
 * <p>Missing topics are created with their partition count, {@code retention.ms} and
 * {@code cleanup.policy} (replication factor: the broker default). Existing topics are left
 * untouched; a difference from the table is reported as a warning. Exit status: 0 on success,
 * 1 when a topic could not be created or Kafka is unreachable, 2 on bad usage or a bad table.
 */
public final class CreateTopics {

    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Set<String> CLEANUP_POLICIES = Set.of("delete", "compact", "compact,delete", "delete,compact");
    private static final long TIMEOUT_SECONDS = 30;

    private record TopicSpec(String name, int partitions, long retentionMs, String cleanupPolicy) {

        Map<String, String> configs() {
            return Map.of(
                    TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs),
                    TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
        }
    }

    private CreateTopics() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -cp <kafka classpath> CreateTopics.java <bootstrap-servers> <topics.tsv>");
            System.exit(2);
        }
        String bootstrap = args[0];
        List<TopicSpec> specs;
        try {
            specs = parse(Path.of(args[1]));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + args[1] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            System.exit(run(bootstrap, specs));
        } catch (ExecutionException e) {
            System.err.println("error: Kafka at " + bootstrap + ": " + e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("error: no answer from Kafka at " + bootstrap + " within " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("error: interrupted");
        }
        System.exit(1);
    }

    static List<TopicSpec> parse(Path file) throws IOException {
        List<TopicSpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = trimmed.split("\\s+"); // tabs (spaces are tolerated)
            if (cols.length != 4) {
                throw new IllegalArgumentException("line " + lineNo
                        + ": expected 4 tab-separated columns (name partitions retention_ms cleanup_policy), got "
                        + cols.length);
            }
            String name = cols[0].strip();
            if (!TOPIC_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("line " + lineNo + ": invalid topic name '" + name + "'");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("line " + lineNo + ": duplicate topic '" + name + "'");
            }
            int partitions;
            long retentionMs;
            try {
                partitions = Integer.parseInt(cols[1].strip());
                retentionMs = Long.parseLong(cols[2].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNo + ": partitions and retention_ms must be numbers");
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("line " + lineNo + ": partitions must be >= 1");
            }
            if (retentionMs < -1) {
                throw new IllegalArgumentException("line " + lineNo + ": retention_ms must be -1 or >= 0");
            }
            String cleanupPolicy = cols[3].strip();
            if (!CLEANUP_POLICIES.contains(cleanupPolicy)) {
                throw new IllegalArgumentException("line " + lineNo + ": cleanup_policy must be one of " + CLEANUP_POLICIES);
            }
            specs.add(new TopicSpec(name, partitions, retentionMs, cleanupPolicy));
        }
        return specs;
    }

    static int run(String bootstrap, List<TopicSpec> specs)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "parley-create-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT_SECONDS * 1000));

        try (Admin admin = Admin.create(props)) {
            Set<String> present = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

            Map<String, TopicSpec> missing = new LinkedHashMap<>();
            Map<String, TopicSpec> existing = new LinkedHashMap<>();
            for (TopicSpec spec : specs) {
                (present.contains(spec.name()) ? existing : missing).put(spec.name(), spec);
            }

            int created = 0;
            int failed = 0;
            if (!missing.isEmpty()) {
                List<NewTopic> newTopics = new ArrayList<>();
                for (TopicSpec spec : missing.values()) {
                    newTopics.add(new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.empty())
                            .configs(spec.configs()));
                }
                CreateTopicsResult result = admin.createTopics(newTopics);
                for (TopicSpec spec : missing.values()) {
                    try {
                        result.values().get(spec.name()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                        created++;
                        System.out.printf("  created  %-45s partitions=%d retention.ms=%d cleanup.policy=%s%n",
                                spec.name(), spec.partitions(), spec.retentionMs(), spec.cleanupPolicy());
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof TopicExistsException) {
                            existing.put(spec.name(), spec); // created concurrently by someone else
                        } else {
                            failed++;
                            System.err.printf("  FAILED   %-45s %s%n", spec.name(), e.getCause());
                        }
                    }
                }
            }

            if (!existing.isEmpty()) {
                reportDrift(admin, existing.values());
            }

            System.out.printf("topics on %s: created %d, existing %d%s%n",
                    bootstrap, created, existing.size(), failed > 0 ? ", FAILED " + failed : "");
            return failed > 0 ? 1 : 0;
        }
    }

    /** Warns (without changing anything) where an existing topic differs from the table. */
    private static void reportDrift(Admin admin, Collection<TopicSpec> specs)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        List<String> names = specs.stream().map(TopicSpec::name).toList();
        Map<String, TopicDescription> descriptions =
                admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<ConfigResource> resources = names.stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                .toList();
        Map<ConfigResource, Config> configs =
                admin.describeConfigs(resources).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (TopicSpec spec : specs) {
            int partitions = descriptions.get(spec.name()).partitions().size();
            if (partitions != spec.partitions()) {
                System.err.printf("  warning: %s has %d partitions, topics.tsv says %d (left unchanged)%n",
                        spec.name(), partitions, spec.partitions());
            }
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
            spec.configs().forEach((key, wanted) -> {
                ConfigEntry entry = config.get(key);
                String actual = entry == null ? null : entry.value();
                if (!wanted.equals(actual)) {
                    System.err.printf("  warning: %s has %s=%s, topics.tsv says %s (left unchanged)%n",
                            spec.name(), key, actual, wanted);
                }
            });
        }
    }
}
