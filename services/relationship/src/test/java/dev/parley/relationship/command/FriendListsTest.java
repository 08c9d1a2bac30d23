package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.model.relationship.events.FriendGroupsChanged;

import static org.assertj.core.api.Assertions.assertThat;

/** Friend-list creation, deletion, the 32-list limit and the one change fact per request of {@link FriendLists}. */
class FriendListsTest {
    private static FriendLists lists(List<String> names, long sequence) {
        return new FriendLists("1400000000", "alice", names, sequence);
    }

    @Test
    void unchangedListsHaveNoFact() {
        FriendLists lists = lists(List.of("a"), 4);
        assertThat(lists.ensure(List.of("a"))).isTrue();
        assertThat(lists.ensure(List.of())).isTrue();
        assertThat(lists.change()).isEmpty();
        assertThat(lists.currentSequence()).isEqualTo(4);
    }

    @Test
    void createsMissingListsOnceWithOneSequenceStep() {
        FriendLists lists = lists(List.of("a"), 4);
        assertThat(lists.ensure(List.of("a", "b"))).isTrue();
        assertThat(lists.ensure(List.of("b", "c"))).isTrue();
        assertThat(lists.contains("c")).isTrue();
        FriendGroupsChanged change = lists.change().orElseThrow();
        assertThat(change.userId()).isEqualTo("alice");
        assertThat(change.added()).containsExactly("b", "c");
        assertThat(change.deleted()).isEmpty();
        assertThat(change.sequence()).isEqualTo(5);
        assertThat(lists.currentSequence()).isEqualTo(5);
    }

    @Test
    void refusesToPassThirtyTwoLists() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            names.add("l" + i);
        }
        FriendLists lists = lists(names, 0);
        assertThat(lists.ensure(List.of("x", "y"))).isFalse();
        assertThat(lists.contains("x")).isFalse();
        assertThat(lists.change()).isEmpty();
        assertThat(lists.ensure(List.of("x"))).isTrue();
        assertThat(lists.ensure(List.of("y"))).isFalse();
        assertThat(lists.names()).hasSize(FriendLists.LIMIT);
    }

    @Test
    void deletesAndRecreates() {
        FriendLists lists = lists(List.of("a", "b"), 1);
        lists.delete(List.of("a"));
        assertThat(lists.contains("a")).isFalse();
        assertThat(lists.change().orElseThrow().deleted()).containsExactly("a");
        lists.ensure(List.of("a"));
        assertThat(lists.change()).isEmpty();
        lists.ensure(List.of("c"));
        lists.delete(List.of("c"));
        assertThat(lists.change()).isEmpty();
    }
}
