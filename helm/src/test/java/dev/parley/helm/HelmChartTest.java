package dev.parley.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lints and renders the chart {@code helm/parley} with the native Helm that helm-java bundles, and checks the
 * rendered manifests against the service list of {@code infra/services.tsv}.
 */
class HelmChartTest {

    private static final Path CHART = Path.of("parley");
    private static final Path SERVICES_TSV = Path.of("..", "infra", "services.tsv");
    private static final Path INVALID_VALUES = Path.of("src", "test", "resources", "invalid-values");
    private static final Path TEST_VALUES = Path.of("src", "test", "resources", "values");
    private static final String KAFKA = "kafka-0.kafka:9092,kafka-1.kafka:9092";

    private final Yaml yaml = new Yaml();

    @Test
    void should_pass_strict_lint_when_default_values() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"values-dev.yaml", "values-prod.yaml"})
    void should_pass_strict_lint_when_environment_overrides_applied(String overrides, @TempDir Path tmp) {
        LintResult result = lintWithOverrides(CHART.resolve(overrides), tmp);

        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-dev.yaml", "values-prod.yaml"})
    void should_render_one_deployment_and_service_per_tsv_entry_with_its_port_when_values_file_used(String file) {
        Map<String, Integer> expected = servicesTsv();

        List<Map<String, Object>> manifests = render(template().withValuesFile(CHART.resolve(file)));

        List<Map<String, Object>> deployments = ofKind(manifests, "Deployment");
        List<Map<String, Object>> services = ofKind(manifests, "Service");
        assertThat(deployments).hasSize(8);
        assertThat(services).hasSize(8);
        assertThat(services.stream().collect(Collectors.toMap(HelmChartTest::appName, s ->
                        (Integer) at(s, "spec", "ports", 0, "port"))))
                .isEqualTo(expected);
        assertThat(deployments.stream().collect(Collectors.toMap(HelmChartTest::appName, d ->
                        (Integer) at(container(d), "ports", 0, "containerPort"))))
                .isEqualTo(expected);
        assertThat(deployments.stream()
                        .collect(Collectors.toMap(
                                HelmChartTest::appName,
                                d -> Integer.valueOf(
                                        (String) env(d).get("QUARKUS_HTTP_PORT").get("value")))))
                .isEqualTo(expected);
    }

    @Test
    void should_probe_quarkus_health_endpoints_when_rendered() {
        List<Map<String, Object>> deployments = ofKind(render(template()), "Deployment");

        assertThat(deployments).hasSize(8).allSatisfy(d -> {
            Map<String, Object> container = container(d);
            assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
            assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
            assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/q/health/started");
            assertThat(at(container, "readinessProbe", "httpGet", "port")).isEqualTo("http");
        });
    }

    @Test
    void should_read_kafka_and_cassandra_from_shared_configmap_when_bootstrap_servers_set() {
        List<Map<String, Object>> manifests = render(template().set("kafka.bootstrapServers", KAFKA));

        List<Map<String, Object>> configMaps = ofKind(manifests, "ConfigMap");
        assertThat(configMaps).hasSize(1);
        Object configMapName = at(configMaps.get(0), "metadata", "name");
        assertThat(at(configMaps.get(0), "data", "PARLEY_KAFKA_BOOTSTRAP")).isEqualTo(KAFKA);
        assertThat(ofKind(manifests, "Deployment")).hasSize(8).allSatisfy(d -> {
            Map<String, Map<String, Object>> env = env(d);
            assertThat(env.get("PARLEY_HTTP_HOST")).containsEntry("value", "0.0.0.0");
            for (String name : List.of("PARLEY_KAFKA_BOOTSTRAP", "PARLEY_CASSANDRA_CONTACT_POINTS")) {
                assertThat(env).containsKey(name);
                assertThat(at(env.get(name), "valueFrom", "configMapKeyRef", "name"))
                        .isEqualTo(configMapName);
                assertThat(at(env.get(name), "valueFrom", "configMapKeyRef", "key"))
                        .isEqualTo(name);
            }
        });
    }

    @Test
    void should_point_gateway_at_owner_services_through_shared_configmap_when_rendered() {
        List<Map<String, Object>> manifests = render(template());

        Map<String, Object> configMap = ofKind(manifests, "ConfigMap").get(0);
        Map<String, Object> serviceNames = ofKind(manifests, "Service").stream()
                .collect(Collectors.toMap(HelmChartTest::appName, s -> at(s, "metadata", "name")));
        assertThat(serviceNames)
                .containsEntry("auth-service", "parley-auth-service")
                .containsEntry("group-service", "parley-group-service");
        assertThat(at(configMap, "data", "PARLEY_OWNER_AUTH")).isEqualTo("http://parley-auth-service:8081");
        assertThat(at(configMap, "data", "PARLEY_OWNER_GROUP")).isEqualTo("http://parley-group-service:8083");
        assertThat(at(configMap, "data", "PARLEY_OWNER_BILLING_METERING"))
                .isEqualTo("http://parley-billing-metering-service:8087");
        Map<String, Map<String, Object>> gatewayEnv = env(deployment(manifests, "gateway-service"));
        for (String name : List.of("PARLEY_OWNER_AUTH", "PARLEY_OWNER_GROUP")) {
            assertThat(gatewayEnv).containsKey(name);
            assertThat(at(gatewayEnv.get(name), "valueFrom", "configMapKeyRef", "name"))
                    .isEqualTo(at(configMap, "metadata", "name"));
            assertThat(at(gatewayEnv.get(name), "valueFrom", "configMapKeyRef", "key"))
                    .isEqualTo(name);
        }
        assertThat(ofKind(manifests, "Deployment"))
                .hasSize(8)
                .allSatisfy(d -> assertThat(env(d))
                        .containsKeys(servicesTsv().keySet().stream()
                                .map(HelmChartTest::ownerEnvName)
                                .toArray(String[]::new)));
    }

    @Test
    void should_list_only_enabled_owners_and_let_service_env_win_when_services_changed() {
        List<Map<String, Object>> manifests = render(template()
                .withValuesFile(TEST_VALUES.resolve("services-changed.yaml"))
                .set("services.group.env.PARLEY_OWNER_AUTH", "http://auth.elsewhere:9000"));

        Map<String, Object> data = map(at(ofKind(manifests, "ConfigMap").get(0), "data"));
        assertThat(data)
                .containsEntry("PARLEY_OWNER_READ_RECEIPT", "http://parley-read-receipt-service:8090")
                .doesNotContainKey("PARLEY_OWNER_CALLBACK");
        assertThat(env(deployment(manifests, "gateway-service")))
                .containsKey("PARLEY_OWNER_READ_RECEIPT")
                .doesNotContainKey("PARLEY_OWNER_CALLBACK");
        List<Map<String, Object>> groupEnv = envList(deployment(manifests, "group-service"));
        assertThat(groupEnv)
                .filteredOn(e -> "PARLEY_OWNER_AUTH".equals(e.get("name")))
                .singleElement()
                .satisfies(e -> assertThat(e).containsEntry("value", "http://auth.elsewhere:9000"));
    }

    @Test
    void should_build_image_from_registry_repository_and_tag_when_rendered() {
        Map<String, Object> defaults = deployment(render(template()), "gateway-service");
        Map<String, Object> dev =
                deployment(render(template().withValuesFile(CHART.resolve("values-dev.yaml"))), "gateway-service");

        assertThat(container(defaults)).containsEntry("image", "docker.io/parley/gateway-service:0.1.0-SNAPSHOT");
        assertThat(container(dev)).containsEntry("image", "localhost:5001/parley/gateway-service:dev");
    }

    @Test
    void should_add_hpas_only_for_autoscaled_services_when_prod_values() {
        List<Map<String, Object>> defaults = render(template());
        List<Map<String, Object>> prod = render(template().withValuesFile(CHART.resolve("values-prod.yaml")));

        assertThat(ofKind(defaults, "HorizontalPodAutoscaler")).isEmpty();
        assertThat(ofKind(prod, "HorizontalPodAutoscaler"))
                .extracting(h -> at(h, "spec", "scaleTargetRef", "name"))
                .containsExactlyInAnyOrder("parley-gateway-service", "parley-message-service", "parley-push-service");
        assertThat(map(deployment(prod, "gateway-service").get("spec"))).doesNotContainKey("replicas");
        assertThat(at(deployment(prod, "auth-service"), "spec", "replicas")).isEqualTo(2);
    }

    @Test
    void should_reference_secret_by_name_only_when_existing_secret_set() {
        List<Map<String, Object>> manifests = render(template().set("existingSecret", "parley-app-secrets"));

        assertThat(ofKind(manifests, "Secret")).isEmpty();
        assertThat(ofKind(manifests, "Deployment"))
                .hasSize(8)
                .allSatisfy(d -> assertThat(at(container(d), "envFrom", 0, "secretRef", "name"))
                        .isEqualTo("parley-app-secrets"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"port-as-string.yaml", "missing-kafka-bootstrap.yaml", "unknown-service-field.yaml"})
    void should_fail_schema_validation_when_values_invalid(String file, @TempDir Path tmp) {
        Path invalid = INVALID_VALUES.resolve(file);

        assertThatThrownBy(() -> template().withValuesFile(invalid).call())
                .hasMessageContaining("values don't meet the specifications of the schema");
        LintResult lint = lintWithOverrides(invalid, tmp);
        assertThat(lint.isFailed()).isTrue();
        assertThat(lint.getMessages())
                .anySatisfy(
                        message -> assertThat(message).contains("values don't meet the specifications of the schema"));
    }

    @Test
    void should_skip_disabled_and_name_minimal_entries_when_services_changed() {
        List<Map<String, Object>> manifests =
                render(template().withValuesFile(TEST_VALUES.resolve("services-changed.yaml")));

        assertThat(ofKind(manifests, "Deployment"))
                .extracting(HelmChartTest::appName)
                .hasSize(8)
                .contains("read-receipt-service")
                .doesNotContain("callback-service");
        assertThat(container(deployment(manifests, "read-receipt-service")))
                .containsEntry("image", "docker.io/parley/read-receipt-service:0.1.0-SNAPSHOT");
        assertThat(ofKind(manifests, "Service"))
                .extracting(HelmChartTest::appName)
                .hasSize(8);
    }

    @Test
    void should_name_the_failing_field_when_port_is_a_string() {
        assertThatThrownBy(() -> template()
                        .withValuesFile(INVALID_VALUES.resolve("port-as-string.yaml"))
                        .call())
                .hasMessageContaining("services.message.port")
                .hasMessageContaining("Invalid type");
    }

    @Test
    void should_name_the_failing_field_when_kafka_bootstrap_servers_missing() {
        assertThatThrownBy(() -> template()
                        .withValuesFile(INVALID_VALUES.resolve("missing-kafka-bootstrap.yaml"))
                        .call())
                .hasMessageContaining("bootstrapServers is required");
    }

    private static TemplateCommand template() {
        return new Helm(CHART).template().withName("parley").withNamespace("parley");
    }

    private List<Map<String, Object>> render(TemplateCommand command) {
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Object document : yaml.loadAll(command.call())) {
            if (document != null) {
                manifests.add(map(document));
            }
        }
        return manifests;
    }

    /**
     * helm-java 0.0.15 lints a chart directory without values files, so this lints a copy of the chart whose
     * values.yaml is values.yaml merged with {@code overrides} the way Helm merges values files.
     */
    private LintResult lintWithOverrides(Path overrides, Path tmp) {
        Path copy = tmp.resolve(CHART.getFileName());
        copyTree(CHART, copy);
        Map<String, Object> merged = merge(map(load(CHART.resolve("values.yaml"))), map(load(overrides)));
        write(copy.resolve("values.yaml"), yaml.dump(merged));
        return new Helm(copy).lint().strict().call();
    }

    /** Helm's coalescing: maps merge recursively, anything else replaces, null deletes the key. */
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overrides) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        overrides.forEach((key, value) -> {
            if (value == null) {
                result.remove(key);
            } else if (value instanceof Map && result.get(key) instanceof Map) {
                result.put(key, merge(map(result.get(key)), map(value)));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    /** Service name to HTTP port, from the TAB-separated infra/services.tsv. */
    private static Map<String, Integer> servicesTsv() {
        try (Stream<String> lines = Files.lines(SERVICES_TSV)) {
            Map<String, Integer> ports = lines.filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .collect(Collectors.toMap(
                            columns -> columns[0],
                            columns -> Integer.valueOf(columns[2].trim()),
                            (a, b) -> a,
                            LinkedHashMap::new));
            assertThat(ports).as("services in %s", SERVICES_TSV).hasSize(8);
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> manifests, String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).collect(Collectors.toList());
    }

    private static Map<String, Object> deployment(List<Map<String, Object>> manifests, String serviceName) {
        return ofKind(manifests, "Deployment").stream()
                .filter(d -> serviceName.equals(appName(d)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment for " + serviceName));
    }

    private static String appName(Map<String, Object> manifest) {
        return (String) at(manifest, "metadata", "labels", "app.kubernetes.io/name");
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return map(at(deployment, "spec", "template", "spec", "containers", 0));
    }

    /** The container's env entries by name. */
    private static Map<String, Map<String, Object>> env(Map<String, Object> deployment) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        for (Map<String, Object> entry : envList(deployment)) {
            env.put((String) entry.get("name"), entry);
        }
        return env;
    }

    /** The container's env entries in order, duplicates kept. */
    private static List<Map<String, Object>> envList(Map<String, Object> deployment) {
        List<Map<String, Object>> env = new ArrayList<>();
        for (Object entry : (List<?>) container(deployment).get("env")) {
            env.add(map(entry));
        }
        return env;
    }

    /** PARLEY_OWNER_<KEY> of a service name, the rule of infra/scripts/services.sh. */
    private static String ownerEnvName(String serviceName) {
        return "PARLEY_OWNER_"
                + serviceName
                        .replaceFirst("-service$", "")
                        .toUpperCase(Locale.ROOT)
                        .replace('-', '_');
    }

    /** Walks maps by String key and lists by Integer index; null when a step is missing. */
    private static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current instanceof Map<?, ?> m) {
                current = m.get(step);
            } else if (current instanceof List<?> l && step instanceof Integer i && i < l.size()) {
                current = l.get(i);
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private Object load(Path file) {
        try {
            return yaml.load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
