package dev.parley.message.conversation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptsTest {
    @Test
    void should_count_as_unread_the_members_at_send_time_except_the_sender_and_the_readers() {
        GroupReceiptStore.Target message = new GroupReceiptStore.Target(3, "amy", 100, true);
        Map<String, Long> members = Map.of("amy", 1_000L, "bob", 50_000L, "cal", 100_999L, "dee", 101_000L, "eve", 0L);
        assertThat(Receipts.unread(members, Set.of("eve"), message)).containsExactly("bob", "cal");
        assertThat(Receipts.read(Set.of("eve", "bob"))).containsExactly("bob", "eve");
    }

    @Test
    void should_page_by_cursor() {
        List<String> ids = List.of("a", "b", "c", "d", "e");
        Receipts.Slice first = Receipts.page(ids, "", 2);
        assertThat(first.ids()).containsExactly("a", "b");
        assertThat(first.finished()).isFalse();
        Receipts.Slice second = Receipts.page(ids, first.cursor(), 2);
        assertThat(second.ids()).containsExactly("c", "d");
        Receipts.Slice last = Receipts.page(ids, second.cursor(), 2);
        assertThat(last.ids()).containsExactly("e");
        assertThat(last.finished()).isTrue();
        assertThat(last.cursor()).isEmpty();
    }
}
