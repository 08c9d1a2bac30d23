package dev.parley.model.message.events;

import jakarta.validation.constraints.NotBlank;

/**
 * The sequencer's answer to a {@link MessageSubmitted}, on {@code im.replies} keyed by the waiting replica, when
 * that replica is not the sequencer itself. Since v1.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param submissionId the submission answered
 * @param replyTo the replica waiting
 * @param reply the Tencent response body (JSON)
 */
public record SendAnswered(
        @NotBlank String appId,
        @NotBlank String conversationId,
        @NotBlank String submissionId,
        @NotBlank String replyTo,
        @NotBlank String reply)
        implements MessageEvent {}
