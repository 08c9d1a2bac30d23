package dev.parley.model.message.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A stored message's body and/or CloudCustomData were replaced ({@code modify_c2c_msg}, {@code modify_group_msg}).
 * Edits are serialized per message: {@code version} counts them from 1. On {@code im.message.events} keyed
 * appId:conversationId. Since issue 6.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param kind {@code C2C} or {@code GROUP}
 * @param seq the conversation sequence of the message
 * @param msgKey its MsgKey
 * @param fromAccount the original sender
 * @param toAccount C2C receiver, null for groups
 * @param groupId GroupId, null for C2C
 * @param msgBody the MsgBody now (JSON)
 * @param cloudCustomData the CloudCustomData now
 * @param version the edit number, 1 for the first edit
 * @param modifiedAt epoch seconds
 */
public record MessageModified(
        @NotBlank String appId,
        @NotBlank String conversationId,
        @NotBlank String kind,
        long seq,
        @NotBlank String msgKey,
        @NotBlank String fromAccount,
        String toAccount,
        String groupId,
        @NotBlank String msgBody,
        String cloudCustomData,
        int version,
        long modifiedAt)
        implements MessageEvent {}
