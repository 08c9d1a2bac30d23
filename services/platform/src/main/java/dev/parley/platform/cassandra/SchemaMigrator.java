package dev.parley.platform.cassandra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.quarkus.logging.Log;

/**
 * Applies versioned CQL files once per keyspace and records each in {@code schema_migrations} (ADR-0004).
 * A set is a classpath folder {@code cql/<set>/} whose {@code index.txt} lists its files in order; a file's
 * statements are separated by lines ending in {@code ;} and may use {@code ${keyspace}}. An applied file is
 * never applied again; if its text changed since, start-up stops with {@link SchemaConflictException}. Replicas
 * of one service serialise on a lightweight-transaction lease.
 */
@ApplicationScoped
public class SchemaMigrator {
    private static final int LEASE_SECONDS = 120;

    /**
     * Creates the keyspace if needed and applies every pending file of the given sets.
     *
     * @return how many files were applied now
     */
    public int migrate(CqlSession session, String keyspace, int replicationFactor, List<String> sets) {
        requireIdentifier(keyspace);
        execute(
                session,
                "CREATE KEYSPACE IF NOT EXISTS " + keyspace
                        + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': " + replicationFactor
                        + "}");
        execute(
                session,
                "CREATE TABLE IF NOT EXISTS " + keyspace + ".schema_migrations (set_name text, version text,"
                        + " checksum text, applied_at timestamp, PRIMARY KEY (set_name, version))");
        execute(session, "CREATE TABLE IF NOT EXISTS " + keyspace + ".schema_lock (id text PRIMARY KEY, owner text)");
        String owner = UUID.randomUUID().toString();
        acquireLease(session, keyspace, owner);
        try {
            int applied = 0;
            for (String set : sets) {
                for (String file : index(set)) {
                    if (applyOnce(session, keyspace, set, file)) {
                        applied++;
                    }
                }
            }
            if (applied > 0) {
                Log.infof("Applied %d schema file(s) to keyspace %s", applied, keyspace);
            }
            return applied;
        } finally {
            session.execute(SimpleStatement.newInstance(
                    "DELETE FROM " + keyspace + ".schema_lock WHERE id = 'migrate' IF owner = ?", owner));
        }
    }

    private boolean applyOnce(CqlSession session, String keyspace, String set, String file) {
        String text = read("cql/" + set + "/" + file);
        String checksum = sha256(text);
        Row existing = session.execute(SimpleStatement.newInstance(
                        "SELECT checksum FROM " + keyspace + ".schema_migrations WHERE set_name = ? AND version = ?",
                        set,
                        file))
                .one();
        if (existing != null) {
            if (!checksum.equals(existing.getString("checksum"))) {
                throw new SchemaConflictException(set + "/" + file + " changed after it was applied; add a new file");
            }
            return false;
        }
        for (String statement : statements(text.replace("${keyspace}", keyspace))) {
            execute(session, statement);
        }
        session.execute(SimpleStatement.newInstance(
                "INSERT INTO " + keyspace + ".schema_migrations (set_name, version, checksum, applied_at)"
                        + " VALUES (?, ?, ?, ?)",
                set,
                file,
                checksum,
                Instant.now()));
        return true;
    }

    private void acquireLease(CqlSession session, String keyspace, String owner) {
        for (int attempt = 0; attempt < 600; attempt++) {
            ResultSet rs = session.execute(SimpleStatement.newInstance(
                    "INSERT INTO " + keyspace
                            + ".schema_lock (id, owner) VALUES ('migrate', ?) IF NOT EXISTS USING TTL " + LEASE_SECONDS,
                    owner));
            if (rs.wasApplied()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the schema lease", e);
            }
        }
        throw new IllegalStateException("schema lease of " + keyspace + " not acquired");
    }

    /** The file names listed in {@code cql/<set>/index.txt}, blank lines and {@code #} comments skipped. */
    static List<String> index(String set) {
        List<String> files = new ArrayList<>();
        for (String line : read("cql/" + set + "/index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add(name);
            }
        }
        return files;
    }

    /** Splits a CQL file into statements: a statement ends with a line whose last character is {@code ;}. */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static void execute(CqlSession session, String cql) {
        session.execute(SimpleStatement.newInstance(cql).setTimeout(java.time.Duration.ofSeconds(30)));
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireIdentifier(String keyspace) {
        if (!keyspace.matches("[a-z][a-z0-9_]{0,47}")) {
            throw new IllegalArgumentException("invalid keyspace name");
        }
    }

    /** An applied schema file was edited afterwards; start-up cannot continue safely. */
    public static final class SchemaConflictException extends RuntimeException {
        SchemaConflictException(String message) {
            super(message);
        }
    }
}
