package dev.parley.platform.events;

/**
 * A record that can never be processed (not JSON, not an envelope, invalid payload). The consumer nacks it, so
 * SmallRye's dead-letter-queue failure strategy moves it to {@code <topic>.dlq.<service>} and the partition goes on.
 */
public final class PoisonRecordException extends RuntimeException {
    /**
     * @param message why the record is poison; never contains the record's content
     * @param cause the underlying parse or validation failure, may be null
     */
    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
