package dev.parley.message.command;

/** A request refused at the door: answered with the code and the text. */
final class Refused extends RuntimeException {
    private final int code;

    Refused(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
