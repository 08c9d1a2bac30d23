package dev.parley.message.conversation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.parley.message.pipeline.Conversations;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.message.events.SendOptions;

import static dev.parley.message.conversation.Facts.APP;
import static org.assertj.core.api.Assertions.assertThat;

class ConversationProjectionTest {
    private static final String AMY_BOB = Conversations.c2c("amy", "bob");
    private static final String GROUP = Conversations.group("g1");

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final InMemoryGroupReceiptStore receipts = new InMemoryGroupReceiptStore();
    private final ConversationProjection projection = new ConversationProjection(store, receipts);
    private final ConversationQueries queries = new ConversationQueries(store);

    private void apply(EventEnvelope... envelopes) {
        for (EventEnvelope envelope : envelopes) {
            projection.apply(envelope);
        }
    }

    private Map<String, ConversationListing.Item> list(String user) {
        return queries.items(APP, user).stream().collect(Collectors.toMap(ConversationListing.Item::peer, i -> i));
    }

    @Test
    void should_count_only_the_peers_messages_as_unread_in_both_directions() {
        apply(
                Facts.c2c("amy", "bob", 1, null),
                Facts.c2c("amy", "bob", 2, null),
                Facts.c2c("bob", "amy", 3, null),
                Facts.c2c("amy", "bob", 4, null));
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isEqualTo(3);
        assertThat(store.unreadCount(APP, "amy", AMY_BOB)).isEqualTo(1);
        assertThat(list("amy").get("bob").last().seq()).isEqualTo(4);
        assertThat(list("bob").get("amy").last().fromAccount()).isEqualTo("amy");
    }

    @Test
    void should_change_nothing_when_a_message_is_applied_twice() {
        EventEnvelope first = Facts.c2c("amy", "bob", 1, null);
        apply(first, first);
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isEqualTo(1);
        EventEnvelope group = Facts.group("g1", "amy", 1, 2_000, null);
        apply(Facts.joined("g1", "bob", 1, 1_000, 0), group, group);
        assertThat(store.group(APP, "g1").counted()).isEqualTo(1);
        assertThat(list("bob").get("g1").unread()).isEqualTo(1);
    }

    @Test
    void should_keep_a_read_message_read_when_it_is_applied_again_late() {
        EventEnvelope first = Facts.c2c("amy", "bob", 1, null);
        apply(first, Facts.c2c("amy", "bob", 2, null), Facts.read(AMY_BOB, "bob", 2, List.of()));
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isZero();
        apply(first, Facts.read(AMY_BOB, "bob", 1, List.of()));
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isZero();
        apply(Facts.c2c("amy", "bob", 3, null));
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isEqualTo(1);
    }

    @Test
    void should_keep_the_newest_last_message_when_messages_arrive_out_of_order() {
        apply(Facts.c2c("amy", "bob", 2, null), Facts.c2c("bob", "amy", 1, null));
        assertThat(list("amy").get("bob").last().seq()).isEqualTo(2);
        assertThat(list("amy").get("bob").last().fromAccount()).isEqualTo("amy");
    }

    @Test
    void should_honour_no_unread_no_last_msg_online_only_history_import_and_system_notices() {
        apply(Facts.c2c("amy", "bob", 1, List.of("NoLastMsg")));
        assertThat(list("bob")).isEmpty();
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isEqualTo(1);
        apply(Facts.c2c("amy", "bob", 2, List.of("NoUnread")));
        assertThat(list("bob").get("amy").last().seq()).isEqualTo(2);
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isEqualTo(1);
        apply(Facts.c2c("amy", "bob", 3, null, SendOptions.NONE, false));
        apply(Facts.c2c(
                "amy",
                "bob",
                4,
                null,
                new SendOptions(false, false, List.of(), false, List.of(), List.of(), 2, false),
                true));
        assertThat(list("bob").get("amy").last().seq()).isEqualTo(4);
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isEqualTo(1);
        apply(Facts.c2c(
                "amy",
                "bob",
                5,
                null,
                new SendOptions(false, false, List.of(), false, List.of(), List.of(), 0, true),
                true));
        assertThat(list("bob").get("amy").last().seq()).isEqualTo(4);
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isEqualTo(1);
    }

    @Test
    void should_show_the_recall_of_the_last_message_only() {
        apply(Facts.c2c("amy", "bob", 1, null), Facts.c2c("amy", "bob", 2, null), Facts.recalledC2c("amy", "bob", 2));
        assertThat(list("bob").get("amy").recalled()).isTrue();
        apply(Facts.recalledC2c("amy", "bob", 1));
        assertThat(list("amy").get("bob").recalled()).isTrue();
        apply(Facts.c2c("bob", "amy", 3, null));
        assertThat(list("amy").get("bob").recalled()).isFalse();
    }

