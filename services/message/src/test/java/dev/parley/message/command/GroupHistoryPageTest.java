package dev.parley.message.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.parley.message.store.HistoryEntry;

import static org.assertj.core.api.Assertions.assertThat;

class GroupHistoryPageTest {
    private final Map<Long, HistoryEntry> stored = new TreeMap<>();
    private final List<long[]> loads = new ArrayList<>();

    private final GroupHistoryPage.Loader loader = (from, above, limit) -> {
        loads.add(new long[] {from, above, limit});
        return stored.values().stream()
                .filter(e -> e.seq() <= from && e.seq() > above)
                .limit(limit)
                .toList();
    };

    @Test
    void should_list_placeholders_for_missing_sequences_and_recalled_messages_when_asked() {
        store(5, false);
        store(4, true);
        store(2, false);
        GroupHistoryPage.Page page = GroupHistoryPage.read(5, 20, true, loader);
        assertThat(page.items()).extracting(GroupHistoryPage.Item::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(page.items().get(1).entry().recalled()).isTrue();
        assertThat(page.items().get(2).entry()).isNull();
        assertThat(page.finished()).isTrue();
    }

    @Test
    void should_skip_recalled_messages_but_keep_the_window_when_not_asked_for_them() {
        for (long seq = 1; seq <= 10; seq++) {
            store(seq, seq == 9 || seq == 7);
        }
        GroupHistoryPage.Page page = GroupHistoryPage.read(10, 4, false, loader);
        assertThat(page.items()).extracting(GroupHistoryPage.Item::seq).containsExactly(10L, 8L);
        assertThat(page.finished()).isFalse();
        GroupHistoryPage.Page next = GroupHistoryPage.read(7, 4, false, loader);
        assertThat(next.items()).extracting(GroupHistoryPage.Item::seq).containsExactly(6L, 5L, 4L);
    }

    @Test
    void should_read_the_next_window_when_every_message_of_one_was_recalled() {
        for (long seq = 1; seq <= 10; seq++) {
            store(seq, seq > 4);
        }
        GroupHistoryPage.Page page = GroupHistoryPage.read(10, 3, false, loader);
        // windows [10..8] and [7..5] hold only recalled messages; [4..2] is the first with something to show
        assertThat(page.items()).extracting(GroupHistoryPage.Item::seq).containsExactly(4L, 3L, 2L);
        assertThat(page.finished()).isFalse();
        assertThat(loads).hasSize(3);
    }

    @Test
    void should_be_finished_and_empty_for_an_empty_group() {
        GroupHistoryPage.Page page = GroupHistoryPage.read(0, 20, false, loader);
        assertThat(page.items()).isEmpty();
        assertThat(page.finished()).isTrue();
        assertThat(loads).isEmpty();
    }

    private void store(long seq, boolean recalled) {
        stored.put(
                seq,
                new HistoryEntry(
                        "group:g",
                        seq,
                        "GROUP",
                        "amy",
                        null,
                        seq,
                        1,
                        1_700_000_000L,
                        "g_" + seq,
                        recalled ? "" : "[]",
                        "",
                        "Normal",
                        recalled,
                        0));
    }
}
