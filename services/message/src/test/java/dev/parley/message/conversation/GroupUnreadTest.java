package dev.parley.message.conversation;

import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupUnreadTest {
    /** Marks of messages 1..10 committed at 1000, 2000, ... ms, every second one counting, 5 missing. */
    private final TreeMap<Long, GroupMark> marks = new TreeMap<>();

    GroupUnreadTest() {
        long counted = 0;
        for (long seq = 1; seq <= 10; seq++) {
            counted += seq % 2;
            if (seq != 5) {
                marks.put(seq, new GroupMark(seq, counted, seq * 1000));
            }
        }
    }

    private Optional<GroupMark> at(long seq) {
        var e = marks.floorEntry(seq);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    private final GroupConversation group = new GroupConversation("g", null, 0, 5, 10, 10_000);

    private static ConversationEntry member(ReadPoint point, String resolvedId, long resolvedCount) {
        return new ConversationEntry("group:g", 2, "g", null, 0, 0, -1, false, true, point, resolvedId, resolvedCount);
    }

    @Test
    void should_find_the_counter_at_a_time_point_between_messages_and_across_a_gap() {
        for (long ms : new long[] {0, 999, 1000, 4500, 5500, 6000, 9999}) {
            long expected = ms < 1000
                    ? 0
                    : marks.floorEntry(Math.min(10, ms / 1000)).getValue().counted();
            assertThat(GroupUnread.counterAt(ReadPoint.atTime("p", ms, 0), group, this::at))
                    .as("at %d ms", ms)
                    .hasValue(expected);
        }
    }

    @Test
    void should_leave_a_point_unresolved_until_a_later_message_is_applied() {
        assertThat(GroupUnread.counterAt(ReadPoint.atTime("p", 10_000, 0), group, this::at))
                .isEmpty();
        assertThat(GroupUnread.counterAt(ReadPoint.atSeq("p", 11, 0), group, this::at))
                .isEmpty();
        GroupUnread.Result result =
                GroupUnread.unread(member(ReadPoint.atTime("p", 20_000, 3), null, 0), group, this::at);
        assertThat(result.unread()).isEqualTo(3);
        assertThat(result.resolved()).isEmpty();
    }

    @Test
    void should_add_the_base_and_use_a_cached_resolution_of_the_same_point_only() {
        ReadPoint point = ReadPoint.atSeq("p", 4, 2);
        GroupUnread.Result fresh = GroupUnread.unread(member(point, null, 0), group, this::at);
        assertThat(fresh.unread()).isEqualTo(5 - 2 + 2);
        assertThat(fresh.resolved()).hasValue(2);
        assertThat(GroupUnread.unread(member(point, point.key(), 1), group, s -> Optional.empty())
                        .unread())
                .isEqualTo(5 - 1 + 2);
        assertThat(GroupUnread.unread(member(point, "other", 1), group, this::at)
                        .unread())
                .isEqualTo(5);
    }
}
