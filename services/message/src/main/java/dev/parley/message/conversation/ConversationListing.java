package dev.parley.message.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders and pages a conversation list ({@code recentcontact/get_list}): newest message first (ties by
 * conversation id), with keyset cursors: {@code TimeStamp} is the MsgTime of the last item returned and
 * {@code StartIndex} how many items with that MsgTime were returned, so a conversation that moves to the top
 * between two pages does not shift the following ones. {@code 0/0} starts at the top.
 *
 * <p>{@code AssistFlags}: bit 0 returns pinned conversations apart, before the others (all of them on the first
 * page, or, with bit 2, paged with {@code TopTimeStamp}/{@code TopStartIndex} before the others); bit 1 includes
 * conversations without messages (MsgTime 0, listed last). Without bit 0 pinned conversations are ordered with
 * the rest (their TopFlag still says they are pinned).
 */
public final class ConversationListing {
    /** AssistFlags bit 0: pinned conversations apart. */
    public static final int PINNED_APART = 1;
    /** AssistFlags bit 1: include conversations without messages. */
    public static final int WITH_EMPTY = 2;
    /** AssistFlags bit 2: page pinned conversations. */
    public static final int PAGE_PINNED = 4;

    private static final Comparator<Item> NEWEST_FIRST =
            Comparator.comparingLong(Item::msgTime).reversed().thenComparing(Item::conversationId);

    private ConversationListing() {}

    /**
     * One conversation of the list.
     *
     * @param conversationId the conversation
     * @param type 1 C2C, 2 group
     * @param peer To_Account or GroupId
     * @param msgTime MsgTime of the last message, 0 for an empty conversation
     * @param pinned TopFlag
     * @param last the last message, null for an empty conversation
     * @param recalled whether the last message was recalled
     * @param unread unread messages
     */
    public record Item(
            String conversationId,
            int type,
            String peer,
            long msgTime,
            boolean pinned,
            LastMessage last,
            boolean recalled,
            long unread) {
        /** Whether the conversation has no message. */
        public boolean empty() {
            return last == null;
        }
    }

    /**
     * A position in a list.
     *
     * @param time MsgTime of the last item returned
     * @param index items with that MsgTime returned so far
     */
    public record Cursor(long time, long index) {
        /** The top of the list. */
        public static final Cursor START = new Cursor(0, 0);

        boolean atStart() {
            return time == 0 && index == 0;
        }
    }

    /**
     * One page.
     *
     * @param items the conversations, pinned ones first when apart
     * @param complete nothing is left after this page
     * @param next the cursor of the other conversations for the next page
     * @param nextTop the cursor of the pinned conversations for the next page
     */
    public record Page(List<Item> items, boolean complete, Cursor next, Cursor nextTop) {}

    /** One page of {@code all} with at most {@code size} items (plus, on a first page without bit 2, the pinned). */
    public static Page page(List<Item> all, int assistFlags, Cursor cursor, Cursor topCursor, int size) {
        List<Item> visible = new ArrayList<>();
        for (Item item : all) {
            if (!item.empty() || (assistFlags & WITH_EMPTY) != 0) {
                visible.add(item);
            }
        }
        visible.sort(NEWEST_FIRST);
        if ((assistFlags & PINNED_APART) == 0) {
            Slice slice = slice(visible, cursor, size);
            return new Page(slice.items, !slice.more, slice.next, topCursor);
        }
        List<Item> pinned = visible.stream().filter(Item::pinned).toList();
        List<Item> others = visible.stream().filter(i -> !i.pinned()).toList();
        List<Item> out = new ArrayList<>();
        Cursor nextTop = topCursor;
        boolean pinnedLeft = false;
        int room = size;
        if ((assistFlags & PAGE_PINNED) != 0) {
            Slice top = slice(pinned, topCursor, size);
            out.addAll(top.items);
            nextTop = top.next;
            pinnedLeft = top.more;
            room = size - top.items.size();
        } else if (cursor.atStart()) {
            Slice top = slice(pinned, Cursor.START, pinned.size());
            out.addAll(top.items);
            nextTop = top.next;
        }
        Slice rest = slice(others, cursor, pinnedLeft ? 0 : room);
        out.addAll(rest.items);
        return new Page(out, !pinnedLeft && !rest.more, rest.next, nextTop);
    }

    private record Slice(List<Item> items, boolean more, Cursor next) {}

    private static Slice slice(List<Item> sorted, Cursor cursor, int limit) {
        int start = 0;
        if (!cursor.atStart()) {
            while (start < sorted.size() && sorted.get(start).msgTime() > cursor.time()) {
                start++;
            }
            long skipped = 0;
            while (start < sorted.size() && sorted.get(start).msgTime() == cursor.time() && skipped < cursor.index()) {
                start++;
                skipped++;
            }
        }
        int end = Math.min(sorted.size(), start + Math.max(0, limit));
        if (end == start) {
            return new Slice(List.of(), end < sorted.size(), cursor);
        }
        long time = sorted.get(end - 1).msgTime();
        int firstOfTime = end - 1;
        while (firstOfTime > 0 && sorted.get(firstOfTime - 1).msgTime() == time) {
            firstOfTime--;
        }
        return new Slice(
                List.copyOf(sorted.subList(start, end)), end < sorted.size(), new Cursor(time, end - firstOfTime));
    }
}
