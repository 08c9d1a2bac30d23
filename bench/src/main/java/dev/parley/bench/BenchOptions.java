package dev.parley.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SendBench's command-line options, parsed and validated. Every server address must be on the loopback interface
 * ({@code 127.0.0.1} or {@code localhost}): the tool generates load and must never be pointed at someone else's
 * machine by mistake.
 */
final class BenchOptions {
    static final String USAGE = String.join(
            "\n",
            "usage: java -jar bench/target/parley-bench.jar [options]      (or: make bench-send ARGS='...')",
            "",
            "Phases (each reported on its own, in this order):",
            "  cassandra  async INSERTs of message rows into parley_bench.messages, closed loop",
            "  kafka      records to topic bench.raw (16 partitions), acks=all, idempotent, linger.ms 1, closed loop",
            "  send       openim/sendmsg through the gateway, open loop at --rate (or every --ramp step)",
            "",
            "  --phases LIST          any of cassandra,kafka,send (default all three)",
            "  --gateway URL          gateway base URL (default http://127.0.0.1:8080)",
            "  --console URL          auth console base URL (default http://127.0.0.1:8081)",
            "  --cassandra HOST:PORT  (default 127.0.0.1:9042)",
            "  --cassandra-dc NAME    local datacenter (default datacenter1)",
            "  --kafka HOST:PORT      bootstrap server (default 127.0.0.1:9092)",
            "  --rate R               sendmsg requests started per second, open loop (default 200)",
            "  --ramp LIST            rates to step through instead of --rate, e.g. 250,500,1000,2000,3000;",
            "                         stops after the first step that misses the p99 target unless --ramp-all",
            "  --ramp-all             run every --ramp step",
            "  --groups G             send phase: group_open_http_svc/send_group_msg into G Work groups instead of",
            "                         sendmsg (created, or reused, before the phase), 0..1000 (default 0: sendmsg)",
            "  --group-members M      members of every group, taken in turn from the users, 2..200 (default 50);",
            "                         each message comes from a random member of a random group",
            "  --outsiders F          send phase with --groups: this fraction of the posts comes from a user who",
            "                         is not a member of the group (answered 10007), 0..1 (default 0)",
            "  --edge                 send phase: every request carries a JSON array instead of a message, which",
            "                         the gateway refuses itself (90001) after checking the UserSig: the cost of",
            "                         one HTTP hop with nothing behind it; 90001 counts as the expected answer",
            "  --pause S              idle seconds before every phase and ramp step, to let the machine settle;",
            "                         the report says how busy it still was, 0..600 (default 5)",
            "  --idle-below F         after the pause, wait (up to 60 s more) until less than F of the cores",
            "                         are busy, 0..1, 0 = do not wait (default 0.5)",
            "  --seconds S            measurement window of every phase and step, 1..3600 (default 20)",
            "  --warmup W             warm-up before every window, discarded, 0..3600 (default 5)",
            "  --users U              accounts imported and messaged, 2..100000 (default 1000)",
            "  --concurrency-limit N  send phase: most requests in flight, 1..65536 (default 1024); a request",
            "                         whose slot comes while N are in flight waits, and that wait counts",
            "  --connections N        send phase: keep-alive connections to the gateway, one request at a time",
            "                         each, 1..4096 (default 128); a request finding all busy waits, and that counts",
            "  --raw-concurrency N    cassandra and kafka phases: operations in flight, 1..65536 (default 128)",
            "  --raw-rate R           cassandra and kafka phases: paced at R/s instead of closed loop (default 0)",
            "  --cassandra-batch N    cassandra phase: rows of N different conversations per request, as one",
            "                         unlogged batch, 1..100 (default 1: one INSERT per request)",
            "  --p99-target MS        the latency a rate must meet (default 100)",
            "  --timeout S            per-request timeout in every phase, 1..120 (default 10)",
            "  --sdkappid ID          app to register, or reuse if it exists (default 1400003000)",
            "  --secret KEY           the app's secret key, used to sign the admin UserSig (default: a fixed",
            "                         development key); for a reused app with another key, the console signs",
            "  --identifier ID        App administrator (default administrator)",
            "  --user-prefix P        UserIDs are P0..P(U-1) (default sb_)",
            "  --record-bytes B       kafka phase record value size, 16..1048576 (default 300)",
            "  --settle S             wait after changing the app settings, 0..60 (default 3)",
            "  --note TEXT            printed in the report header (e.g. the git commit)",
            "  --max-seconds S        a watchdog ends the program with exit code 3 after S (default 3600)",
            "",
            "Exit codes: 0 run completed (failed requests are reported, not an exit code); 1 a setup step failed;",
            "2 bad options or a non-loopback address; 3 watchdog.");

