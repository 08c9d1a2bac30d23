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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Group benchmark for issue 4: fills a Meeting group (Tencent REST type {@code ChatRoom}) to the enterprise cap of
 * 6,000 members through the Parley gateway and measures the adds, then reads member pages of it with
 * {@code get_group_member_info}.
 *
 * <p>Run with {@code java bench/GroupBench.java [options]}; JDK 17 only, no dependencies. Steps, in order (the
 * last four can be chosen with {@code --phases}):
 *
 * <ol>
 *   <li><b>setup</b>: registers (or reuses, with {@code --sdkappid}) an enterprise app through the console API, raises
 *       {@code restRateLimitPerSecond}, waits for the change to spread and gets an administrator UserSig;
 *   <li><b>import</b>: imports the accounts {@code <prefix>0 .. <prefix>N-1} with {@code multiaccount_import}, 100
 *       per call; a failed call is counted and retried, at most twice;
 *   <li><b>fill</b>: for each {@code --batch} size, creates one Meeting group owned by {@code <prefix>0} and adds
 *       every other account to it with {@code add_group_member}, one call at a time (adds to one group are
 *       serialised by the service anyway);
 *   <li><b>parallel</b>: for each {@code --batch} size, creates {@code --groups} groups and fills them at the same
 *       time, one thread per group, {@code --group-members} members each;
 *   <li><b>read</b>: closed-loop {@code get_group_member_info} pages at random offsets of the full group, then the
 *       whole list in one page, then a few {@code get_group_info} calls of the full group.
 * </ol>
 *
 * <p>Every answer is checked (ErrorCode 0, the expected number of members); failures are counted, never hidden.
 * Only loopback targets are accepted, and a watchdog ends the program after {@code --max-seconds}.
 */
public final class GroupBench {

