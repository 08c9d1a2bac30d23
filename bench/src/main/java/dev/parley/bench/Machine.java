package dev.parley.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The machine the benchmark runs on: a description for the report header, and CPU samples to tell how busy the
 * machine and the generator itself were during a window (Linux {@code /proc/stat}; zeros elsewhere).
 */
final class Machine {
    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    private static final Path PROC = Path.of("/proc");

    /** Clock ticks per second of /proc/[pid]/stat ({@code getconf CLK_TCK}; 100 on every common Linux). */
    private static final int CLOCK_TICKS = 100;

    /** Longest extra wait for a quiet machine before a phase. */
    static final int MAX_IDLE_WAIT_SECONDS = 60;

    /** Length of each quietness sample. */
    static final int IDLE_SAMPLE_SECONDS = 2;

    private Machine() {}

    /**
     * CPU counters at one moment.
     *
     * @param nanos {@link System#nanoTime()}
     * @param processCpuNanos CPU time this JVM has used
     * @param busyJiffies machine-wide non-idle CPU time (all cores), 0 when unknown
     * @param totalJiffies machine-wide CPU time (all cores), 0 when unknown
     * @param loadAverage one-minute load average, negative when unknown
     * @param serverTicks CPU time (clock ticks) of each Parley server process, by name (see {@link #serverTicks()})
     */
    record Sample(
            long nanos,
            long processCpuNanos,
            long busyJiffies,
            long totalJiffies,
            double loadAverage,
            Map<String, Long> serverTicks) {}

