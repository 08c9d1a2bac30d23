package dev.parley.platform.cassandra;

/** Thrown when the session is not connected yet or the schema is not applied: a transient condition. */
public final class CassandraUnavailableException extends RuntimeException {
    /**
     * @param message what is not available
     */
    public CassandraUnavailableException(String message) {
        super(message);
    }
}
