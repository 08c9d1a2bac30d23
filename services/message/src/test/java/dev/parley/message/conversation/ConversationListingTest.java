package dev.parley.message.conversation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parley.message.conversation.ConversationListing.Cursor;
import dev.parley.message.conversation.ConversationListing.Item;
import dev.parley.message.conversation.ConversationListing.Page;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationListingTest {
    private static Item item(String peer, long msgTime, boolean pinned) {
        LastMessage last = msgTime == 0 ? null : new LastMessage(1, 1, msgTime, "k", "x");
        return new Item("c2c:" + peer, 1, peer, msgTime, pinned, last, false, 0);
    }

    private static List<String> peers(Page page) {
        return page.items().stream().map(Item::peer).toList();
    }

    @Test
    void should_list_newest_first_and_page_through_ties_without_gaps_or_repeats() {
        List<Item> all = List.of(
                item("a", 100, false),
                item("b", 300, false),
                item("c", 200, false),
                item("d", 200, false),
                item("e", 200, false));
        List<String> seen = new ArrayList<>();
        Cursor cursor = Cursor.START;
        Page page;
        int pages = 0;
        do {
            page = ConversationListing.page(all, 0, cursor, Cursor.START, 2);
            seen.addAll(peers(page));
            cursor = page.next();
            pages++;
        } while (!page.complete());
        assertThat(seen).containsExactly("b", "c", "d", "e", "a");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void should_not_shift_later_pages_when_a_conversation_moves_to_the_top() {
        List<Item> all = new ArrayList<>(
                List.of(item("a", 500, false), item("b", 400, false), item("c", 300, false), item("d", 200, false)));
        Page first = ConversationListing.page(all, 0, Cursor.START, Cursor.START, 2);
        assertThat(peers(first)).containsExactly("a", "b");
        all.set(3, item("d", 900, false));
        Page second = ConversationListing.page(all, 0, first.next(), Cursor.START, 2);
        assertThat(peers(second)).containsExactly("c");
        assertThat(second.complete()).isTrue();
    }

    @Test
    void should_put_every_pinned_conversation_first_on_the_first_page_only() {
        List<Item> all =
                List.of(item("a", 500, false), item("p", 100, true), item("b", 400, false), item("q", 50, true));
        Page first = ConversationListing.page(all, ConversationListing.PINNED_APART, Cursor.START, Cursor.START, 1);
        assertThat(peers(first)).containsExactly("p", "q", "a");
        assertThat(first.complete()).isFalse();
        Page second = ConversationListing.page(all, ConversationListing.PINNED_APART, first.next(), first.nextTop(), 1);
        assertThat(peers(second)).containsExactly("b");
        assertThat(second.complete()).isTrue();
        Page merged = ConversationListing.page(all, 0, Cursor.START, Cursor.START, 10);
        assertThat(peers(merged)).containsExactly("a", "b", "p", "q");
    }

    @Test
    void should_page_pinned_conversations_before_the_others_with_bit_two() {
        int flags = ConversationListing.PINNED_APART | ConversationListing.PAGE_PINNED;
        List<Item> all = List.of(item("a", 500, false), item("p", 100, true), item("q", 90, true), item("r", 80, true));
        Page first = ConversationListing.page(all, flags, Cursor.START, Cursor.START, 2);
        assertThat(peers(first)).containsExactly("p", "q");
        Page second = ConversationListing.page(all, flags, first.next(), first.nextTop(), 2);
        assertThat(peers(second)).containsExactly("r", "a");
        assertThat(second.complete()).isTrue();
    }

    @Test
    void should_list_empty_conversations_last_and_only_with_bit_one() {
        List<Item> all = List.of(item("e", 0, false), item("a", 100, false), item("f", 0, false));
        assertThat(peers(ConversationListing.page(all, 0, Cursor.START, Cursor.START, 10)))
                .containsExactly("a");
        Page first = ConversationListing.page(all, ConversationListing.WITH_EMPTY, Cursor.START, Cursor.START, 2);
        assertThat(peers(first)).containsExactly("a", "e");
        Page second = ConversationListing.page(all, ConversationListing.WITH_EMPTY, first.next(), Cursor.START, 2);
        assertThat(peers(second)).containsExactly("f");
    }
}
