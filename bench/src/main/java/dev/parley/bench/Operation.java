package dev.parley.bench;

import java.util.concurrent.CompletableFuture;

/** One kind of asynchronous request a phase drives: a Cassandra insert, a Kafka record, a sendmsg call. */
@FunctionalInterface
interface Operation {
    /** The outcome label of a success; anything else is a failure and is counted under its label. */
    String OK = "OK";

    /**
     * Starts request number {@code n} without waiting for it.
     *
     * @return completes with {@link #OK} or a failure label (e.g. {@code ErrorCode 20003}, {@code HTTP 502}), or
     *     exceptionally; the driver labels exceptions itself
     */
    CompletableFuture<String> start(long n);
}
