import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop (optionally rate-paced) load generator for one Tencent REST command through the Parley gateway.
 *
 * <p>Run with {@code java bench/RestLoad.java --usersig <sig> [options]}; JDK 17 only, no dependencies. N worker
 * threads each send one request at a time ({@code --concurrency}); with {@code --rate R} every request also takes a
 * slot of a global schedule of R starts per second. Results of the warm-up are discarded; the measurement window
 * counts every response that completes inside it. The program always ends by itself: workers stop starting
 * requests at the end of the window, and each request has a timeout. Only loopback targets are accepted.
 */
public final class RestLoad {

    private static final Pattern ERROR_CODE = Pattern.compile("\"ErrorCode\"\\s*:\\s*(-?\\d+)");
    private static final Pattern COMMAND = Pattern.compile("[A-Za-z0-9_]+/[A-Za-z0-9_]+");
    private static final int MAX_CONCURRENCY = 1024;
    private static final int MAX_SECONDS = 3600;

    private RestLoad() {}

    public static void main(String[] argv) throws Exception {
        Options o;
        try {
            o = Options.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("RestLoad: " + e.getMessage());
            System.err.println();
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        new Run(o).execute();
    }

    /** Command-line options, validated. */
    static final class Options {
        static final String USAGE = String.join(
                "\n",
                "usage: java bench/RestLoad.java --usersig SIG [options]",
                "  --url URL           gateway base URL, loopback only (default http://127.0.0.1:8080)",
                "  --sdkappid ID       (default 1400009999)",
                "  --identifier ID     an App administrator (default administrator)",
                "  --usersig SIG       the identifier's UserSig (required)",
                "  --command SVC/CMD   (default im_open_login_svc/account_check)",
                "  --body JSON         request body (default {\"CheckItem\":[{\"UserID\":\"bench_user\"}]});\n"
                        + "                      each {rand} becomes a random uint32, each {rand:N} a random 0..N-1, per request",
                "  --concurrency N     requests in flight, 1.." + MAX_CONCURRENCY + " (default 32)",
                "  --seconds S         measurement window, 1.." + MAX_SECONDS + " (default 20)",
                "  --warmup S          warm-up before the window, 0.." + MAX_SECONDS + " (default 5)",
                "  --rate R            target requests/s over all workers, 0 = unbounded (default 0)",
                "  --timeout S         per-request timeout in seconds, 1..60 (default 10)");

        String url = "http://127.0.0.1:8080";
        String sdkAppId = "1400009999";
        String identifier = "administrator";
        String userSig;
        String command = "im_open_login_svc/account_check";
        String body = "{\"CheckItem\":[{\"UserID\":\"bench_user\"}]}";
        int concurrency = 32;
        int seconds = 20;
        int warmup = 5;
        double rate = 0;
        int timeout = 10;

        static Options parse(String[] argv) {
            Options o = new Options();
            for (int i = 0; i < argv.length; i++) {
                String arg = argv[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    System.out.println(USAGE);
                    System.exit(0);
                }
                String name;
                String value;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(2, eq);
                    value = arg.substring(eq + 1);
                } else if (arg.startsWith("--")) {
                    name = arg.substring(2);
                    if (i + 1 >= argv.length) {
                        throw new IllegalArgumentException("missing value for " + arg);
                    }
                    value = argv[++i];
                } else {
                    throw new IllegalArgumentException("unexpected argument: " + arg);
                }
                switch (name) {
                    case "url" -> o.url = value;
                    case "sdkappid" -> o.sdkAppId = value;
                    case "identifier" -> o.identifier = value;
                    case "usersig" -> o.userSig = value;
                    case "command" -> o.command = value;
                    case "body" -> o.body = value;
                    case "concurrency" -> o.concurrency = intIn(name, value, 1, MAX_CONCURRENCY);
                    case "seconds" -> o.seconds = intIn(name, value, 1, MAX_SECONDS);
                    case "warmup" -> o.warmup = intIn(name, value, 0, MAX_SECONDS);
                    case "timeout" -> o.timeout = intIn(name, value, 1, 60);
                    case "rate" -> {
                        try {
                            o.rate = Double.parseDouble(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--rate is not a number: " + value);
                        }
                        if (!(o.rate >= 0 && o.rate <= 1_000_000)) {
                            throw new IllegalArgumentException("--rate must be in 0..1000000");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option --" + name);
                }
            }
            if (o.userSig == null || o.userSig.isEmpty()) {
                throw new IllegalArgumentException("--usersig is required");
            }
            if (!COMMAND.matcher(o.command).matches()) {
                throw new IllegalArgumentException("--command must look like service/command: " + o.command);
            }
            o.url = checkLoopback(o.url);
            return o;
        }

        private static int intIn(String name, String value, int min, int max) {
            int n;
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " is not an integer: " + value);
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException("--" + name + " must be in " + min + ".." + max);
            }
            return n;
        }

        /** The base URL without a trailing slash; refuses anything but http(s) on 127.0.0.1 or localhost. */
        static String checkLoopback(String url) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (Exception e) {
                throw new IllegalArgumentException("--url is not a URI: " + url);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("--url must be http or https: " + url);
            }
            if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                throw new IllegalArgumentException(
                        "refusing --url " + url + ": only 127.0.0.1 or localhost targets are allowed");
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("--url must be a plain base URL: " + url);
            }
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /** Per-worker results: completion time, latency and outcome of each response. */
    static final class Samples {
        long[] doneAt = new long[4096];
        long[] latency = new long[4096];
        String[] outcome = new String[4096];
        int size;

        void add(long done, long nanos, String what) {
            if (size == doneAt.length) {
                int n = size * 2;
                doneAt = Arrays.copyOf(doneAt, n);
                latency = Arrays.copyOf(latency, n);
                outcome = Arrays.copyOf(outcome, n);
            }
            doneAt[size] = done;
            latency[size] = nanos;
            outcome[size] = what;
            size++;
        }
    }

    static final class Run {
        private final Options o;
        private final HttpClient client;
        private final String target;
        private final AtomicLong lastSlot = new AtomicLong(Long.MIN_VALUE / 2);
        private final AtomicInteger inFlight = new AtomicInteger();
        private volatile boolean stop;
        private long begin;
        private long windowStart;
        private long windowEnd;

        Run(Options o) {
            this.o = o;
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            this.target = o.url
                    + "/v4/" + o.command
                    + "?sdkappid=" + enc(o.sdkAppId)
                    + "&identifier=" + enc(o.identifier)
                    + "&usersig=" + enc(o.userSig)
                    + "&contenttype=json&random=";
        }

        void execute() throws InterruptedException {
            System.out.printf(
                    Locale.ROOT,
                    "RestLoad %s  %s/v4/%s  concurrency=%d rate=%s warmup=%ds window=%ds%n",
                    Instant.now(),
                    o.url,
                    o.command,
                    o.concurrency,
                    o.rate > 0 ? String.format(Locale.ROOT, "%.0f/s", o.rate) : "unbounded",
                    o.warmup,
                    o.seconds);
            begin = System.nanoTime();
            windowStart = begin + o.warmup * 1_000_000_000L;
            windowEnd = windowStart + o.seconds * 1_000_000_000L;

            List<Samples> all = new ArrayList<>();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < o.concurrency; i++) {
                Samples s = new Samples();
                all.add(s);
                Thread t = new Thread(() -> work(s), "load-" + i);
                t.setDaemon(true);
                workers.add(t);
                t.start();
            }
            sleepUntil(windowEnd);
            stop = true;
            int unanswered = inFlight.get();
            // In-flight requests end within the request timeout; never wait longer than that.
            long joinDeadline = System.nanoTime() + (o.timeout + 2) * 1_000_000_000L;
            int stuck = 0;
            for (Thread t : workers) {
                long left = (joinDeadline - System.nanoTime()) / 1_000_000;
                if (left > 0) {
                    t.join(left);
                }
                if (t.isAlive()) {
                    stuck++;
                }
            }
            report(all, unanswered, stuck);
            System.exit(0);
        }

        private void work(Samples samples) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stop) {
                if (o.rate > 0) {
                    long slot = nextSlot();
                    if (slot >= windowEnd) {
                        sleepUntil(windowEnd);
                        return;
                    }
                    sleepUntil(slot);
                    if (stop) {
                        return;
                    }
                }
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(target + Integer.toUnsignedString(random.nextInt())))
                        .timeout(Duration.ofSeconds(o.timeout))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(randomized(o.body)))
                        .build();
                long start = System.nanoTime();
                String outcome;
                inFlight.incrementAndGet();
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    outcome = classify(response.statusCode(), response.body());
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    outcome = "exception " + e.getClass().getSimpleName();
                } finally {
                    inFlight.decrementAndGet();
                }
                long done = System.nanoTime();
                if (done < windowEnd) { // the tail after the window is not reported
                    samples.add(done, done - start, outcome);
                }
            }
        }

        /**
         * The start time of the next paced request: one interval after the previous slot, or now when the schedule
         * has fallen behind (no catch-up burst, so the rate never exceeds --rate).
         */
        private long nextSlot() {
            long interval = Math.max(1, (long) (1e9 / o.rate));
            while (true) {
                long previous = lastSlot.get();
                long slot = Math.max(previous + interval, System.nanoTime());
                if (lastSlot.compareAndSet(previous, slot)) {
                    return slot;
                }
            }
        }

        /** Replaces each {@code {rand}} with a random uint32 and each {@code {rand:N}} with a random 0..N-1. */
        private static String randomized(String body) {
            Matcher m = RAND.matcher(body);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                long bound = m.group(1) == null ? 1L << 32 : Long.parseLong(m.group(1));
                m.appendReplacement(out, Long.toString(ThreadLocalRandom.current().nextLong(bound)));
            }
            m.appendTail(out);
            return out.toString();
        }

        private static final Pattern RAND = Pattern.compile("\\{rand(?::(\\d+))?}");

        private static String classify(int status, String body) {
            Matcher m = ERROR_CODE.matcher(body == null ? "" : body);
            if (status == 200 && m.find()) {
                return m.group(1);
            }
            return "HTTP " + status;
        }

        private void report(List<Samples> all, int unanswered, int stuck) {
            int total = 0;
            int inWindow = 0;
            for (Samples s : all) {
                total += s.size;
                for (int i = 0; i < s.size; i++) {
                    if (s.doneAt[i] >= windowStart && s.doneAt[i] < windowEnd) {
                        inWindow++;
                    }
                }
            }
            long[] latencies = new long[inWindow];
            long[] perSecond = new long[o.seconds];
            Map<String, Long> outcomes = new HashMap<>();
            int k = 0;
            for (Samples s : all) {
                for (int i = 0; i < s.size; i++) {
                    long done = s.doneAt[i];
                    if (done < windowStart || done >= windowEnd) {
                        continue;
                    }
                    latencies[k++] = s.latency[i];
                    perSecond[(int) ((done - windowStart) / 1_000_000_000L)]++;
                    outcomes.merge(s.outcome[i], 1L, Long::sum);
                }
            }
            Arrays.sort(latencies);
            long ok = outcomes.getOrDefault("0", 0L);
            long[] sortedSeconds = perSecond.clone();
            Arrays.sort(sortedSeconds);

            System.out.println();
            System.out.printf(Locale.ROOT, "requests sent (completed in window): %d%n", inWindow);
            System.out.printf(
                    Locale.ROOT,
                    "OK (ErrorCode 0):                    %d (%.2f%%)%n",
                    ok,
                    inWindow == 0 ? 0.0 : 100.0 * ok / inWindow);
            System.out.println("outcomes (ErrorCode, HTTP status or exception):");
            Map<String, Long> sorted = new TreeMap<>((a, b) -> {
                boolean na = a.matches("-?\\d+");
                boolean nb = b.matches("-?\\d+");
                if (na && nb) {
                    return Long.compare(Long.parseLong(a), Long.parseLong(b));
                }
                return na ? -1 : nb ? 1 : a.compareTo(b);
            });
            sorted.putAll(outcomes);
            if (sorted.isEmpty()) {
                System.out.println("  (none)");
            }
            for (Map.Entry<String, Long> e : sorted.entrySet()) {
                String code = e.getKey();
                System.out.printf(
                        Locale.ROOT,
                        "  %-28s %10d  %6.2f%%%n",
                        code.matches("-?\\d+") ? "ErrorCode " + code : code,
                        e.getValue(),
                        100.0 * e.getValue() / inWindow);
            }
            System.out.printf(
                    Locale.ROOT, "throughput:  %.1f req/s sustained over %d s", (double) inWindow / o.seconds, o.seconds);
            System.out.printf(
                    Locale.ROOT,
                    "  (per-second min %d / median %d / max %d)%n",
                    sortedSeconds[0],
                    sortedSeconds[sortedSeconds.length / 2],
                    sortedSeconds[sortedSeconds.length - 1]);
            System.out.printf(
                    Locale.ROOT,
                    "OK throughput: %.1f req/s%n",
                    (double) ok / o.seconds);
            Map<String, Double> pct = new LinkedHashMap<>();
            pct.put("p50", 0.50);
            pct.put("p90", 0.90);
            pct.put("p99", 0.99);
            StringBuilder line = new StringBuilder("latency ms:  ");
            for (Map.Entry<String, Double> e : pct.entrySet()) {
                line.append(String.format(Locale.ROOT, "%s %.2f  ", e.getKey(), percentile(latencies, e.getValue())));
            }
            line.append(String.format(
                    Locale.ROOT, "max %.2f", latencies.length == 0 ? 0.0 : latencies[latencies.length - 1] / 1e6));
            System.out.println(line);
            System.out.printf(
                    Locale.ROOT,
                    "(%d responses incl. warm-up; %d request(s) unanswered at the end of the window,"
                            + " not counted; %d still in flight at exit)%n",
                    total,
                    unanswered,
                    stuck);
        }

        /** Nearest-rank percentile in milliseconds. */
        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        private static void sleepUntil(long deadline) {
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
