package dev.parley.message.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrainRelationViewTest {
    /** Blacklist of one pair; records every read and can fail its asynchronous reads. */
    private static final class Store implements RelationView {
        final List<String> reads = new ArrayList<>();
        boolean failAsync;

        @Override
        public boolean isFriend(String appId, String userId, String friendId) {
            reads.add("friend " + userId + ">" + friendId);
            return false;
        }

        @Override
        public boolean blocks(String appId, String userId, String blockedId) {
            reads.add("sync " + userId + ">" + blockedId);
            return userId.equals("bob") && blockedId.equals("eve");
        }

        @Override
        public CompletionStage<Boolean> blocksAsync(String appId, String userId, String blockedId) {
            reads.add("async " + userId + ">" + blockedId);
            return failAsync
                    ? CompletableFuture.failedFuture(new IllegalStateException("timeout"))
                    : CompletableFuture.completedFuture(userId.equals("bob") && blockedId.equals("eve"));
        }
    }

    @Test
    void should_answer_from_the_read_started_with_the_drain_once_per_pair() {
        Store store = new Store();
        DrainRelationView view = new DrainRelationView(store);

        view.prefetchBlocks("a", "bob", "eve").join();
        view.prefetchBlocks("a", "bob", "eve").join();
        view.prefetchBlocks("a", "bob", "ann").join();

        assertThat(view.blocks("a", "bob", "eve")).isTrue();
        assertThat(view.blocks("a", "bob", "ann")).isFalse();
        assertThat(store.reads).containsExactly("async bob>eve", "async bob>ann");
    }

    @Test
    void should_read_again_what_was_not_read_ahead_or_failed() {
        Store store = new Store();
        store.failAsync = true;
        DrainRelationView view = new DrainRelationView(store);

        assertThat(view.prefetchBlocks("a", "bob", "eve").join()).isNull();
        assertThat(view.blocks("a", "bob", "eve"))
                .as("failed read ahead: asked again")
                .isTrue();
        assertThat(view.blocks("b", "bob", "eve"))
                .as("other app: never read ahead")
                .isTrue();
        assertThat(store.reads).containsExactly("async bob>eve", "sync bob>eve", "sync bob>eve");
    }
}