    /** Takes a sample now. */
    static Sample sample() {
        long busy = 0;
        long total = 0;
        try {
            // cpu  user nice system idle iowait irq softirq steal guest guest_nice
            String[] f = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i != 4 && i != 5) {
                    busy += v;
                }
            }
        } catch (IOException | RuntimeException e) {
            busy = 0;
            total = 0;
        }
        return new Sample(System.nanoTime(), processCpuNanos(), busy, total, loadAverage(), serverTicks());
    }

    /**
     * Sleeps {@code seconds} before a phase, so that the previous one's after-effects (flushes, compactions, consumers
     * catching up) settle; then, when {@code idleBelow > 0}, keeps waiting (at most {@link #MAX_IDLE_WAIT_SECONDS})
     * until fewer than {@code idleBelow} of the cores were busy over {@link #IDLE_SAMPLE_SECONDS}. Prints what it saw:
     * a phase that starts on a busy machine measures the machine, not Parley.
     */
    static void pause(int seconds, double idleBelow, String before, PrintStream out) {
        Sample from = sample();
        Driver.sleepUntil(System.nanoTime() + seconds * 1_000_000_000L);
        Sample to = sample();
        double duringPause = busyCores(from, to);
        double last = duringPause;
        int waited = 0;
        while (idleBelow > 0 && !(last >= 0 && last < idleBelow * cores()) && waited < MAX_IDLE_WAIT_SECONDS) {
            Sample a = sample();
            Driver.sleepUntil(System.nanoTime() + IDLE_SAMPLE_SECONDS * 1_000_000_000L);
            last = busyCores(a, sample());
            waited += IDLE_SAMPLE_SECONDS;
            if (last < 0) {
                break; // no /proc/stat: nothing to wait for
            }
        }
        String wait = waited == 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        ", then %d s more %s (%s cores busy at the end)",
                        waited,
                        last >= 0 && last < idleBelow * cores()
                                ? "until the machine was quieter"
                                : "and gave up waiting",
                        fmt(last));
        out.printf(
                Locale.ROOT,
                "%npause before %s: %d s, the machine keeping %s of %d cores busy%s; load average %.2f%n",
                before,
                seconds,
                fmt(duringPause),
                cores(),
                wait,
                loadAverage());
    }

    private static String fmt(double cores) {
        return cores < 0 ? "?" : String.format(Locale.ROOT, "%.2f", cores);
    }

    /**
     * CPU time so far of every process started by Parley's scripts ({@code make run}: the services, Kafka and
     * Cassandra carry {@code -Dparley.server=<name>} and {@code -Dparley.instance=<instance>}), in clock ticks, keyed by
     * name, with {@code @<instance>} appended for instances other than {@code dev}. Empty where {@code /proc} is not.
     */
    static Map<String, Long> serverTicks() {
        Map<String, Long> ticks = new TreeMap<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    String server = property(cmdline, "-Dparley.server=");
                    if (server == null) {
                        continue;
                    }
                    String instance = property(cmdline, "-Dparley.instance=");
                    String stat = Files.readString(proc.resolve("stat"));
                    // Fields after the ")" closing the command name: state is field 3, utime 14, stime 15.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long cpu = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    String name = instance == null || instance.equals("dev") ? server : server + "@" + instance;
                    ticks.merge(name, cpu, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile, or is not readable: leave it out
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /**
     * Cores each Parley server process used on average between two samples, busiest first, with "other" for the rest
     * of the machine (this generator excluded, and any process not started by Parley's scripts).
     */
    static String serverCores(Sample from, Sample to) {
        double wall = (to.nanos() - from.nanos()) / 1e9;
        if (wall <= 0 || to.serverTicks().isEmpty()) {
            return "";
        }
        List<Map.Entry<String, Double>> cores = new ArrayList<>();
        double listed = 0;
        for (Map.Entry<String, Long> e : to.serverTicks().entrySet()) {
            Long before = from.serverTicks().get(e.getKey());
            double c = (e.getValue() - (before == null ? 0 : before)) / (double) CLOCK_TICKS / wall;
            listed += c;
            cores.add(Map.entry(e.getKey(), c));
        }
        cores.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Double> e : cores) {
            if (e.getValue() >= 0.005) {
                line.append(String.format(Locale.ROOT, "%s %.2f, ", e.getKey(), e.getValue()));
            }
        }
        double busy = busyCores(from, to);
        if (busy >= 0) {
            double other = busy - listed - generatorCores(from, to);
            line.append(String.format(Locale.ROOT, "other %.2f", Math.max(0, other)));
        } else if (line.length() > 0) {
            line.setLength(line.length() - 2);
        }
        return line.toString();
    }

    private static String property(String cmdline, String prefix) {
        for (String arg : cmdline.split("\0")) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return null;
    }

    /** Cores the machine has (as the JVM sees them). */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** How many cores were busy on average between two samples, machine-wide; -1 when unknown. */
    static double busyCores(Sample from, Sample to) {
        long total = to.totalJiffies() - from.totalJiffies();
        if (from.totalJiffies() == 0 || total <= 0) {
            return -1;
        }
        return (double) (to.busyJiffies() - from.busyJiffies()) / total * cores();
    }

    /** How many cores this JVM used on average between two samples. */
    static double generatorCores(Sample from, Sample to) {
        long wall = to.nanos() - from.nanos();
        return wall <= 0 ? 0 : (double) (to.processCpuNanos() - from.processCpuNanos()) / wall;
    }

    /** Lines describing the machine and the JVM, for the report header. */
    static List<String> describe() {
        Runtime rt = Runtime.getRuntime();
        return List.of(
                String.format(
                        Locale.ROOT,
                        "machine: %d cores (%s), %s memory, %s %s (%s)",
                        cores(),
                        cpuModel(),
                        gib(totalMemoryBytes()),
                        System.getProperty("os.name"),
                        System.getProperty("os.version"),
                        System.getProperty("os.arch")),
                String.format(
                        Locale.ROOT,
                        "jdk: %s %s (%s), generator heap max %s",
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.runtime.version"),
                        System.getProperty("java.vm.vendor"),
                        gib(rt.maxMemory())),
                String.format(Locale.ROOT, "load average (1 min) at start: %.2f", loadAverage()));
    }

    /** The one-minute load average, negative when unknown. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long totalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(CPU_INFO)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable
        }
        return System.getProperty("os.arch");
    }

    private static String gib(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
