package dev.parley.bench;

/** A phase could not be set up (server unreachable, console refused, import failed); the run exits with code 1. */
final class SetupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SetupFailure(String message) {
        super(message);
    }
}
