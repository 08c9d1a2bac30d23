package dev.parley.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Load generator for Parley's one-to-one send path. In one run it measures, each on its own: the raw Cassandra
 * insert rate of message rows, the raw Kafka produce rate with the send path's producer settings, and {@code
 * openim/sendmsg} through the gateway at a chosen rate (open loop) or along a ramp of rates, with throughput, latency
 * percentiles from the scheduled slot and from the actual send, and a histogram of outcomes. Talks only to loopback
 * addresses. See {@code bench/README.md} and {@code --help}.
 */
public final class SendBench {
    private SendBench() {}

    /**
     * Runs the benchmark; exits 0 when the run completed, 1 when a phase could not be set up, 2 on bad options and 3
     * from the watchdog.
     *
     * @param args the options ({@code --help} lists them)
     */
    public static void main(String[] args) {
        // The Kafka client and the Cassandra driver log through SLF4J (slf4j-simple): warnings only, on stderr.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        BenchOptions o;
        try {
            o = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SendBench: " + e.getMessage());
            System.err.println();
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        startWatchdog(o.maxSeconds);
        System.exit(run(o, args, System.out));
    }

    private static int run(BenchOptions o, String[] args, PrintStream out) {
        printHeader(o, args, out);
        int exit = 0;
        List<String> summary = new ArrayList<>();
        exit = Math.max(exit, rawPhase(o, "cassandra", "cassandra insert", CassandraPhase::run, out, summary));
        exit = Math.max(exit, rawPhase(o, "kafka", "kafka produce", KafkaPhase::run, out, summary));
        if (o.has("send")) {
            try {
                for (PhaseResult r : SendPhase.run(o, out)) {
                    summary.add(row("sendmsg", r));
                }
            } catch (RuntimeException e) {
                exit = failed("send", e, out, summary);
            }
        }
        out.println();
        out.println("== summary (OK/s: OK answers to the window's requests per second; latency of OK answers, ms)");
        out.printf(
                Locale.ROOT,
                "   %-17s %-20s %10s %9s %9s %9s %12s%n",
                "phase",
                "load",
                "OK/s",
                "p50",
                "p99",
                "max",
                "not OK");
        summary.forEach(out::println);
        out.println();
        out.println("done " + Instant.now());
        return exit;
    }

    /** One raw server's phase (cassandra or kafka), when selected: closed loop or paced at {@code --raw-rate}. */
    interface RawPhase {
        PhaseResult run(BenchOptions o, Driver.Plan plan, PrintStream out);
    }

    /** Runs a raw phase if {@code --phases} names it; 0, or the exit code of {@link #failed}. */
    private static int rawPhase(
            BenchOptions o, String name, String label, RawPhase phase, PrintStream out, List<String> summary) {
        if (!o.has(name)) {
            return 0;
        }
        Driver.Plan raw = new Driver.Plan(name, o.rawRate, o.rawConcurrency, o.warmup, o.seconds, o.timeout);
        try {
            Machine.pause(o.pause, o.idleBelow, name, out);
            summary.add(row(label, phase.run(o, raw, out)));
            return 0;
        } catch (RuntimeException e) {
            return failed(name, e, out, summary);
        }
    }

    private static String row(String phase, PhaseResult r) {
        Driver.Plan p = r.plan();
        boolean open = p.openLoop();
        return String.format(
                Locale.ROOT,
                "   %-17s %-20s %10.1f %9s %9s %9s %12d",
                phase,
                open ? "open loop " + PhaseResult.num(p.rate()) + "/s" : "closed, " + p.inflight() + " in flight",
                r.okRate(),
                PhaseResult.ms(open ? r.fromSlot(0.50) : r.fromSend(0.50)),
                PhaseResult.ms(open ? r.fromSlot(0.99) : r.fromSend(0.99)),
                PhaseResult.ms(open ? r.fromSlot(1.0) : r.fromSend(1.0)),
                r.notOk());
    }

    private static int failed(String phase, RuntimeException e, PrintStream out, List<String> summary) {
        String message = e instanceof SetupFailure ? e.getMessage() : e.toString();
        out.println();
        out.println("== " + phase + ": FAILED: " + message);
        summary.add(String.format(Locale.ROOT, "   %-17s FAILED (see above)", phase));
        return 1;
    }

    private static void printHeader(BenchOptions o, String[] args, PrintStream out) {
        out.println("SendBench " + Instant.now());
        // The secret key never appears in the report, even when it was given on the command line.
        String command = ProcessHandle.current().info().commandLine().orElse("?");
        out.println("command: " + command.replace(o.secret, "<secret>"));
        out.println("arguments: "
                + (args.length == 0 ? "(none: the defaults)" : quote(args).replace(o.secret, "<secret>")));
        Machine.describe().forEach(out::println);
        if (!o.note.isEmpty()) {
            out.println("note: " + o.note);
        }
        out.printf(
                Locale.ROOT,
                "settings: phases %s; window %d s after a %d s warm-up per phase; timeout %d s; %d users;"
                        + " send %s, at most %d in flight; raw phases %s, %d in flight%n",
                String.join(",", o.phases),
                o.seconds,
                o.warmup,
                o.timeout,
                o.users,
                o.ramp.isEmpty() ? PhaseResult.num(o.rate) + "/s" : "ramp " + o.ramp,
                o.concurrencyLimit,
                o.rawRate > 0 ? PhaseResult.num(o.rawRate) + "/s" : "closed loop",
                o.rawConcurrency);
    }

    private static String quote(String[] args) {
        StringBuilder b = new StringBuilder();
        for (String a : args) {
            b.append(b.length() == 0 ? "" : " ");
            b.append(a.matches("[A-Za-z0-9_./:,=@%+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }

    private static void startWatchdog(int maxSeconds) {
        Thread t = new Thread(
                () -> {
                    Driver.sleepUntil(System.nanoTime() + maxSeconds * 1_000_000_000L);
                    System.out.println();
                    System.out.println("SendBench: watchdog: still running after " + maxSeconds + " s, exiting");
                    System.out.flush();
                    Runtime.getRuntime().halt(3);
                },
                "watchdog");
        t.setDaemon(true);
        t.start();
    }
}