    static final String DEFAULT_SECRET = "73656e6462656e63682d646576656c6f706d656e742d6b65792d6e6f742d7365";

    private static final int MAX_SECONDS = 3600;

    Set<String> phases = new LinkedHashSet<>(List.of("cassandra", "kafka", "send"));
    String gateway = "http://127.0.0.1:8080";
    String console = "http://127.0.0.1:8081";
    String cassandra = "127.0.0.1:9042";
    String cassandraDc = "datacenter1";
    String kafka = "127.0.0.1:9092";
    double rate = 200;
    List<Double> ramp = List.of();
    boolean rampAll;
    int pause = 5;
    double idleBelow = 0.5;
    int seconds = 20;
    int warmup = 5;
    int users = 1000;
    int concurrencyLimit = 1024;
    int connections = 128;
    int rawConcurrency = 128;
    int cassandraBatch = 1;
    boolean edge;
    int groups;
    int groupMembers = 50;
    double outsiders;
    double rawRate = 0;
    double p99TargetMillis = 100;
    int timeout = 10;
    String sdkAppId = "1400003000";
    String secret = DEFAULT_SECRET;
    String identifier = "administrator";
    String userPrefix = "sb_";
    int recordBytes = 300;
    int settle = 3;
    String note = "";
    int maxSeconds = MAX_SECONDS;

    private BenchOptions() {}

