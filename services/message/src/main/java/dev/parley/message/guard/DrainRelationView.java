package dev.parley.message.guard;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link RelationView} for one drain of one conversation lane whose blacklist answers were read ahead: the drain
 * starts the reads together with its retry-record and head reads ({@link #prefetchBlocks}), so the guard finds them
 * done instead of adding a round trip of its own after them. Anything not read ahead is asked of the service's view.
 * Prefetching happens before the drain's reads are awaited; lookups after, on one thread at a time.
 */
public final class DrainRelationView implements RelationView {
    private final RelationView delegate;
    private final Map<String, CompletableFuture<Boolean>> blocks = new HashMap<>();

    /** Wraps the service's relation view. */
    public DrainRelationView(RelationView delegate) {
        this.delegate = delegate;
    }

    /**
     * Starts reading whether {@code userId} blocks {@code blockedId}.
     *
     * @return the read, to be awaited with the drain's other reads; never completes exceptionally (a failed read is
     *     asked again by {@link #blocks})
     */
    public CompletableFuture<Boolean> prefetchBlocks(String appId, String userId, String blockedId) {
        return blocks.computeIfAbsent(
                key(appId, userId, blockedId),
                k -> delegate.blocksAsync(appId, userId, blockedId)
                        .toCompletableFuture()
                        .exceptionally(failure -> null));
    }

    @Override
    public boolean isFriend(String appId, String userId, String friendId) {
        return delegate.isFriend(appId, userId, friendId);
    }

    @Override
    public boolean blocks(String appId, String userId, String blockedId) {
        CompletableFuture<Boolean> read = blocks.get(key(appId, userId, blockedId));
        Boolean known = read != null && read.isDone() ? read.join() : null;
        return known != null ? known : delegate.blocks(appId, userId, blockedId);
    }

    private static String key(String appId, String userId, String blockedId) {
        return appId + '\u0000' + userId + '\u0000' + blockedId;
    }
}
