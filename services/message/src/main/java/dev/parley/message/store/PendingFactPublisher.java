package dev.parley.message.store;

/**
 * Where {@link MessageEdits} sends the facts it keeps pending in a message row ({@code pending_fact}, V010): in the
 * service the Kafka publisher of {@code im.message.events}; in tests a stand-in that can fail like Kafka does.
 */
public interface PendingFactPublisher {
    /**
     * Publishes one encoded envelope, exactly as stored, and waits for the acknowledgement.
     *
     * @param target the message the fact is about
     * @param encoded the envelope's JSON text, as written to {@code pending_fact}
     * @throws RuntimeException when it was not acknowledged: the fact stays pending and the caller answers "retry"
     */
    void publish(MessageEdits.Target target, String encoded);
}
