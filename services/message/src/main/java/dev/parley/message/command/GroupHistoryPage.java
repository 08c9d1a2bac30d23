package dev.parley.message.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.message.store.HistoryEntry;

/**
 * One page of {@code group_msg_get_simple}, newest first, by sequence window: a page covers the {@code ReqMsgNumber}
 * sequences from {@code ReqMsgSeq} down. A sequence with no row (expired, or taken and never stored) is a
 * placeholder. Recalled messages are listed only when {@code WithRecalledMsg} is 1; otherwise they are skipped but
 * still use up their place in the window, so a page may hold fewer items and paging by "smallest returned sequence
 * − 1" stays correct. A window left empty by skipped recalls is not returned: the next older window is read instead
 * (at most {@value #MAX_WINDOWS} windows), so an empty page means the history is finished.
 */
final class GroupHistoryPage {
    /** How many windows one request reads at most while every message it finds was skipped. */
    static final int MAX_WINDOWS = 50;

    /** Reads stored entries with {@code aboveSeq < seq <= fromSeq}, at most {@code limit}. */
    interface Loader {
        /** The entries found, in any order. */
        List<HistoryEntry> load(long fromSeq, long aboveSeq, int limit);
    }

    /**
     * One listed sequence.
     *
     * @param seq the MsgSeq
     * @param entry the stored message, null for a placeholder ({@code IsPlaceMsg} 1)
     */
    record Item(long seq, HistoryEntry entry) {}

    /**
     * @param items newest first
     * @param finished whether nothing older is left ({@code IsFinished})
     */
    record Page(List<Item> items, boolean finished) {}

    private GroupHistoryPage() {}

    /**
     * @param from the newest sequence wanted (already capped at the group's head); 0 for an empty group
     * @param number the window size, 1 to 20
     */
    static Page read(long from, int number, boolean withRecalled, Loader loader) {
        List<Item> items = new ArrayList<>();
        long top = from;
        for (int window = 0; window < MAX_WINDOWS; window++) {
            if (top <= 0) {
                return new Page(items, true);
            }
            long lowest = Math.max(1, top - number + 1);
            Map<Long, HistoryEntry> found = new HashMap<>();
            loader.load(top, lowest - 1, number).forEach(e -> found.put(e.seq(), e));
            for (long seq = top; seq >= lowest; seq--) {
                HistoryEntry entry = found.get(seq);
                if (entry == null || !entry.recalled() || withRecalled) {
                    items.add(new Item(seq, entry));
                }
            }
            boolean finished = lowest <= 1;
            if (!items.isEmpty() || finished) {
                return new Page(items, finished);
            }
            top = lowest - 1;
        }
        return new Page(items, false);
    }
}
