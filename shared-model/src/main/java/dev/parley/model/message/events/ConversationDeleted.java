package dev.parley.model.message.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A conversation was removed from one user's conversation list ({@code recentcontact/delete}); a later message
 * brings it back. On {@code im.message.events} keyed appId:conversationId. Since issue 6.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param userId whose list changed
 * @param clearRamble whether the user's roaming messages were deleted too
 * @param deletedAt epoch seconds
 */
public record ConversationDeleted(
        @NotBlank String appId,
        @NotBlank String conversationId,
        @NotBlank String userId,
        boolean clearRamble,
        long deletedAt)
        implements MessageEvent {}
