package dev.parley.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives one {@link Operation} for a warm-up plus a measurement window and records what happened.
 *
 * <p><b>Open loop</b> ({@code rate > 0}): request {@code i} has the slot {@code t0 + i / rate} and is started at its
 * slot whether or not earlier requests have been answered. Only the in-flight limit can hold a request back: a slot
 * that comes while {@code inflight} requests are outstanding waits for one of them to end, and that wait is part of
 * its latency from the slot (so an overloaded server cannot hide behind the generator). Dispatch stops at the end of
 * the window; slots of the window that were never started are counted as failed.
 *
 * <p><b>Closed loop</b> ({@code rate == 0}): {@code inflight} requests are kept outstanding; each one's slot is the
 * moment it is started.
 *
 * <p>The requests measured are those whose slot lies in the window, whenever they are answered: after the window the
 * driver waits for them (each has a timeout) and then freezes the result. One thread dispatches; completions are
 * recorded on whatever thread completes the request.
 */
final class Driver {
    private static final long START_DELAY_NANOS = 20_000_000L;
    private static final long DRAIN_GRACE_NANOS = 2_000_000_000L;

    private Driver() {}

    /**
     * What to run.
     *
     * @param title the phase name printed in the report
     * @param rate requests started per second; 0 for a closed loop
     * @param inflight most requests outstanding at once
     * @param warmupSeconds warm-up before the window, not measured
     * @param seconds length of the measurement window
     * @param timeoutSeconds a request not answered after this long is failed as {@code timeout}
     */
    record Plan(String title, double rate, int inflight, int warmupSeconds, int seconds, int timeoutSeconds) {
        boolean openLoop() {
            return rate > 0;
        }
    }

    /** Runs {@code op} as {@code plan} says; returns after the window and the drain, with a frozen result. */
    static PhaseResult run(Plan plan, Operation op) {
        long t0 = System.nanoTime() + START_DELAY_NANOS;
        long windowStart = t0 + plan.warmupSeconds() * 1_000_000_000L;
        long windowEnd = windowStart + plan.seconds() * 1_000_000_000L;
        PhaseResult result = new PhaseResult(plan, windowStart, windowEnd);
        Semaphore permits = new Semaphore(plan.inflight());
        AtomicInteger inFlight = new AtomicInteger();
        Thread sampler = sampler(result, inFlight, windowStart, windowEnd);

        long n = 0;
        if (plan.openLoop()) {
            double interval = 1e9 / plan.rate();
            while (true) {
                long slot = t0 + (long) (n * interval);
                if (slot >= windowEnd) {
                    break;
                }
                sleepUntil(slot);
                boolean delayed = false;
                if (!permits.tryAcquire()) {
                    delayed = true;
                    if (!acquireBefore(permits, windowEnd)) {
                        break;
                    }
                }
                if (System.nanoTime() >= windowEnd) {
                    permits.release();
                    break;
                }
                dispatch(op, n, slot, delayed, result, permits, inFlight, plan.timeoutSeconds());
                n++;
            }
            // Slots of the window never started: the in-flight limit or the generator itself fell behind.
            for (long i = n; ; i++) {
                long slot = t0 + (long) (i * interval);
                if (slot >= windowEnd) {
                    break;
                }
                if (slot >= windowStart) {
                    result.notSent();
                }
            }
        } else {
            sleepUntil(t0);
            while (System.nanoTime() < windowEnd) {
                if (!acquireBefore(permits, windowEnd)) {
                    break;
                }
                long now = System.nanoTime();
                if (now >= windowEnd) {
                    permits.release();
                    break;
                }
                dispatch(op, n++, now, false, result, permits, inFlight, plan.timeoutSeconds());
            }
        }

        // Drain: every request started has a timeout, so this ends; the grace covers late callbacks.
        long deadline = System.nanoTime() + plan.timeoutSeconds() * 1_000_000_000L + DRAIN_GRACE_NANOS;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000L);
        }
        try {
            sampler.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        result.freeze();
        return result;
    }

    private static void dispatch(
            Operation op,
            long n,
            long slot,
            boolean delayed,
            PhaseResult result,
            Semaphore permits,
            AtomicInteger inFlight,
            int timeoutSeconds) {
        result.inFlight(inFlight.incrementAndGet());
        long sent = System.nanoTime();
        result.sent(slot, sent, delayed);
        CompletableFuture<String> outcome;
        try {
            outcome = op.start(n);
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        outcome.orTimeout(timeoutSeconds, TimeUnit.SECONDS).whenComplete((label, error) -> {
            long done = System.nanoTime();
            inFlight.decrementAndGet();
            permits.release();
            result.answered(slot, sent, done, error == null ? label : label(error, timeoutSeconds));
        });
    }

    /** A failure label for an exception: its type, unwrapped from the future's wrappers. */
    static String label(Throwable error, int timeoutSeconds) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException) {
            return "timeout (no answer in " + timeoutSeconds + " s)";
        }
        return "exception " + cause.getClass().getSimpleName();
    }

    /** Samples the machine at the window's start and end, and the requests in flight at its end. */
    private static Thread sampler(PhaseResult result, AtomicInteger inFlight, long windowStart, long windowEnd) {
        Thread t = new Thread(
                () -> {
                    sleepUntil(windowStart);
                    result.windowStarted(Machine.sample());
                    sleepUntil(windowEnd);
                    result.windowEnded(Machine.sample(), inFlight.get());
                },
                "window-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static boolean acquireBefore(Semaphore permits, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            return permits.tryAcquire(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Parks until {@code deadline} (a {@link System#nanoTime()} value); returns at once when it has passed. */
    static void sleepUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
