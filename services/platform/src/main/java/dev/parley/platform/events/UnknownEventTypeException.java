package dev.parley.platform.events;

/**
 * A well-formed envelope whose type this build does not know, e.g. one published by a newer producer. Consumers
 * acknowledge and skip it (forward compatibility) instead of dead-lettering it.
 */
public final class UnknownEventTypeException extends RuntimeException {
    private final String type;

    /**
     * @param type the unknown logical type
     */
    public UnknownEventTypeException(String type) {
        super("unknown event type " + type);
        this.type = type;
    }

    /** The unknown logical type. */
    public String type() {
        return type;
    }
}
