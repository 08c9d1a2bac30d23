package dev.parley.message.extension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.parley.message.store.MessageExtensionStore.Entry;
import dev.parley.message.store.MessageExtensionStore.Snapshot;

import static org.assertj.core.api.Assertions.assertThat;

class ExtensionPlannerTest {
    private static Snapshot snapshot(long latest, long clear, Entry... entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            map.put(e.key(), e);
        }
        return new Snapshot(latest > 0, latest, clear, "", map);
    }

    @Test
    void should_set_new_keys_at_the_next_version_when_their_seq_is_zero() {
        ExtensionPlanner.Plan plan = ExtensionPlanner.plan(
                snapshot(0, 0),
                OperateType.SET,
                List.of(new ExtensionItem("a", "1", 0L), new ExtensionItem("b", "2", 0L)));
        assertThat(plan.latestSeq()).isEqualTo(1);
        assertThat(plan.changes()).containsExactly(new Entry("a", "1", 1, true), new Entry("b", "2", 1, true));
        assertThat(plan.results()).containsExactly(new ItemResult(0, "a", "1", 1), new ItemResult(0, "b", "2", 1));
        assertThat(plan.writes(OperateType.SET)).isTrue();
    }

    @Test
    void should_answer_23001_with_the_current_value_when_the_seq_is_stale() {
        ExtensionPlanner.Plan plan = ExtensionPlanner.plan(
                snapshot(4, 0, new Entry("a", "now", 4, true)),
                OperateType.SET,
                List.of(new ExtensionItem("a", "mine", 3L), new ExtensionItem("b", "x", 0L)));
        assertThat(plan.results())
                .containsExactly(new ItemResult(23001, "a", "now", 4), new ItemResult(0, "b", "x", 5));
        assertThat(plan.changes()).containsExactly(new Entry("b", "x", 5, true));
    }

    @Test
    void should_treat_a_deleted_key_as_new_when_setting_it_again() {
        ExtensionPlanner.Plan plan = ExtensionPlanner.plan(
                snapshot(6, 0, new Entry("a", "", 6, false)),
                OperateType.SET,
                List.of(new ExtensionItem("a", "back", 0L)));
        assertThat(plan.results()).containsExactly(new ItemResult(0, "a", "back", 7));
    }

    @Test
    void should_write_unconditionally_when_an_item_has_no_seq() {
        ExtensionPlanner.Plan plan = ExtensionPlanner.plan(
                snapshot(2, 0, new Entry("a", "old", 2, true)),
                OperateType.SET,
                List.of(new ExtensionItem("a", "new", null)));
        assertThat(plan.results()).containsExactly(new ItemResult(0, "a", "new", 3));
    }

    @Test
    void should_answer_23004_when_deleting_a_key_that_does_not_exist() {
        ExtensionPlanner.Plan plan = ExtensionPlanner.plan(
                snapshot(2, 0, new Entry("a", "v", 2, true), new Entry("gone", "", 1, false)),
                OperateType.DELETE,
                List.of(new ExtensionItem("gone", "", 1L), new ExtensionItem("a", "", 2L)));
        assertThat(plan.results()).containsExactly(new ItemResult(23004, "gone", "", 0), new ItemResult(0, "a", "", 3));
        assertThat(plan.changes()).containsExactly(new Entry("a", "", 3, false));
    }

    @Test
    void should_clear_every_present_key_and_move_clear_seq() {
        ExtensionPlanner.Plan plan = ExtensionPlanner.plan(
                snapshot(3, 0, new Entry("a", "v", 2, true), new Entry("b", "", 3, false)),
                OperateType.CLEAR,
                List.of());
        assertThat(plan.clearSeq()).isEqualTo(4);
        assertThat(plan.changes()).containsExactly(new Entry("a", "", 4, false));
        assertThat(plan.results()).isEmpty();
        assertThat(plan.writes(OperateType.CLEAR)).isTrue();
    }

    @Test
    void should_refuse_a_call_that_would_exceed_300_keys() {
        Entry[] full = new Entry[299];
        for (int i = 0; i < full.length; i++) {
            full[i] = new Entry("k" + i, "v", 1, true);
        }
        assertThat(ExtensionPlanner.plan(
                                snapshot(1, 0, full), OperateType.SET, List.of(new ExtensionItem("x", "v", 0L)))
                        .tooManyKeys())
                .isFalse();
        ExtensionPlanner.Plan plan = ExtensionPlanner.plan(
                snapshot(1, 0, full),
                OperateType.SET,
                List.of(new ExtensionItem("x", "v", 0L), new ExtensionItem("y", "v", 0L)));
        assertThat(plan.tooManyKeys()).isTrue();
        assertThat(plan.writes(OperateType.SET)).isFalse();
    }

    @Test
    void should_write_nothing_when_every_item_conflicts() {
        ExtensionPlanner.Plan plan = ExtensionPlanner.plan(
                snapshot(1, 0, new Entry("a", "v", 1, true)),
                OperateType.SET,
                List.of(new ExtensionItem("a", "w", 0L)));
        assertThat(plan.writes(OperateType.SET)).isFalse();
    }
}
