package dev.parley.model;

/**
 * Kafka topic names. Must match {@code infra/kafka/topics.tsv}, the declarative source from which topics are
 * created (a contract test checks both agree). Naming: {@code im.<context>.<stream>}; dead-letter topics are
 * {@code <topic>.dlq.<consumer-service>}.
 */
public final class Topics {
    /** App (tenant) lifecycle and configuration; key = app id. */
    public static final String APP_EVENTS = "im.app.events";
    /** App secret keys, read by the gateway only; compacted; key = app id. */
    public static final String APP_CREDENTIALS = "im.app.credentials";
    /** Account lifecycle; key = app:user. */
    public static final String ACCOUNT_EVENTS = "im.account.events";
    /** Login, logout, kick; key = app:user. */
    public static final String SESSION_EVENTS = "im.session.events";
    /** Send commands from the gateway; key = conversation. */
    public static final String MESSAGE_SUBMITTED = "im.message.submitted";
    /** Sends that passed the guard (and the before-send callback); key = conversation. */
    public static final String MESSAGE_ACCEPTED = "im.message.accepted";
    /** Committed message facts; key = conversation. */
    public static final String MESSAGE_EVENTS = "im.message.events";
    /** Group facts; key = group. */
    public static final String GROUP_EVENTS = "im.group.events";
    /** Friend, blacklist and profile facts; key = app:user. */
    public static final String RELATIONSHIP_EVENTS = "im.relationship.events";
    /** Deliveries addressed to the gateway replica holding a device; partition = gateway slot. */
    public static final String GATEWAY_DELIVERIES = "im.gateway.deliveries";
    /** Replies to request/reply commands; partition = requester slot. */
    public static final String REPLIES = "im.replies";
    /** Metered usage records; key = app id. */
    public static final String BILLING_USAGE = "im.billing.usage";

    private Topics() {}

    /**
     * Name of the dead-letter topic that a consumer group sends poison records of {@code topic} to.
     *
     * @param topic the source topic
     * @param consumerService the consuming service's canonical name, e.g. {@code message-service}
     * @return {@code <topic>.dlq.<consumerService>}
     */
    public static String deadLetter(String topic, String consumerService) {
        return topic + ".dlq." + consumerService;
    }
}
