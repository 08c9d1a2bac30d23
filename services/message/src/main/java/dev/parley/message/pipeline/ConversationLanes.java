package dev.parley.message.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-conversation queues: submissions of one conversation are handled one drain at a time and in order, while
 * conversations run independently, so a slow conversation (e.g. a slow before-send stage) delays only itself. A
 * lane exists while it has work; offering and taking are atomic per conversation.
 */
final class ConversationLanes {
    private static final class Lane {
        private final Deque<Work> queue = new ArrayDeque<>();
    }

    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

    /**
     * Queues a submission.
     *
     * @return true when the lane was idle, so the caller must start draining it
     */
    boolean offer(Work work) {
        boolean[] start = {false};
        lanes.compute(work.laneKey(), (key, lane) -> {
            if (lane == null) {
                lane = new Lane();
                start[0] = true;
            }
            lane.queue.add(work);
            return lane;
        });
        return start[0];
    }

    /**
     * Takes up to {@code max} queued submissions in order. An empty answer retires the lane: the next offer starts
     * a new drain.
     */
    List<Work> take(String laneKey, int max) {
        List<Work> taken = new ArrayList<>();
        lanes.compute(laneKey, (key, lane) -> {
            if (lane == null) {
                return null;
            }
            while (taken.size() < max && !lane.queue.isEmpty()) {
                taken.add(lane.queue.poll());
            }
            return taken.isEmpty() ? null : lane;
        });
        return taken;
    }

    /** Conversations with work queued or running. */
    int active() {
        return lanes.size();
    }
}
