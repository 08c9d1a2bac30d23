package dev.parley.message.guard;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The message service's own view of friends and blacklists, built from {@code im.relationship.events} in per-user
 * order: what the send guard needs for the app's friend check and the blacklist rules.
 */
public interface RelationView {
    /** Whether {@code friendId} is in {@code userId}'s friend list. */
    boolean isFriend(String appId, String userId, String friendId);

    /** Whether {@code blockedId} is in {@code userId}'s blacklist. */
    boolean blocks(String appId, String userId, String blockedId);

    /** {@link #blocks} without waiting (a view that reads a store starts the read and returns). */
    default CompletionStage<Boolean> blocksAsync(String appId, String userId, String blockedId) {
        return CompletableFuture.completedFuture(blocks(appId, userId, blockedId));
    }
}
