package dev.parley.message.conversation;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A group member's unread count, combined at read time from the group's shared unread counter and the member's
 * read point: {@code unread = counted(now) - counted(at point) + base}. The counter at a point is known for good
 * once the group stream has applied a message after the point (the stream is ordered per group); until then
 * every applied message is at or before the point, so the counter at the point is the current one.
 */
public final class GroupUnread {
    private GroupUnread() {}

    /** Reads the group's marks. */
    @FunctionalInterface
    public interface Marks {
        /** The mark of the highest applied message at or before {@code seq}, empty when none. */
        Optional<GroupMark> atOrBefore(long seq);
    }

    /**
     * An unread count.
     *
     * @param unread the member's unread messages
     * @param resolved the counter at the member's point, when it was computed now and can be cached
     */
    public record Result(long unread, OptionalLong resolved) {}

    /** The member's unread count; a member without a read point has none. */
    public static Result unread(ConversationEntry member, GroupConversation group, Marks marks) {
        ReadPoint point = member.point();
        if (point == null) {
            return new Result(0, OptionalLong.empty());
        }
        OptionalLong resolved = OptionalLong.empty();
        long atPoint;
        if (point.key().equals(member.resolvedId())) {
            atPoint = member.resolvedCount();
        } else {
            resolved = counterAt(point, group, marks);
            atPoint = resolved.orElse(group.counted());
        }
        return new Result(Math.max(0, group.counted() - atPoint + point.base()), resolved);
    }

    /** The group's counter at the point, empty while the group stream has applied nothing after it. */
    static OptionalLong counterAt(ReadPoint point, GroupConversation group, Marks marks) {
        if (point.bySeq()) {
            if (group.countedSeq() < point.atSeq()) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(
                    marks.atOrBefore(point.atSeq()).map(GroupMark::counted).orElse(0L));
        }
        if (group.countedMs() <= point.atMs()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(counterAtTime(point.atMs(), group.countedSeq(), marks));
    }

    /**
     * Binary search for the last message committed at or before {@code atMs}, among sequences up to {@code hi}
     * (which was committed after it); commit times grow with the sequence.
     */
    private static long counterAtTime(long atMs, long hi, Marks marks) {
        long lo = 0;
        long loCounted = 0;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            Optional<GroupMark> mark = marks.atOrBefore(mid);
            if (mark.isEmpty() || mark.get().seq() <= lo) {
                lo = mid;
            } else if (mark.get().committedMs() <= atMs) {
                lo = mid;
                loCounted = mark.get().counted();
            } else {
                hi = mark.get().seq();
            }
        }
        return loCounted;
    }
}
