package dev.parley.message.extension;

import java.util.ArrayList;
import java.util.List;

import dev.parley.message.store.MessageExtensionStore.Entry;
import dev.parley.message.store.MessageExtensionStore.Snapshot;

/**
 * Decides a {@code set_key_values} call against one snapshot of a message's extensions, without touching storage:
 * which items win, which conflict (23001) or name a missing key (23004), and what must be written. The result is
 * only valid while the snapshot's version is current; {@link MessageExtensionService} writes it conditionally and
 * decides again on a newer snapshot when it lost the race.
 */
public final class ExtensionPlanner {
    /** Keys a message may hold (§5.4). */
    public static final int MAX_KEYS = 300;
    /** Per-item code: the item's Seq is not the key's current Seq. */
    public static final int CONFLICT = 23001;
    /** Per-item code: the key to delete does not exist. */
    public static final int MISSING = 23004;

    private ExtensionPlanner() {}

    /**
     * What one call does at one version.
     *
     * @param latestSeq the version after the change (the snapshot's + 1)
     * @param clearSeq ClearSeq after the change
     * @param changes the keys to write, each at {@code latestSeq}
     * @param results one result per request item, in request order (none for a clear-all)
     * @param tooManyKeys whether the call would leave more than {@link #MAX_KEYS} keys (nothing is written)
     */
    public record Plan(
            long latestSeq, long clearSeq, List<Entry> changes, List<ItemResult> results, boolean tooManyKeys) {
        /** Whether there is anything to write: a clear-all always writes (it moves ClearSeq). */
        public boolean writes(OperateType type) {
            return !tooManyKeys && (type == OperateType.CLEAR || !changes.isEmpty());
        }
    }

    /** Decides {@code items} of an {@code type} call against {@code snapshot}. */
    public static Plan plan(Snapshot snapshot, OperateType type, List<ExtensionItem> items) {
        long next = snapshot.latestSeq() + 1;
        List<Entry> changes = new ArrayList<>();
        List<ItemResult> results = new ArrayList<>();
        if (type == OperateType.CLEAR) {
            for (Entry entry : snapshot.entries().values()) {
                if (entry.present()) {
                    changes.add(new Entry(entry.key(), "", next, false));
                }
            }
            return new Plan(next, next, changes, results, false);
        }
        int present = (int)
                snapshot.entries().values().stream().filter(Entry::present).count();
        for (ExtensionItem item : items) {
            Entry current = snapshot.entries().get(item.key());
            boolean exists = current != null && current.present();
            long currentSeq = exists ? current.seq() : 0;
            if (type == OperateType.DELETE && !exists) {
                results.add(ItemResult.current(MISSING, item.key(), null));
                continue;
            }
            // An item without Seq is an administrator's unconditional write (docs: extensions, "Seq").
            if (item.seq() != null && item.seq() != currentSeq) {
                results.add(ItemResult.current(CONFLICT, item.key(), exists ? current : null));
                continue;
            }
            if (type == OperateType.SET) {
                if (!exists) {
                    present++;
                }
                changes.add(new Entry(item.key(), item.value(), next, true));
                results.add(new ItemResult(0, item.key(), item.value(), next));
            } else {
                changes.add(new Entry(item.key(), "", next, false));
                results.add(new ItemResult(0, item.key(), "", next));
            }
        }
        return new Plan(next, snapshot.clearSeq(), changes, results, present > MAX_KEYS);
    }

    /** Every item answered as a conflict with the key's current state (used when a call keeps losing races). */
    public static List<ItemResult> conflicts(Snapshot snapshot, List<ExtensionItem> items) {
        List<ItemResult> results = new ArrayList<>();
        for (ExtensionItem item : items) {
            Entry current = snapshot.entries().get(item.key());
            results.add(
                    ItemResult.current(CONFLICT, item.key(), current != null && current.present() ? current : null));
        }
        return results;
    }
}
