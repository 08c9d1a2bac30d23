package dev.parley.message.extension;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.parley.message.store.MessageExtensionStore.Entry;
import dev.parley.message.store.MessageExtensionStore.Snapshot;

import static org.assertj.core.api.Assertions.assertThat;

class ExtensionPagesTest {
    /** {@code calls} set calls of {@code perCall} keys each: call i writes Seq i. */
    private static Snapshot written(int calls, int perCall) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (int call = 1; call <= calls; call++) {
            for (int i = 0; i < perCall; i++) {
                String key = "k" + call + "-" + i;
                map.put(key, new Entry(key, "v", call, true));
            }
        }
        map.put("deleted", new Entry("deleted", "", calls, false));
        return new Snapshot(true, calls, 0, "", map);
    }

    @Test
    void should_return_everything_in_seq_order_when_it_fits_one_page() {
        ExtensionPage page = ExtensionPages.page(written(3, 2), 0);
        assertThat(page.complete()).isTrue();
        assertThat(page.entries()).extracting(Entry::seq).containsExactly(1L, 1L, 2L, 2L, 3L, 3L);
        assertThat(page.latestSeq()).isEqualTo(3);
    }

    @Test
    void should_page_without_splitting_a_seq() {
        Snapshot snapshot = written(15, 19); // 285 keys
        ExtensionPage first = ExtensionPages.page(snapshot, 1);
        assertThat(first.complete()).isFalse();
        assertThat(first.entries()).hasSize(190); // 10 whole calls of 19; the 11th would not fit
        long last = first.entries().get(first.entries().size() - 1).seq();
        ExtensionPage second = ExtensionPages.page(snapshot, last + 1);
        assertThat(second.complete()).isTrue();
        assertThat(second.entries()).hasSize(95);
    }
}
