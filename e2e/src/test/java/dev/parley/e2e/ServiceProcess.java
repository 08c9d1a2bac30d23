package dev.parley.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Parley service ({@code target/quarkus-app/quarkus-run.jar}) running as its own JVM, the way
 * {@code make run} and a container start it. Output goes to {@code e2e/target/e2e-logs/<name>.log}.
 */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Process process;

    private ServiceProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts the service of module {@code dir} on a free port against the given Kafka and Cassandra. */
    static ServiceProcess start(String name, String dir, String kafka, String cassandra) {
        return start(name, dir, kafka, cassandra, Map.of());
    }

    /** As {@link #start(String, String, String, String)} with extra environment variables. */
    static ServiceProcess start(String name, String dir, String kafka, String cassandra, Map<String, String> extraEnv) {
        return start(name, dir, kafka, cassandra, extraEnv, freePort());
    }

    /** As {@link #start(String, String, String, String, Map)} on a given port (a restart in place). */
    static ServiceProcess start(
            String name, String dir, String kafka, String cassandra, Map<String, String> extraEnv, int port) {
        TencentStack.releaseShared(); // never two instances of a service in one consumer group
        Path jar = TestEnv.repoRoot().resolve(dir).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (make test does)");
        }
        Path logs = TestEnv.repoRoot().resolve("e2e/target/e2e-logs");
        try {
            Files.createDirectories(logs);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Dparley.e2e=" + name,
                    "-jar",
                    jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            logs.resolve(name + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("PARLEY_KAFKA_BOOTSTRAP", kafka);
            env.put("PARLEY_CASSANDRA_CONTACT_POINTS", cassandra);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.putAll(extraEnv);
            return new ServiceProcess(name, port, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HTTP status of {@code GET /q/health/ready}, or -1 when the service does not answer. */
    int readinessStatus() {
        return get("/q/health/ready").statusCode();
    }

    /** Sends a GET to the service. A connection failure answers as status -1. */
    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Sends a JSON POST to the service. */
    Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a JSON PUT to the service. */
    Reply putJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Kills the process at once (SIGKILL), as a crash would, and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "interrupted");
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP answer. */
    record Reply(int statusCode, String body) {}

    /** Log file of a service, for failure messages. */
    static File logOf(String name) {
        return TestEnv.repoRoot()
                .resolve("e2e/target/e2e-logs/" + name + ".log")
                .toFile();
    }
}
