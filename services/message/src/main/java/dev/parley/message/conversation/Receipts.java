package dev.parley.message.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who has and has not read a group message: readers are the members who sent a receipt; the unread are the
 * current members who had joined by the message's time (second precision) and are neither its sender nor a reader.
 */
public final class Receipts {
    private Receipts() {}

    /** The readers, sorted. */
    public static List<String> read(Set<String> readers) {
        return new ArrayList<>(new TreeSet<>(readers));
    }

    /** The members who have not read the message, sorted. */
    public static List<String> unread(
            Map<String, Long> members, Set<String> readers, GroupReceiptStore.Target message) {
        long sentBy = message.msgTime() * 1000 + 999;
        TreeSet<String> unread = new TreeSet<>();
        members.forEach((user, joinedMs) -> {
            if (joinedMs <= sentBy && !user.equals(message.fromAccount()) && !readers.contains(user)) {
                unread.add(user);
            }
        });
        return new ArrayList<>(unread);
    }

    /**
     * A page of a sorted list of UserIDs.
     *
     * @param ids the page
     * @param finished nothing is left after it
     * @param cursor the last id of the page to continue from, empty when finished
     */
    public record Slice(List<String> ids, boolean finished, String cursor) {}

    /** The ids after {@code cursor} (empty: from the start), at most {@code count}. */
    public static Slice page(List<String> sorted, String cursor, int count) {
        List<String> page = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()
                && cursor != null
                && !cursor.isEmpty()
                && sorted.get(i).compareTo(cursor) <= 0) {
            i++;
        }
        while (i < sorted.size() && page.size() < count) {
            page.add(sorted.get(i++));
        }
        boolean finished = i >= sorted.size();
        return new Slice(page, finished, finished || page.isEmpty() ? "" : page.get(page.size() - 1));
    }
}