    private static final Pattern ERROR_CODE = Pattern.compile("\"ErrorCode\"\\s*:\\s*(-?\\d+)");
    private static final Pattern GROUP_ID = Pattern.compile("\"GroupId\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern MEMBER_NUM = Pattern.compile("\"MemberNum\"\\s*:\\s*(\\d+)");
    private static final Pattern USER_SIG = Pattern.compile("\"userSig\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern SDK_APP_ID = Pattern.compile("\"sdkAppId\"\\s*:\\s*\"(\\d+)\"");
    private static final Pattern EDITION = Pattern.compile("\"edition\"\\s*:\\s*\"([a-z]+)\"");
    private static final Pattern EMPTY_FAIL_ACCOUNTS = Pattern.compile("\"FailAccounts\"\\s*:\\s*\\[\\s*\\]");
    private static final Pattern RESULT = Pattern.compile("\"Result\"\\s*:\\s*(\\d+)");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_]{1,20}");
    private static final String MEMBER_KEY = "\"Member_Account\"";
    private static final int IMPORT_ATTEMPTS = 3;

    private GroupBench() {}

    public static void main(String[] argv) throws Exception {
        Options o;
        try {
            o = Options.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("GroupBench: " + e.getMessage());
            System.err.println();
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        Thread watchdog = new Thread(
                () -> {
                    sleepUntil(System.nanoTime() + o.maxSeconds * 1_000_000_000L);
                    System.out.println();
                    System.out.println("GroupBench: --max-seconds " + o.maxSeconds + " reached, stopping");
                    System.out.flush();
                    Runtime.getRuntime().halt(3);
                },
                "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        int status;
        try {
            status = new Bench(o).run();
        } catch (BenchFailure e) {
            System.out.println();
            System.out.println("GroupBench: stopped: " + e.getMessage());
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    /** A setup step failed; the run cannot go on. */
    static final class BenchFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BenchFailure(String message) {
            super(message);
        }
    }

    /** Command-line options, validated. */
    static final class Options {
        static final String USAGE = String.join(
                "\n",
                "usage: java bench/GroupBench.java [options]",
                "  --url URL             gateway base URL, loopback only (default http://127.0.0.1:8080)",
                "  --console URL         auth console base URL, loopback only (default http://127.0.0.1:8081)",
                "  --sdkappid ID         app to register or reuse (made enterprise); default: register a new one",
                "  --usersig SIG         administrator UserSig; skips the console (the app must already be",
                "                        enterprise with a high restRateLimitPerSecond)",
                "  --identifier ID       App administrator (default administrator)",
                "  --phases LIST         any of import,fill,parallel,read (default all four); the console setup",
                "                        runs first unless --usersig is given",
                "  --prefix P            UserIDs are P0 .. P<N-1>; P0 owns the groups (default u)",
                "  --members N           accounts to import and size of the full group, 2..6000 (default 6000)",
                "  --import-concurrency C  multiaccount_import calls in flight, 1..64 (default 4)",
                "  --batch LIST          add_group_member batch sizes, one full group each, 1..500 (default 100,500)",
                "  --groups G            groups filled at the same time in the parallel phase, 1..64 (default 4)",
                "  --group-members M     members added to each of those groups, 1..5999 (default 1500)",
                "  --group GROUPID       read this group instead of the last one filled",
                "  --concurrency N       get_group_member_info workers of the paged run, 0 = skip (default 16)",
                "  --limit L             page size, 1..6000 (default 100)",
                "  --seconds S           measurement window of each read run, 1..600 (default 20)",
                "  --warmup S            warm-up before each read window, 0..600 (default 5)",
                "  --full-concurrency N  workers of the whole-list run (Limit = MemberNum), 0 = skip (default 4)",
                "  --full-seconds S      measurement window of the whole-list run, 1..600 (default: --seconds)",
                "  --info-calls K        sequential get_group_info calls of the full group, 0..20 (default 3)",
                "  --settle S            wait after changing the app settings, 0..60 (default 3)",
                "  --timeout S           per-request timeout in seconds, 1..120 (default 30)",
                "  --max-seconds S       hard limit on the whole run, 10..7200 (default 1800)");

        String url = "http://127.0.0.1:8080";
        String console = "http://127.0.0.1:8081";
        String sdkAppId;
        String userSig;
        String identifier = "administrator";
        List<String> phases = List.of("import", "fill", "parallel", "read");
        String prefix = "u";
        int members = 6000;
        int importConcurrency = 4;
        int[] batches = {100, 500};
        int groups = 4;
        int groupMembers = 1500;
        String group;
        int concurrency = 16;
        int limit = 100;
        int seconds = 20;
        int warmup = 5;
        int fullConcurrency = 4;
        int fullSeconds = -1;
        int infoCalls = 3;
        int settle = 3;
        int timeout = 30;
        int maxSeconds = 1800;

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
                    case "console" -> o.console = value;
                    case "sdkappid" -> {
                        if (!value.matches("[1-9][0-9]{0,9}")) {
                            throw new IllegalArgumentException("--sdkappid must be a decimal SDKAppID");
                        }
                        o.sdkAppId = value;
                    }
                    case "usersig" -> o.userSig = value;
                    case "identifier" -> o.identifier = value;
                    case "phases" -> o.phases = phases(value);
                    case "prefix" -> {
                        if (!PREFIX.matcher(value).matches()) {
                            throw new IllegalArgumentException("--prefix must be 1 to 20 of [A-Za-z0-9_]");
                        }
                        o.prefix = value;
                    }
                    case "members" -> o.members = intIn(name, value, 2, 6000);
                    case "import-concurrency" -> o.importConcurrency = intIn(name, value, 1, 64);
                    case "batch" -> o.batches = batches(value);
                    case "groups" -> o.groups = intIn(name, value, 1, 64);
                    case "group-members" -> o.groupMembers = intIn(name, value, 1, 5999);
                    case "group" -> o.group = value;
                    case "concurrency" -> o.concurrency = intIn(name, value, 0, 256);
                    case "limit" -> o.limit = intIn(name, value, 1, 6000);
                    case "seconds" -> o.seconds = intIn(name, value, 1, 600);
                    case "warmup" -> o.warmup = intIn(name, value, 0, 600);
                    case "full-concurrency" -> o.fullConcurrency = intIn(name, value, 0, 64);
                    case "full-seconds" -> o.fullSeconds = intIn(name, value, 1, 600);
                    case "info-calls" -> o.infoCalls = intIn(name, value, 0, 20);
                    case "settle" -> o.settle = intIn(name, value, 0, 60);
                    case "timeout" -> o.timeout = intIn(name, value, 1, 120);
                    case "max-seconds" -> o.maxSeconds = intIn(name, value, 10, 7200);
                    default -> throw new IllegalArgumentException("unknown option --" + name);
                }
            }
            o.url = checkLoopback("--url", o.url);
            o.console = checkLoopback("--console", o.console);
            if (o.fullSeconds < 0) {
                o.fullSeconds = o.seconds;
            }
            if (o.userSig != null && o.sdkAppId == null) {
                throw new IllegalArgumentException("--usersig needs --sdkappid");
            }
            if (o.groupMembers > o.members - 1) {
                throw new IllegalArgumentException("--group-members must be below --members");
            }
            return o;
        }

        boolean has(String phase) {
            return phases.contains(phase);
        }

        private static List<String> phases(String value) {
            List<String> known = List.of("import", "fill", "parallel", "read");
            List<String> out = new ArrayList<>();
            for (String p : value.split(",")) {
                String phase = p.trim().toLowerCase(Locale.ROOT);
                if (!known.contains(phase)) {
                    throw new IllegalArgumentException("unknown phase " + p + " (known: " + known + ")");
                }
                out.add(phase);
            }
            return out;
        }

        private static int[] batches(String value) {
            String[] parts = value.split(",");
            int[] out = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = intIn("batch", parts[i].trim(), 1, 500);
            }
            return out;
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
        static String checkLoopback(String option, String url) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (Exception e) {
                throw new IllegalArgumentException(option + " is not a URI: " + url);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException(option + " must be http or https: " + url);
            }
            if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                throw new IllegalArgumentException(
                        "refusing " + option + " " + url + ": only 127.0.0.1 or localhost targets are allowed");
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(option + " must be a plain base URL: " + url);
            }
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /** One HTTP answer: status (-1 on an exception), body or exception text, and the time it took. */
    record Answer(int status, String body, long nanos) {
        int errorCode() {
            Matcher m = ERROR_CODE.matcher(body);
            return status == 200 && m.find() ? Integer.parseInt(m.group(1)) : Integer.MIN_VALUE;
        }

        boolean ok() {
            return errorCode() == 0;
        }

        /** The outcome label used in the failure histograms. */
        String outcome() {
            if (status < 0) {
                return body;
            }
            int code = errorCode();
            return code == Integer.MIN_VALUE ? "HTTP " + status : "ErrorCode " + code;
        }

        String brief() {
            String b = body.length() > 400 ? body.substring(0, 400) + "...(" + body.length() + " chars)" : body;
            return (status < 0 ? "" : "HTTP " + status + " ") + b;
        }
    }

    /** Per-call latencies of a phase, with counted failures and the first failing answer. */
    static final class Calls {
        private final List<Long> nanos = new ArrayList<>();
        private final Map<String, Integer> failures = new TreeMap<>();
        private String firstFailure;

        synchronized void ok(long n) {
            nanos.add(n);
        }

        synchronized void failed(String what, String request, Answer answer) {
            nanos.add(answer.nanos());
            failures.merge(what, 1, Integer::sum);
            if (firstFailure == null) {
                firstFailure = "request " + request + "\n      answer  " + answer.brief();
            }
        }

        synchronized int count() {
            return nanos.size();
        }

        synchronized int failedCount() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        synchronized String latencyLine() {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(
                    Locale.ROOT,
                    "per call ms (n=%d): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f",
                    sorted.length,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.90),
                    percentile(sorted, 0.99),
                    sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6);
        }

        synchronized void printFailures(String indent) {
            if (failures.isEmpty()) {
                System.out.println(indent + "failures: 0");
                return;
            }
            System.out.println(indent + "failures: " + failures);
            System.out.println(indent + "first failure: " + firstFailure);
        }
    }

    static final class Bench {
        private final Options o;
        private final HttpClient client;
        private String appId;
        private String sig;
        private String fullGroup;

        Bench(Options o) {
            this.o = o;
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            this.appId = o.sdkAppId;
            this.sig = o.userSig;
            this.fullGroup = o.group;
        }

        int run() {
            System.out.printf(
                    Locale.ROOT,
                    "GroupBench %s  gateway %s  console %s  phases %s  members %d  batches %s%n",
                    Instant.now(),
                    o.url,
                    o.console,
                    o.phases,
                    o.members,
                    Arrays.toString(o.batches));
            if (o.userSig == null) {
                setup();
            } else {
                System.out.println("setup: skipped (--usersig given), app " + appId);
            }
            if (o.has("import")) {
                importAccounts();
            }
            if (o.has("fill")) {
                for (int batch : o.batches) {
                    fill(batch);
                }
            }
            if (o.has("parallel")) {
                for (int batch : o.batches) {
                    parallel(batch);
                }
            }
            if (o.has("read")) {
                if (fullGroup == null) {
                    throw new BenchFailure("no group to read: run the fill phase or give --group");
                }
                read();
            }
            System.out.println();
            System.out.println("done " + Instant.now());
            return 0;
        }

        // ---- setup ---------------------------------------------------------------------------------------

        private void setup() {
            String register = "{" + (appId == null ? "" : "\"sdkAppId\":\"" + appId + "\",")
                    + "\"name\":\"GroupBench\",\"edition\":\"enterprise\",\"region\":\"china\"}";
            Answer created = http("POST", o.console + "/console/v1/apps", register);
            if (created.status() == 201) {
                Matcher m = SDK_APP_ID.matcher(created.body());
                if (!m.find()) {
                    throw new BenchFailure("register: no sdkAppId in " + created.brief());
                }
                appId = m.group(1);
                System.out.println("setup: registered enterprise app " + appId);
            } else if (created.status() == 409 && appId != null) {
                System.out.println("setup: reusing app " + appId + " (made enterprise below)");
            } else {
                throw new BenchFailure("register: " + created.brief());
            }
            String settings = "{\"edition\":\"enterprise\",\"settings\":{\"historyRetentionDays\":30,"
                    + "\"friendCheckOnSend\":false,\"blacklistShowSuccess\":true,\"restRateLimitPerSecond\":100000,"
                    + "\"groupAppDefinedKeys\":[],\"memberAppDefinedKeys\":[],\"callback\":null}}";
            Answer configured = http("PUT", o.console + "/console/v1/apps/" + appId, settings);
            Matcher edition = EDITION.matcher(configured.body());
            if (configured.status() != 200 || !edition.find() || !edition.group(1).equals("enterprise")) {
                throw new BenchFailure("configure: " + configured.brief());
            }
            System.out.println("setup: edition enterprise, restRateLimitPerSecond 100000; waiting " + o.settle + " s");
            sleepUntil(System.nanoTime() + o.settle * 1_000_000_000L);
            Answer signed = http(
                    "POST",
                    o.console + "/console/v1/apps/" + appId + "/usersig",
                    "{\"identifier\":" + json(o.identifier) + "}");
            Matcher m = USER_SIG.matcher(signed.body());
            if (signed.status() != 200 || !m.find()) {
                throw new BenchFailure("usersig: " + signed.brief());
            }
            sig = m.group(1);
            System.out.println("setup: UserSig for " + o.identifier + " (" + sig.length() + " chars)");
        }

        // ---- import --------------------------------------------------------------------------------------

        private void importAccounts() {
            int calls = (o.members + 99) / 100;
            AtomicInteger next = new AtomicInteger();
            AtomicInteger imported = new AtomicInteger();
            AtomicInteger retried = new AtomicInteger();
            AtomicInteger lost = new AtomicInteger();
            Calls stats = new Calls();
            long start = System.nanoTime();
            runThreads(Math.min(o.importConcurrency, calls), "import", w -> () -> {
                int call;
                while ((call = next.getAndIncrement()) < calls) {
                    StringBuilder body = new StringBuilder("{\"Accounts\":[");
                    int from = call * 100;
                    int to = Math.min(o.members, from + 100);
                    for (int i = from; i < to; i++) {
                        body.append(i == from ? "" : ",").append(json(user(i)));
                    }
                    String request = body.append("]}").toString();
                    // A failed call is counted, then retried (importing is idempotent; after a gateway timeout
                    // the import usually went through anyway). The phase fails if the last attempt fails.
                    for (int attempt = 1; attempt <= IMPORT_ATTEMPTS; attempt++) {
                        Answer a = rest("im_open_login_svc/multiaccount_import", request);
                        if (a.ok() && EMPTY_FAIL_ACCOUNTS.matcher(a.body()).find()) {
                            stats.ok(a.nanos());
                            imported.addAndGet(to - from);
                            break;
                        }
                        stats.failed(a.ok() ? "FailAccounts not empty" : a.outcome(), brief(request), a);
                        if (attempt == IMPORT_ATTEMPTS) {
                            lost.incrementAndGet();
                        } else {
                            retried.incrementAndGet();
                        }
                    }
                }
            });
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "import: %d accounts (%s0..%s%d), %d calls of <=100, %d in flight: %.1f s, %.0f accounts/s%n",
                    imported.get(),
                    o.prefix,
                    o.prefix,
                    o.members - 1,
                    calls,
                    Math.min(o.importConcurrency, calls),
                    secs,
                    imported.get() / secs);
            System.out.println("  " + stats.latencyLine() + "  (failed attempts included)");
            stats.printFailures("  ");
            if (retried.get() > 0) {
                System.out.println("  failed calls retried: " + retried.get() + " (the time above includes the retries)");
            }
            if (lost.get() > 0) {
                throw new BenchFailure(lost.get() + " import call(s) failed " + IMPORT_ATTEMPTS
                        + " times; the group phases need every account");
            }
        }

        // ---- fill ----------------------------------------------------------------------------------------

        /** Result counts of add_group_member: [added, already a member, failed]. */
        private long[] add(String groupId, List<String> users, Calls stats) {
            StringBuilder body = new StringBuilder("{\"GroupId\":").append(json(groupId)).append(",\"MemberList\":[");
            for (int i = 0; i < users.size(); i++) {
                body.append(i == 0 ? "" : ",").append("{\"Member_Account\":").append(json(users.get(i))).append('}');
            }
            String request = body.append("]}").toString();
            Answer a = rest("group_open_http_svc/add_group_member", request);
            long[] counts = new long[3];
            if (!a.ok()) {
                stats.failed(a.outcome(), brief(request), a);
                return counts;
            }
            Matcher m = RESULT.matcher(a.body());
            while (m.find()) {
                switch (m.group(1)) {
                    case "1" -> counts[0]++;
                    case "2" -> counts[1]++;
                    default -> counts[2]++;
                }
            }
            if (counts[0] != users.size()) {
                stats.failed("not every Result 1", brief(request), a);
            } else {
                stats.ok(a.nanos());
            }
            return counts;
        }

        private String createGroup(String name) {
            String request = "{\"Type\":\"ChatRoom\",\"Name\":" + json(name) + ",\"Owner_Account\":" + json(user(0))
                    + "}";
            Answer a = rest("group_open_http_svc/create_group", request);
            Matcher m = GROUP_ID.matcher(a.body());
            if (!a.ok() || !m.find()) {
                throw new BenchFailure("create_group " + request + " -> " + a.brief());
            }
            return m.group(1);
        }

        /**
         * The members of a group as get_group_member_info lists them (Limit 6000, UserIDs only), or -1 on failure;
         * compared with get_group_info's MemberNum to catch a member count that disagrees with the member rows.
         */
        private int listedMembers(String groupId) {
            Answer a = rest(
                    "group_open_http_svc/get_group_member_info",
                    "{\"GroupId\":" + json(groupId) + ",\"Limit\":6000,\"Offset\":0,"
                            + "\"MemberInfoFilter\":[\"Member_Account\"]}");
            if (!a.ok()) {
                System.out.println("  get_group_member_info of " + groupId + " failed: " + a.brief());
                return -1;
            }
            return count(a.body(), MEMBER_KEY);
        }

        /** "MemberNum n" plus a warning when the listed members or the expectation disagree. */
        private String check(String groupId, int expected) {
            int num = memberNum(groupId);
            int listed = listedMembers(groupId);
            String out = "MemberNum " + num;
            if (listed != num) {
                out += " BUT " + listed + " members listed by get_group_member_info";
            }
            if (num != expected) {
                out += " (EXPECTED " + expected + ")";
            }
            return out;
        }

        /** MemberNum of a group from get_group_info with a filter, or -1 on failure. */
        private int memberNum(String groupId) {
            Answer a = rest(
                    "group_open_http_svc/get_group_info",
                    "{\"GroupIdList\":[" + json(groupId) + "],\"ResponseFilter\":{\"GroupBaseInfoFilter\":"
                            + "[\"MemberNum\",\"MaxMemberNum\",\"Type\"]}}");
            Matcher m = MEMBER_NUM.matcher(a.body());
            if (!a.ok() || !m.find()) {
                System.out.println("  get_group_info of " + groupId + " failed: " + a.brief());
                return -1;
            }
            return Integer.parseInt(m.group(1));
        }

        private void fill(int batch) {
            String groupId = createGroup("bench-fill-" + batch);
            Calls stats = new Calls();
            long[] totals = new long[3];
            long start = System.nanoTime();
            for (int from = 1; from < o.members; from += batch) {
                List<String> users = new ArrayList<>();
                for (int i = from; i < Math.min(o.members, from + batch); i++) {
                    users.add(user(i));
                }
                long[] c = add(groupId, users, stats);
                for (int k = 0; k < 3; k++) {
                    totals[k] += c[k];
                }
            }
            double secs = (System.nanoTime() - start) / 1e9;
            int num = memberNum(groupId);
            String checked = check(groupId, o.members);
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "fill, batch %d: group %s, %d add_group_member calls, one at a time%n",
                    batch,
                    groupId,
                    stats.count());
            System.out.printf(
                    Locale.ROOT,
                    "  added %d (already %d, failed %d) in %.1f s: %.0f members added/s; now %s%n",
                    totals[0],
                    totals[1],
                    totals[2],
                    secs,
                    totals[0] / secs,
                    checked);
            System.out.println("  " + stats.latencyLine());
            stats.printFailures("  ");
            if (num == o.members) {
                fullGroup = o.group == null ? groupId : o.group;
            }
        }

        // ---- parallel ------------------------------------------------------------------------------------

        private void parallel(int batch) {
            String[] ids = new String[o.groups];
            for (int g = 0; g < o.groups; g++) {
                ids[g] = createGroup("bench-par-" + batch + "-" + g);
            }
            Calls stats = new Calls();
            AtomicLong added = new AtomicLong();
            AtomicLong other = new AtomicLong();
            double[] perGroupSecs = new double[o.groups];
            long start = System.nanoTime();
            runThreads(o.groups, "parallel", g -> () -> {
                long groupStart = System.nanoTime();
                // Disjoint slices of <prefix>1 .. <prefix>N-1, wrapping around when G x M exceeds N-1.
                for (int from = 0; from < o.groupMembers; from += batch) {
                    List<String> users = new ArrayList<>();
                    for (int j = from; j < Math.min(o.groupMembers, from + batch); j++) {
                        users.add(user(1 + (g * o.groupMembers + j) % (o.members - 1)));
                    }
                    long[] c = add(ids[g], users, stats);
                    added.addAndGet(c[0]);
                    other.addAndGet(c[1] + c[2]);
                }
                perGroupSecs[g] = (System.nanoTime() - groupStart) / 1e9;
            });
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "parallel, batch %d: %d groups x %d members at the same time, one thread per group%n",
                    batch,
                    o.groups,
                    o.groupMembers);
            System.out.printf(
                    Locale.ROOT,
                    "  added %d (not added %d) in %.1f s: %.0f members added/s in aggregate%n",
                    added.get(),
                    other.get(),
                    secs,
                    added.get() / secs);
            for (int g = 0; g < o.groups; g++) {
                System.out.printf(
                        Locale.ROOT,
                        "  group %s: %.1f s, %s%n",
                        ids[g],
                        perGroupSecs[g],
                        check(ids[g], o.groupMembers + 1));
            }
            System.out.println("  " + stats.latencyLine());
            stats.printFailures("  ");
        }

        // ---- read ----------------------------------------------------------------------------------------

        private void read() {
            int num = memberNum(fullGroup);
            if (num <= 0) {
                throw new BenchFailure("cannot read MemberNum of " + fullGroup);
            }
            System.out.println();
            System.out.println("read: group " + fullGroup + ", MemberNum " + num);
            int pages = (num + o.limit - 1) / o.limit;
            if (o.concurrency > 0) {
                closedLoop(
                        String.format(Locale.ROOT, "get_group_member_info Limit %d, random Offset", o.limit),
                        o.concurrency,
                        o.seconds,
                        num,
                        random -> {
                            int offset = random.nextInt(pages) * o.limit;
                            return new int[] {offset, Math.min(o.limit, num - offset)};
                        },
                        o.limit);
            }
            if (o.fullConcurrency > 0) {
                closedLoop(
                        String.format(Locale.ROOT, "get_group_member_info Limit %d, Offset 0 (whole list)", num),
                        o.fullConcurrency,
                        o.fullSeconds,
                        num,
                        random -> new int[] {0, num},
                        num);
            }
            for (int i = 0; i < o.infoCalls; i++) {
                Answer a = rest("group_open_http_svc/get_group_info", "{\"GroupIdList\":[" + json(fullGroup) + "]}");
                int listed = count(a.body(), MEMBER_KEY);
                System.out.printf(
                        Locale.ROOT,
                        "  get_group_info (no filter, with MemberList) #%d: %s, %d members listed%s, %d bytes, %.1f ms%n",
                        i + 1,
                        a.outcome(),
                        listed,
                        listed == num ? "" : " (EXPECTED " + num + ")",
                        a.body().length(),
                        a.nanos() / 1e6);
            }
        }

        /**
         * Closed loop of get_group_member_info: each worker sends a page request as soon as the last one is
         * answered; the warm-up is discarded, then every answer completed inside the window is counted.
         *
         * @param pageOf gives {offset, expected members} for the next request
         */
        private void closedLoop(
                String title,
                int concurrency,
                int seconds,
                int memberNum,
                java.util.function.Function<ThreadLocalRandom, int[]> pageOf,
                int limit) {
            long begin = System.nanoTime();
            long windowStart = begin + o.warmup * 1_000_000_000L;
            long windowEnd = windowStart + seconds * 1_000_000_000L;
            AtomicInteger inFlight = new AtomicInteger();
            boolean[] stop = {false};
            long[][] lat = new long[concurrency][];
            long[][] doneAt = new long[concurrency][];
            int[] sizes = new int[concurrency];
            long[] members = new long[concurrency];
            long[] bytes = new long[concurrency];
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            String[] firstFailure = {null};
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int worker = w;
                lat[w] = new long[1024];
                doneAt[w] = new long[1024];
                Thread t = new Thread(
                        () -> {
                            ThreadLocalRandom random = ThreadLocalRandom.current();
                            while (!stopped(stop) && System.nanoTime() < windowEnd) {
                                int[] page = pageOf.apply(random);
                                String request = "{\"GroupId\":" + json(fullGroup) + ",\"Limit\":" + limit
                                        + ",\"Offset\":" + page[0] + "}";
                                inFlight.incrementAndGet();
                                Answer a;
                                try {
                                    a = rest("group_open_http_svc/get_group_member_info", request);
                                } finally {
                                    inFlight.decrementAndGet();
                                }
                                long done = System.nanoTime();
                                if (done < windowStart || done >= windowEnd) {
                                    continue;
                                }
                                String failure = null;
                                int listed = 0;
                                if (!a.ok()) {
                                    failure = a.outcome();
                                } else {
                                    listed = count(a.body(), MEMBER_KEY);
                                    Matcher m = MEMBER_NUM.matcher(a.body());
                                    if (listed != page[1]) {
                                        failure = "wrong page size";
                                    } else if (!m.find() || Integer.parseInt(m.group(1)) != memberNum) {
                                        failure = "wrong MemberNum";
                                    }
                                }
                                int n = sizes[worker];
                                if (n == lat[worker].length) {
                                    lat[worker] = Arrays.copyOf(lat[worker], n * 2);
                                    doneAt[worker] = Arrays.copyOf(doneAt[worker], n * 2);
                                }
                                lat[worker][n] = a.nanos();
                                doneAt[worker][n] = done;
                                sizes[worker] = n + 1;
                                bytes[worker] += a.body().length();
                                if (failure == null) {
                                    members[worker] += listed;
                                } else {
                                    failures.merge(failure, 1, Integer::sum);
                                    synchronized (firstFailure) {
                                        if (firstFailure[0] == null) {
                                            firstFailure[0] = "request " + request + "\n      answer  " + a.brief();
                                        }
                                    }
                                }
                            }
                        },
                        "read-" + w);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            sleepUntil(windowEnd);
            synchronized (stop) {
                stop[0] = true;
            }
            int unanswered = inFlight.get();
            long joinDeadline = System.nanoTime() + (o.timeout + 2) * 1_000_000_000L;
            for (Thread t : threads) {
                long left = (joinDeadline - System.nanoTime()) / 1_000_000;
                try {
                    if (left > 0) {
                        t.join(left);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int total = 0;
            long memberSum = 0;
            long byteSum = 0;
            for (int w = 0; w < concurrency; w++) {
                total += sizes[w];
                memberSum += members[w];
                byteSum += bytes[w];
            }
            long[] all = new long[total];
            long[] perSecond = new long[seconds];
            int k = 0;
            for (int w = 0; w < concurrency; w++) {
                for (int i = 0; i < sizes[w]; i++) {
                    all[k++] = lat[w][i];
                    perSecond[(int) Math.min(seconds - 1, (doneAt[w][i] - windowStart) / 1_000_000_000L)]++;
                }
            }
            Arrays.sort(all);
            long[] sortedSeconds = perSecond.clone();
            Arrays.sort(sortedSeconds);
            int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "  %s: %d workers, %d s warm-up + %d s window%n",
                    title,
                    concurrency,
                    o.warmup,
                    seconds);
            System.out.printf(
                    Locale.ROOT,
                    "    answers %d, OK %d, failed %d; %.1f pages/s (per-second min %d / median %d / max %d),"
                            + " %.0f members/s, %.0f bytes/answer%n",
                    total,
                    total - failed,
                    failed,
                    (double) total / seconds,
                    sortedSeconds[0],
                    sortedSeconds[sortedSeconds.length / 2],
                    sortedSeconds[sortedSeconds.length - 1],
                    (double) memberSum / seconds,
                    total == 0 ? 0.0 : (double) byteSum / total);
            System.out.printf(
                    Locale.ROOT,
                    "    latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (%d unanswered at the end, not counted)%n",
                    percentile(all, 0.50),
                    percentile(all, 0.90),
                    percentile(all, 0.99),
                    all.length == 0 ? 0.0 : all[all.length - 1] / 1e6,
                    unanswered);
            if (failed > 0) {
                System.out.println("    failures: " + new TreeMap<>(failures));
                System.out.println("    first failure: " + firstFailure[0]);
            }
        }

        private static boolean stopped(boolean[] stop) {
            synchronized (stop) {
                return stop[0];
            }
        }

        // ---- plumbing ------------------------------------------------------------------------------------

        private String user(int i) {
            return o.prefix + i;
        }

        private Answer rest(String command, String body) {
            String target = o.url + "/v4/" + command + "?sdkappid=" + enc(appId) + "&identifier=" + enc(o.identifier)
                    + "&usersig=" + enc(sig) + "&random=" + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt())
                    + "&contenttype=json";
            return http("POST", target, body);
        }

        private Answer http(String method, String target, String body) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target))
                    .timeout(Duration.ofSeconds(o.timeout))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, "exception InterruptedException", System.nanoTime() - start);
            } catch (Exception e) {
                return new Answer(-1, "exception " + e.getClass().getSimpleName(), System.nanoTime() - start);
            }
        }

        /** Starts n threads made by {@code body} and waits for all of them (bounded by the watchdog). */
        private static void runThreads(int n, String name, IntFunction<Runnable> body) {
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Runnable r = body.apply(i);
                Thread t = new Thread(
                        () -> {
                            try {
                                go.await();
                            } catch (InterruptedException e) {
                                return;
                            }
                            r.run();
                        },
                        name + "-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            go.countDown();
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private static String brief(String request) {
            return request.length() > 200 ? request.substring(0, 200) + "...(" + request.length() + " chars)" : request;
        }
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static void sleepUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
