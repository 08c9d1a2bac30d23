package dev.parley.model.message.events;

import java.util.List;
import jakarta.validation.constraints.NotBlank;

/**
 * One user deleted messages from their own view of a conversation ({@code delete_c2c_msg_ramble}, or
 * {@code recentcontact/delete} with {@code ClearRamble: 1}); the peer keeps them. On {@code im.message.events}
 * keyed appId:conversationId. Since issue 6.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param userId whose view changed
 * @param seqs single messages deleted (conversation sequences), may be empty
 * @param clearedUpTo everything up to this sequence deleted, 0 for none
 * @param deletedAt epoch seconds
 */
public record MessagesDeletedForUser(
        @NotBlank String appId,
        @NotBlank String conversationId,
        @NotBlank String userId,
        List<Long> seqs,
        long clearedUpTo,
        long deletedAt)
        implements MessageEvent {}
