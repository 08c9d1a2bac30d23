package dev.parley.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.datastax.oss.driver.api.core.CqlSession;

/** Where the test instance's real servers are, and the service list of {@code infra/services.tsv}. */
final class TestEnv {
    private TestEnv() {}

    static Path repoRoot() {
        String root = System.getProperty("parley.repo.root");
        Path path =
                root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(path.resolve("infra/services.tsv"))) {
            throw new IllegalStateException("repo root not found from " + path);
        }
        return path;
    }

    static String kafka() {
        return System.getProperty("parley.test.kafka", "127.0.0.1:19092");
    }

    static String cassandra() {
        return System.getProperty("parley.test.cassandra", "127.0.0.1:19042");
    }

    static CqlSession cqlSession() {
        String[] hostPort = cassandra().split(":");
        return CqlSession.builder()
                .addContactPoint(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])))
                .withLocalDatacenter("datacenter1")
                .build();
    }

    /** One row of {@code infra/services.tsv}. */
    record ServiceRow(String name, String dir, int port) {
        /** The service's keyspace, by the naming rule {@code parley_<context>}. */
        String keyspace() {
            String context = name.replace("-service", "");
            return "parley_" + (context.equals("billing-metering") ? "billing" : context);
        }
    }

    static List<ServiceRow> services() {
        try {
            List<ServiceRow> rows = new ArrayList<>();
            for (String line : Files.readAllLines(repoRoot().resolve("infra/services.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                rows.add(new ServiceRow(cols[0], cols[1], Integer.parseInt(cols[2])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