    @Test
    void should_hide_and_read_a_deleted_conversation_until_a_later_message() {
        apply(Facts.c2c("amy", "bob", 1, null), Facts.c2c("amy", "bob", 2, null), Facts.deleted(AMY_BOB, "bob"));
        assertThat(list("bob")).isEmpty();
        assertThat(list("amy")).containsKey("bob");
        assertThat(store.unreadCount(APP, "bob", AMY_BOB)).isZero();
        apply(Facts.c2c("amy", "bob", 3, null));
        assertThat(list("bob").get("amy").unread()).isEqualTo(1);
    }

    @Test
    void should_count_group_messages_from_the_join_and_never_the_members_own() {
        apply(
                Facts.joined("g1", "amy", 1, 1_000, 0),
                Facts.group("g1", "admin", 1, 2_000, null),
                Facts.joined("g1", "bob", 2, 2_500, 0),
                Facts.group("g1", "admin", 2, 3_000, null),
                Facts.group("g1", "amy", 3, 4_000, null),
                Facts.group("g1", "admin", 4, 5_000, null));
        assertThat(list("amy").get("g1").unread()).isEqualTo(1);
        assertThat(list("bob").get("g1").unread()).isEqualTo(3);
        assertThat(list("bob").get("g1").last().seq()).isEqualTo(4);
    }

    @Test
    void should_place_a_join_by_time_whichever_stream_is_applied_first() {
        // The join (group stream) is applied before messages committed before it (message stream) ...
        apply(
                Facts.joined("g1", "bob", 1, 2_500, 0),
                Facts.group("g1", "admin", 1, 2_000, null),
                Facts.group("g1", "admin", 2, 3_000, null));
        // ... and after messages committed after it.
        apply(Facts.group("g2", "admin", 1, 2_000, null), Facts.group("g2", "admin", 2, 3_000, null));
        apply(Facts.joined("g2", "bob", 1, 2_500, 0));
        assertThat(list("bob").get("g1").unread()).isEqualTo(1);
        assertThat(list("bob").get("g2").unread()).isEqualTo(1);
        // A point resolved and cached once stays right.
        apply(Facts.group("g1", "admin", 3, 6_000, null));
        assertThat(list("bob").get("g1").unread()).isEqualTo(2);
    }

    @Test
    void should_start_from_the_imported_or_set_unread_count() {
        apply(Facts.group("g1", "admin", 1, 1_000, null), Facts.joined("g1", "bob", 1, 2_000, 5));
        assertThat(list("bob").get("g1").unread()).isEqualTo(5);
        apply(Facts.unreadSet("g1", "bob", 2, 3_000, 2), Facts.group("g1", "admin", 2, 4_000, null));
        assertThat(list("bob").get("g1").unread()).isEqualTo(3);
    }

    @Test
    void should_not_count_no_unread_or_targeted_group_messages() {
        apply(
                Facts.joined("g1", "bob", 1, 1_000, 0),
                Facts.group("g1", "admin", 1, 2_000, List.of("NoUnread")),
                Facts.group(
                        "g1",
                        "admin",
                        2,
                        3_000,
                        null,
                        new SendOptions(false, false, List.of(), false, List.of(), List.of("amy"), 0, false)));
        assertThat(list("bob").get("g1").unread()).isZero();
        assertThat(list("bob").get("g1").last().seq()).isEqualTo(1);
    }

    @Test
    void should_drop_the_group_conversation_when_the_member_leaves_or_the_group_is_destroyed() {
        apply(
                Facts.joined("g1", "bob", 1, 1_000, 0),
                Facts.joined("g1", "cal", 2, 1_000, 0),
                Facts.group("g1", "admin", 1, 2_000, null));
        assertThat(list("bob")).containsKey("g1");
        apply(Facts.left("g1", "bob", 3));
        assertThat(list("bob")).isEmpty();
        assertThat(receipts.members(APP, "g1")).containsOnlyKeys("cal");
        apply(Facts.joined("g1", "bob", 2, 1_000, 0));
        assertThat(list("bob")).as("an older join applied late").isEmpty();
        apply(Facts.destroyed("g1", 4, List.of("cal")));
        assertThat(list("cal")).isEmpty();
        assertThat(receipts.members(APP, "g1")).isEmpty();
    }

    @Test
    void should_read_a_group_to_a_sequence_and_store_receipts() {
        apply(
                Facts.joined("g1", "bob", 1, 1_000, 0),
                Facts.group("g1", "admin", 1, 2_000, null),
                Facts.group("g1", "admin", 2, 3_000, null),
                Facts.read(GROUP, "bob", 1, List.of(1L, 2L)));
        assertThat(list("bob").get("g1").unread()).isEqualTo(1);
        assertThat(receipts.readers(APP, "g1", 2)).containsExactly("bob");
        apply(Facts.deleted(GROUP, "bob"));
        assertThat(list("bob")).isEmpty();
        apply(Facts.group("g1", "admin", 3, 4_000, null));
        assertThat(list("bob").get("g1").unread()).isEqualTo(1);
    }
}
