package dev.parley.model.message.events;

import java.util.List;
import jakarta.validation.constraints.NotBlank;

/**
 * A user read a conversation up to a sequence ({@code admin_set_msg_read}), or sent group read receipts for single
 * messages ({@code group_msg_receipt}). Unread = the conversation's last sequence − the read sequence (C2C: of the
 * peer's messages). On {@code im.message.events} keyed appId:conversationId. Since issue 6.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param userId the reader
 * @param readSeq read up to and including this sequence (never moves back), 0 when only receipts
 * @param receiptSeqs group messages receipted one by one (MsgSeq), may be empty
 * @param readAt epoch seconds
 */
public record MessagesRead(
        @NotBlank String appId,
        @NotBlank String conversationId,
        @NotBlank String userId,
        long readSeq,
        List<Long> receiptSeqs,
        long readAt)
        implements MessageEvent {}
