package dev.parley.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * What happened during one {@link Driver} run, and its report.
 *
 * <p>The requests measured (the "cohort") are those whose slot lies in the window. Each of them is OK, failed with a
 * label, not started (the in-flight limit or a late generator held it back until the window ended) or unanswered when
 * the result was frozen. Latencies are of OK answers only, measured from the slot and from the moment the request was
 * actually started; the {@linkplain #p99CountingFailures() verdict percentile} treats every request that was not
 * answered OK as slower than any OK one, so failures cannot make a rate look fast. Separately, every OK answer that
 * arrived inside the window counts towards the completion throughput, whenever its request was started.
 */
final class PhaseResult {
    private final Driver.Plan plan;
    private final long windowStart;
    private final long windowEnd;
    private final int[] okPerSecond;

    private final LongList okFromSlot = new LongList();
    private final LongList okFromSend = new LongList();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private long sent;
    private long answered;
    private long notSent;
    private long delayedByLimit;
    private long maxLagNanos;
    private long okCompletedInWindow;
    private int maxInFlight;
    private int inFlightAtWindowEnd = -1;
    private int unansweredAtFreeze;
    private Machine.Sample startSample;
    private Machine.Sample endSample;
    private boolean frozen;

    PhaseResult(Driver.Plan plan, long windowStart, long windowEnd) {
        this.plan = plan;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.okPerSecond = new int[plan.seconds()];
    }

    private boolean inWindow(long t) {
        return t >= windowStart && t < windowEnd;
    }

    synchronized void inFlight(int now) {
        maxInFlight = Math.max(maxInFlight, now);
    }

    synchronized void sent(long slot, long sentAt, boolean delayed) {
        if (frozen || !inWindow(slot)) {
            return;
        }
        sent++;
        if (delayed) {
            delayedByLimit++;
        }
        maxLagNanos = Math.max(maxLagNanos, sentAt - slot);
    }

    synchronized void notSent() {
        notSent++;
    }

    synchronized void answered(long slot, long sentAt, long done, String label) {
        if (frozen) {
            return;
        }
        boolean ok = Operation.OK.equals(label);
        if (ok && inWindow(done)) {
            okCompletedInWindow++;
            okPerSecond[(int) ((done - windowStart) / 1_000_000_000L)]++;
        }
        if (!inWindow(slot)) {
            return;
        }
        answered++;
        outcomes.merge(label, 1, Integer::sum);
        if (ok) {
            okFromSlot.add(done - slot);
            okFromSend.add(done - sentAt);
        }
    }

    synchronized void windowStarted(Machine.Sample sample) {
        startSample = sample;
    }

    synchronized void windowEnded(Machine.Sample sample, int inFlightNow) {
        endSample = sample;
        inFlightAtWindowEnd = inFlightNow;
    }

    synchronized void freeze() {
        frozen = true;
        unansweredAtFreeze = (int) (sent - answered);
    }

    /** Requests whose slot lies in the window. */
    synchronized long cohort() {
        return sent + notSent;
    }

    /** OK answers to the window's requests. */
    synchronized long ok() {
        return outcomes.getOrDefault(Operation.OK, 0);
    }

    /** Requests of the window not answered OK: failed, unanswered or not started. */
    synchronized long notOk() {
        return cohort() - ok();
    }

    /** OK answers that arrived inside the window, per second of the window. */
    synchronized double completionRate() {
        return (double) okCompletedInWindow / plan.seconds();
    }

    /** OK answers to the window's requests, per second of the window. */
    synchronized double okRate() {
        return (double) ok() / plan.seconds();
    }

    /** p99 from the slot in ms over every request of the window, a not-OK one counting as infinitely slow. */
    synchronized double p99CountingFailures() {
        long total = cohort();
        if (total == 0) {
            return Double.POSITIVE_INFINITY;
        }
        long[] sorted = okFromSlot.sorted();
        long rank = (long) Math.ceil(0.99 * total);
        return rank <= sorted.length ? sorted[(int) rank - 1] / 1e6 : Double.POSITIVE_INFINITY;
    }

    /** OK latency percentile from the slot, ms. */
    synchronized double fromSlot(double p) {
        return percentile(okFromSlot.sorted(), p);
    }

    /** OK latency percentile from the actual start, ms. */
    synchronized double fromSend(double p) {
        return percentile(okFromSend.sorted(), p);
    }

    /** The plan this result ran. */
    Driver.Plan plan() {
        return plan;
    }

    /** Prints the full report of this run. */
    synchronized void print(PrintStream out, String detail) {
        Driver.Plan p = plan;
        out.println();
        out.printf(
                Locale.ROOT,
                "== %s: %s, %d in flight at most, warm-up %d s, window %d s, timeout %d s%n",
                p.title(),
                p.openLoop()
                        ? String.format(Locale.ROOT, "open loop at %s/s", num(p.rate()))
                        : "closed loop (as fast as the in-flight limit allows)",
                p.inflight(),
                p.warmupSeconds(),
                p.seconds(),
                p.timeoutSeconds());
        if (!detail.isEmpty()) {
            out.println("   " + detail);
        }
        out.printf(
                Locale.ROOT,
                "   requests of the window: %d (sent %d; not started before the window ended %d)%n",
                cohort(),
                sent,
                notSent);
        out.printf(
                Locale.ROOT,
                "   answered %d: %s; unanswered when the result was frozen: %d%n",
                answered,
                outcomes.isEmpty() ? "-" : outcomes.toString(),
                unansweredAtFreeze);
        int[] perSecond = okPerSecond.clone();
        Arrays.sort(perSecond);
        out.printf(
                Locale.ROOT,
                "   throughput: %.1f OK/s answered to the window's requests; %.1f OK/s completed inside the window"
                        + " (per second min %d, median %d, max %d)%n",
                okRate(),
                completionRate(),
                perSecond[0],
                perSecond[perSecond.length / 2],
                perSecond[perSecond.length - 1]);
        if (p.openLoop()) {
            printLatency(out, "slot ", this::fromSlot);
        }
        printLatency(out, "send ", this::fromSend);
        if (p.openLoop()) {
            out.printf(
                    Locale.ROOT,
                    "   p99 from slot counting every request not answered OK as too slow: %s ms%n",
                    ms(p99CountingFailures()));
            out.printf(
                    Locale.ROOT,
                    "   generator: %d requests of the window waited for the in-flight limit; latest start %s ms after"
                            + " its slot%n",
                    delayedByLimit,
                    sent == 0 ? "-" : String.format(Locale.ROOT, "%.1f", maxLagNanos / 1e6));
        }
        out.printf(
                Locale.ROOT,
                "   in flight: at most %d, %s at the end of the window%n",
                maxInFlight,
                inFlightAtWindowEnd < 0 ? "?" : Integer.toString(inFlightAtWindowEnd));
        if (startSample != null && endSample != null) {
            double busy = Machine.busyCores(startSample, endSample);
            double generator = Machine.generatorCores(startSample, endSample);
            out.printf(
                    Locale.ROOT,
                    "   cpu during the window: machine %s of %d cores busy, this generator %.2f cores (%s ms of CPU per"
                            + " request started); load average %.2f -> %.2f%n",
                    busy < 0 ? "?" : String.format(Locale.ROOT, "%.2f", busy),
                    Machine.cores(),
                    generator,
                    sent == 0 ? "-" : String.format(Locale.ROOT, "%.2f", generator * 1000 * p.seconds() / sent),
                    startSample.loadAverage(),
                    endSample.loadAverage());
            String servers = Machine.serverCores(startSample, endSample);
            if (!servers.isEmpty()) {
                out.println("   cores by process: " + servers);
            }
        }
    }

    /** Nearest-rank percentile in ms; {@code p == 1} is the maximum; NaN when there are no values. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** A latency in ms for the report: one decimal, {@code inf} for infinity, {@code -} when there is none. */
    /** One "latency ms from ..." line: p50, p90, p99 and max of the given percentile function. */
    private static void printLatency(PrintStream out, String from, DoubleUnaryOperator percentile) {
        out.printf(
                Locale.ROOT,
                "   latency ms from %s (OK): p50 %s  p90 %s  p99 %s  max %s%n",
                from,
                ms(percentile.applyAsDouble(0.50)),
                ms(percentile.applyAsDouble(0.90)),
                ms(percentile.applyAsDouble(0.99)),
                ms(percentile.applyAsDouble(1.0)));
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        if (Double.isInfinite(millis)) {
            return "inf";
        }
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    /** A rate without a needless ".0". */
    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
