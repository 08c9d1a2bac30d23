package dev.parley.message.pipeline;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import dev.parley.model.message.events.MessageSubmitted;

/**
 * The named stage between the guard and the sequencer where the before-send callback to the customer's server
 * plugs in (callback issue). It runs per conversation and asynchronously: while a stage works no thread is held, and
 * a slow stage delays only its own conversation.
 */
public interface BeforeSendStage {
    /**
     * @param submission a submission the guard accepted
     * @return completes with a refusal (Tencent body fields: code and text), or empty to go on
     */
    CompletionStage<Optional<Refusal>> check(MessageSubmitted submission);

    /**
     * A refusal by the stage.
     *
     * @param code Tencent code (20006 / 10016, or the customer's own code)
     * @param info text
     */
    record Refusal(int code, String info) {}
}
