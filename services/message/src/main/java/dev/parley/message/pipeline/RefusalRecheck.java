package dev.parley.message.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.platform.apps.AppInfo;

/**
 * Re-checks, off the conversation's lane, a refusal that may come from a read model lagging behind a fact committed
 * just before the send ({@link Verdict#recheck()}: not a member, no such group, not friends). The submission is asked
 * again ({@link SendGuard#standing}) every {@value #INTERVAL_MILLIS} ms; it is answered with the refusal once that
 * has held for {@value #CATCH_UP_MILLIS} ms, or handed back as admissible as soon as the views say so.
 *
 * <p>The lane does not wait: before this, the guard re-read in place for up to a second, so one non-member posting
 * into a group held every member's messages back by a second per post. Re-checks of one sender in one conversation
 * share one reading loop, so a burst of refused posts costs one read per interval, not one per post.
 */
@ApplicationScoped
class RefusalRecheck {
    static final long CATCH_UP_MILLIS = 1_000;
    static final long INTERVAL_MILLIS = 50;

    private final SendGuard guard;
    private final ScheduledExecutorService timer;
    private final Map<String, Loop> loops = new ConcurrentHashMap<>();

    RefusalRecheck(SendGuard guard) {
        this.guard = guard;
        AtomicInteger n = new AtomicInteger();
        this.timer = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "refusal-recheck-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts (or joins) the re-check of a refused submission.
     *
     * @param app the submission's app
     * @param s the submission
     * @param refusal the refusal the guard gave
     * @param done gets the final verdict once: the refusal (the latest one read), or {@link Verdict#ACCEPT} when the
     *     views now admit it
     */
    void recheck(AppInfo app, MessageSubmitted s, Verdict refusal, Consumer<Verdict> done) {
        String key = s.appId() + ":" + s.conversationId() + ":" + s.fromAccount();
        Waiter waiter = new Waiter(System.currentTimeMillis() + CATCH_UP_MILLIS, done);
        boolean[] started = {false};
        loops.compute(key, (k, loop) -> {
            if (loop == null) {
                loop = new Loop(app, s, refusal);
                started[0] = true;
            }
            loop.waiters.add(waiter);
            return loop;
        });
        if (started[0]) {
            schedule(key);
        }
    }

    /** Re-checks waiting now (for metrics and tests). */
    int waiting() {
        return loops.values().stream().mapToInt(l -> l.waiters.size()).sum();
    }

    private void schedule(String key) {
        timer.schedule(() -> tick(key), INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick(String key) {
        Loop loop = loops.get(key);
        if (loop == null) {
            return;
        }
        Verdict verdict = loop.latest;
        try {
            verdict = guard.standing(loop.app, loop.submission);
        } catch (RuntimeException e) {
            Log.warnf(
                    "App %s: re-check of a refusal in %s could not read: %s",
                    loop.submission.appId(),
                    loop.submission.conversationId(),
                    e.getClass().getSimpleName());
        }
        if (verdict.code() == 0) {
            finish(key, w -> true, Verdict.ACCEPT);
            return;
        }
        loop.latest = verdict;
        long now = System.currentTimeMillis();
        if (finish(key, w -> w.deadline <= now, verdict)) {
            schedule(key);
        }
    }

    /**
     * Answers the waiters {@code which} selects; retires the loop when none is left.
     *
     * @return whether waiters remain (the loop goes on)
     */
    private boolean finish(String key, java.util.function.Predicate<Waiter> which, Verdict verdict) {
        List<Waiter> answered = new ArrayList<>();
        boolean[] remaining = {false};
        loops.computeIfPresent(key, (k, loop) -> {
            loop.waiters.removeIf(w -> {
                if (which.test(w)) {
                    answered.add(w);
                    return true;
                }
                return false;
            });
            remaining[0] = !loop.waiters.isEmpty();
            return remaining[0] ? loop : null;
        });
        for (Waiter w : answered) {
            try {
                w.done.accept(verdict);
            } catch (RuntimeException e) {
                Log.errorf(e, "App %s: answering a re-checked submission failed", key.substring(0, key.indexOf(':')));
            }
        }
        return remaining[0];
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** One sender's re-checks in one conversation, sharing their reads. Guarded by the map's compute. */
    private static final class Loop {
        final AppInfo app;
        final MessageSubmitted submission;
        final List<Waiter> waiters = new ArrayList<>();
        volatile Verdict latest;

        Loop(AppInfo app, MessageSubmitted submission, Verdict refusal) {
            this.app = app;
            this.submission = submission;
            this.latest = refusal;
        }
    }

    /** One refused submission waiting for its answer. */
    private record Waiter(long deadline, Consumer<Verdict> done) {}
}