    /** Parses {@code argv}; {@code --help} prints the usage and exits 0; anything invalid throws. */
    static BenchOptions parse(String[] argv) {
        BenchOptions o = new BenchOptions();
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else if (arg.equals("--ramp-all")) {
                o.rampAll = true;
                continue;
            } else if (arg.equals("--edge")) {
                o.edge = true;
                continue;
            } else {
                name = arg.substring(2);
                if (i + 1 >= argv.length) {
                    throw new IllegalArgumentException("missing value for " + arg);
                }
                value = argv[++i];
            }
            o.set(name, value);
        }
        o.gateway = loopbackUrl("--gateway", o.gateway);
        o.console = loopbackUrl("--console", o.console);
        o.cassandra = loopbackHostPort("--cassandra", o.cassandra);
        o.kafka = loopbackHostPort("--kafka", o.kafka);
        if (o.groups > 0 && o.groupMembers > o.users) {
            throw new IllegalArgumentException("--group-members must not exceed --users");
        }
        if (o.outsiders > 0 && (o.groups < 2 || (long) o.groups * o.groupMembers > o.users)) {
            throw new IllegalArgumentException(
                    "--outsiders needs at least 2 groups whose members do not overlap (groups x members <= users)");
        }
        if (!o.ramp.isEmpty() && !o.phases.contains("send")) {
            throw new IllegalArgumentException("--ramp needs the send phase");
        }
        return o;
    }

    private void set(String name, String value) {
        switch (name) {
            case "phases" -> phases = phases(value);
            case "gateway" -> gateway = value;
            case "console" -> console = value;
            case "cassandra" -> cassandra = value;
            case "cassandra-dc" -> cassandraDc = nonEmpty(name, value);
            case "kafka" -> kafka = value;
            case "rate" -> rate = rate(name, value, 0.1);
            case "ramp" -> ramp = rates(value);
            case "ramp-all" -> rampAll = Boolean.parseBoolean(value);
            case "edge" -> edge = Boolean.parseBoolean(value);
            case "groups" -> groups = intIn(name, value, 0, 1000);
            case "group-members" -> groupMembers = intIn(name, value, 2, 200);
            case "outsiders" -> outsiders = fraction(name, value);
            case "pause" -> pause = intIn(name, value, 0, 600);
            case "idle-below" -> idleBelow = fraction(name, value);
            case "seconds" -> seconds = intIn(name, value, 1, MAX_SECONDS);
            case "warmup" -> warmup = intIn(name, value, 0, MAX_SECONDS);
            case "users" -> users = intIn(name, value, 2, 100_000);
            case "concurrency-limit" -> concurrencyLimit = intIn(name, value, 1, 65_536);
            case "connections" -> connections = intIn(name, value, 1, 4096);
            case "raw-concurrency" -> rawConcurrency = intIn(name, value, 1, 65_536);
            case "raw-rate" -> rawRate = rate(name, value, 0);
            case "cassandra-batch" -> cassandraBatch = intIn(name, value, 1, 100);
            case "p99-target" -> p99TargetMillis = rate(name, value, 0.001);
            case "timeout" -> timeout = intIn(name, value, 1, 120);
            case "sdkappid" -> sdkAppId = sdkAppId(value);
            case "secret" -> secret = secret(value);
            case "identifier" -> identifier = nonEmpty(name, value);
            case "user-prefix" -> userPrefix = userPrefix(value);
            case "record-bytes" -> recordBytes = intIn(name, value, 16, 1 << 20);
            case "settle" -> settle = intIn(name, value, 0, 60);
            case "note" -> note = value;
            case "max-seconds" -> maxSeconds = intIn(name, value, 10, 24 * MAX_SECONDS);
            default -> throw new IllegalArgumentException("unknown option --" + name);
        }
    }

    /** Whether {@code phase} is to run. */
    boolean has(String phase) {
        return phases.contains(phase);
    }

    /** The send phase's rates: the ramp steps, or the single {@code --rate}. */
    List<Double> sendRates() {
        return ramp.isEmpty() ? List.of(rate) : ramp;
    }

    private static Set<String> phases(String value) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String p : value.split(",")) {
            String phase = p.trim().toLowerCase(Locale.ROOT);
            if (!List.of("cassandra", "kafka", "send").contains(phase)) {
                throw new IllegalArgumentException("unknown phase '" + p + "' (cassandra, kafka, send)");
            }
            wanted.add(phase);
        }
        // Always in the documented order, whatever order they were given in.
        Set<String> ordered = new LinkedHashSet<>();
        for (String phase : List.of("cassandra", "kafka", "send")) {
            if (wanted.contains(phase)) {
                ordered.add(phase);
            }
        }
        return ordered;
    }

    private static List<Double> rates(String value) {
        List<Double> rates = new ArrayList<>();
        for (String r : value.split(",")) {
            rates.add(rate("ramp", r.trim(), 0.1));
        }
        if (rates.isEmpty() || rates.size() > 50) {
            throw new IllegalArgumentException("--ramp takes 1..50 rates");
        }
        return List.copyOf(rates);
    }

    private static double rate(String name, String value, double min) {
        double r;
        try {
            r = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a number: " + value);
        }
        if (!(r >= min && r <= 1_000_000)) {
            throw new IllegalArgumentException("--" + name + " must be in " + min + "..1000000: " + value);
        }
        return r;
    }

    private static double fraction(String name, String value) {
        double f = rate(name, value, 0);
        if (f > 1) {
            throw new IllegalArgumentException("--" + name + " must be in 0..1: " + value);
        }
        return f;
    }

    private static int intIn(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not an integer: " + value);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("--" + name + " must be in " + min + ".." + max + ": " + value);
        }
        return n;
    }

    private static String nonEmpty(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " must not be empty");
        }
        return value;
    }

    private static String sdkAppId(String value) {
        if (!value.matches("[1-9][0-9]{0,9}")) {
            throw new IllegalArgumentException("--sdkappid must be a decimal SDKAppID: " + value);
        }
        return value;
    }

    private static String secret(String value) {
        if (value.length() < 16 || value.length() > 128) {
            throw new IllegalArgumentException("--secret must be 16..128 characters");
        }
        return value;
    }

    private static String userPrefix(String value) {
        if (!value.matches("[A-Za-z0-9_]{1,20}")) {
            throw new IllegalArgumentException("--user-prefix must be 1..20 of [A-Za-z0-9_]: " + value);
        }
        return value;
    }

    /** An http URL on the loopback interface, without a trailing slash. */
    static String loopbackUrl(String option, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " is not a URL: " + url);
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " must be an http:// URL: " + url);
        }
        requireLoopback(option, uri.getHost());
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A {@code host:port} on the loopback interface. */
    static String loopbackHostPort(String option, String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || value.indexOf(',') >= 0) {
            throw new IllegalArgumentException(option + " must be one HOST:PORT: " + value);
        }
        requireLoopback(option, value.substring(0, colon));
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " has no port number: " + value);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(option + " port out of range: " + value);
        }
        return value;
    }

    private static void requireLoopback(String option, String host) {
        if (!host.equals("127.0.0.1") && !host.equalsIgnoreCase("localhost")) {
            throw new IllegalArgumentException(
                    option + " must point at 127.0.0.1 or localhost (this tool generates load): " + host);
        }
    }

    /** Host part of a {@code host:port}. */
    static String host(String hostPort) {
        return hostPort.substring(0, hostPort.lastIndexOf(':'));
    }

    /** Port part of a {@code host:port}. */
    static int port(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }
}
