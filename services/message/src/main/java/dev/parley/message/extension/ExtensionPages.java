package dev.parley.message.extension;

import java.util.Comparator;
import java.util.List;

import dev.parley.message.store.MessageExtensionStore.Entry;
import dev.parley.message.store.MessageExtensionStore.Snapshot;

/**
 * Pages of {@code get_key_values}: at most {@link #PAGE_SIZE} present keys with {@code Seq >= StartSeq}, by Seq.
 * Keys written by one call share a Seq, so a page never splits a Seq: it stops before the first Seq that does not
 * fit whole, and the caller asks again from the last returned Seq + 1 (a call writes at most 20 keys, so a page of
 * an unfinished listing holds at least 181).
 */
public final class ExtensionPages {
    /** Keys per page (§5.4). */
    public static final int PAGE_SIZE = 200;

    private ExtensionPages() {}

    /** The page of {@code snapshot} from {@code startSeq}. */
    public static ExtensionPage page(Snapshot snapshot, long startSeq) {
        List<Entry> matching = snapshot.entries().values().stream()
                .filter(Entry::present)
                .filter(e -> e.seq() >= startSeq)
                .sorted(Comparator.comparingLong(Entry::seq).thenComparing(Entry::key))
                .toList();
        if (matching.size() <= PAGE_SIZE) {
            return new ExtensionPage(true, snapshot.latestSeq(), snapshot.clearSeq(), matching);
        }
        int end = PAGE_SIZE;
        long split = matching.get(PAGE_SIZE).seq();
        while (end > 0 && matching.get(end - 1).seq() == split) {
            end--;
        }
        if (end == 0) {
            end = PAGE_SIZE; // one Seq with more than a page of keys: cannot happen through set_key_values
        }
        return new ExtensionPage(false, snapshot.latestSeq(), snapshot.clearSeq(), matching.subList(0, end));
    }
}
