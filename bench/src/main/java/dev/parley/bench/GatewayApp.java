package dev.parley.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.model.usersig.UserSigCodec;

/**
 * The app the send phase loads, made ready on a running stack: registered through the auth console (or reused when
 * the SDKAppID exists), configured so that the gateway's per-command REST limit (200/s by default) and the friend
 * check do not shape the numbers, its administrator's UserSig signed locally with {@link UserSigCodec} (or by the
 * console for a reused app with another key), its accounts imported, and one message sent as a probe.
 */
final class GatewayApp {
    static final Pattern ERROR_CODE = Pattern.compile("\"ErrorCode\"\\s*:\\s*(-?\\d+)");
    private static final Pattern USER_SIG = Pattern.compile("\"userSig\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EMPTY_FAIL_ACCOUNTS = Pattern.compile("\"FailAccounts\"\\s*:\\s*\\[\\s*]");
    private static final int IMPORT_BATCH = 100;
    private static final int IMPORT_ATTEMPTS = 5;
    private static final long GATEWAY_WAIT_NANOS = 60_000_000_000L;
    private static final long PROBE_WAIT_NANOS = 30_000_000_000L;

    private final BenchOptions o;
    private final HttpClient client;
    private final Traffic traffic;
    private String query;

    private GatewayApp(BenchOptions o, HttpClient client, Traffic traffic) {
        this.o = o;
        this.client = client;
        this.traffic = traffic;
    }

    /**
     * Registers or reuses, configures, signs, imports and probes; prints one line per step.
     *
     * @param firstRandom the MsgRandom of the probe message
     * @throws SetupFailure when a step fails
     */
    static GatewayApp prepare(BenchOptions o, HttpClient client, Traffic traffic, long firstRandom, PrintStream out) {
        GatewayApp app = new GatewayApp(o, client, traffic);
        app.register(out);
        app.configure(out);
        app.sign(UserSigCodec.generate(Long.parseLong(o.sdkAppId), o.secret, o.identifier));
        app.awaitGateway(out);
        app.importAccounts(out);
        app.probe(firstRandom, out);
        return app;
    }

    /** The URL of a REST command, with a fresh {@code random}. */
    String url(String command) {
        return o.gateway + "/v4/" + command + query
                + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt()) + "&contenttype=json";
    }

    /** The {@code sendmsg} body of one message. */
    String sendBody(String from, String to, long msgRandom) {
        return "{\"SyncOtherMachine\":2,\"From_Account\":" + Traffic.json(from) + ",\"To_Account\":" + Traffic.json(to)
                + ",\"MsgRandom\":" + msgRandom + ",\"MsgBody\":" + Traffic.MSG_BODY + "}";
    }

    /** The {@code send_group_msg} body of one message. */
    String groupSendBody(String groupId, String from, long random) {
        return "{\"GroupId\":" + Traffic.json(groupId) + ",\"From_Account\":" + Traffic.json(from) + ",\"Random\":"
                + random + ",\"MsgBody\":" + Traffic.MSG_BODY + "}";
    }

    /**
     * Creates the {@code --groups} Work groups with {@code --group-members} members each (a group that exists already
     * is reused and its members added again, which is harmless), then sends one message into the last group until it
     * is answered OK: the message service learns groups from {@code im.group.events}.
     */
    void prepareGroups(long firstRandom, PrintStream out) {
        long start = System.nanoTime();
        int created = 0;
        for (int g = 0; g < o.groups; g++) {
            String id = traffic.group(g);
            Answer a = rest(
                    "group_open_http_svc/create_group",
                    "{\"Type\":\"Work\",\"GroupId\":" + Traffic.json(id) + ",\"Name\":" + Traffic.json(id)
                            + ",\"Owner_Account\":" + Traffic.json(traffic.member(g, 0, o.groupMembers)) + "}");
            String outcome = classify(a.status, a.body);
            if (outcome.equals(Operation.OK)) {
                created++;
            } else if (!outcome.equals("ErrorCode 10021") && !outcome.equals("ErrorCode 10025")) {
                // 10021: the id is used by another user's group; 10025: used, and the operator owns it
                throw new SetupFailure("send: create_group " + id + ": " + a.brief());
            }
            // From member 0 on: a reused group may have another owner (created with other --group-members), and
            // adding a member again answers "already a member", which is harmless.
            for (int from = 0; from < o.groupMembers; from += IMPORT_BATCH) {
                StringBuilder members = new StringBuilder();
                for (int k = from; k < Math.min(o.groupMembers, from + IMPORT_BATCH); k++) {
                    members.append(k == from ? "" : ",")
                            .append("{\"Member_Account\":")
                            .append(Traffic.json(traffic.member(g, k, o.groupMembers)))
                            .append('}');
                }
                Answer added = rest(
                        "group_open_http_svc/add_group_member",
                        "{\"GroupId\":" + Traffic.json(id) + ",\"Silence\":1,\"MemberList\":[" + members + "]}");
                if (!classify(added.status, added.body).equals(Operation.OK)) {
                    throw new SetupFailure("send: add_group_member " + id + ": " + added.brief());
                }
            }
        }
        out.printf(
                "send: %d Work groups %s..%s of %d members: %d created, %d existed already (%.1f s)%n",
                o.groups,
                traffic.group(0),
                traffic.group(o.groups - 1),
                o.groupMembers,
                created,
                o.groups - created,
                (System.nanoTime() - start) / 1e9);
        String last = traffic.group(o.groups - 1);
        String sender = traffic.member(o.groups - 1, o.groupMembers - 1, o.groupMembers);
        probe("group_open_http_svc/send_group_msg", random -> groupSendBody(last, sender, random), firstRandom, out);
    }

    /** The outcome label of a REST answer: {@code OK}, {@code ErrorCode n}, or {@code HTTP s}. */
    static String classify(int status, String body) {
        Matcher m = ERROR_CODE.matcher(body == null ? "" : body);
        String code = m.find() ? m.group(1) : null;
        if (status == 200 && "0".equals(code)) {
            return Operation.OK;
        }
        if (status == 200 && code != null) {
            return "ErrorCode " + code;
        }
        return "HTTP " + status + (code == null ? "" : " ErrorCode " + code);
    }

    private void sign(String sig) {
        query = "?sdkappid=" + enc(o.sdkAppId) + "&identifier=" + enc(o.identifier) + "&usersig=" + enc(sig)
                + "&random=";
    }

    private void register(PrintStream out) {
        String body = "{\"sdkAppId\":" + Traffic.json(o.sdkAppId)
                + ",\"name\":\"SendBench\",\"edition\":\"pro\",\"region\":\"china\",\"secretKey\":"
                + Traffic.json(o.secret) + ",\"admins\":[" + Traffic.json(o.identifier) + "]}";
        Answer a = http("POST", o.console + "/console/v1/apps", body);
        if (a.status == 201) {
            out.printf("send: registered app %s (pro) with the bench key%n", o.sdkAppId);
        } else if (a.status == 409) {
            out.printf("send: reusing app %s%n", o.sdkAppId);
        } else {
            throw new SetupFailure("send: registering app " + o.sdkAppId + " at " + o.console + ": " + a.brief());
        }
    }

    private void configure(PrintStream out) {
        String body = "{\"settings\":{\"historyRetentionDays\":7,\"friendCheckOnSend\":false,"
                + "\"blacklistShowSuccess\":true,\"restRateLimitPerSecond\":100000,\"groupAppDefinedKeys\":[],"
                + "\"memberAppDefinedKeys\":[],\"callback\":null}}";
        Answer a = http("PUT", o.console + "/console/v1/apps/" + o.sdkAppId, body);
        if (a.status != 200) {
            throw new SetupFailure("send: configuring app " + o.sdkAppId + ": " + a.brief());
        }
        out.printf(
                "send: settings restRateLimitPerSecond 100000, friendCheckOnSend false, retention 7 days;"
                        + " waiting %d s for the gateway to learn them%n",
                o.settle);
        Driver.sleepUntil(System.nanoTime() + o.settle * 1_000_000_000L);
    }

    /** Waits until the gateway accepts the administrator's UserSig; asks the console to sign on a key mismatch. */
    private void awaitGateway(PrintStream out) {
        long deadline = System.nanoTime() + GATEWAY_WAIT_NANOS;
        boolean consoleSigned = false;
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = rest(
                    "im_open_login_svc/account_check",
                    "{\"CheckItem\":[{\"UserID\":" + Traffic.json(o.identifier) + "}]}");
            String outcome = classify(last.status, last.body);
            if (outcome.equals(Operation.OK)) {
                out.printf(
                        "send: the gateway accepts %s's UserSig (%s)%n",
                        o.identifier, consoleSigned ? "signed by the console" : "signed locally with the bench key");
                return;
            }
            if (outcome.equals("ErrorCode 70009") && !consoleSigned) {
                out.printf("send: app %s has another key (70009); asking the console for a UserSig%n", o.sdkAppId);
                sign(consoleUserSig());
                consoleSigned = true;
                continue;
            }
            Driver.sleepUntil(System.nanoTime() + 500_000_000L);
        }
        throw new SetupFailure("send: the gateway does not accept the administrator's UserSig after 60 s: "
                + (last == null ? "-" : last.brief()));
    }

    private String consoleUserSig() {
        Answer a = http(
                "POST",
                o.console + "/console/v1/apps/" + o.sdkAppId + "/usersig",
                "{\"identifier\":" + Traffic.json(o.identifier) + "}");
        Matcher m = USER_SIG.matcher(a.body);
        if (a.status != 200 || !m.find()) {
            throw new SetupFailure("send: console UserSig: " + a.brief());
        }
        return m.group(1);
    }

    /**
     * Imports the accounts, 100 per call. A chunk whose accounts all exist already is skipped: an import publishes an
     * account event per user, which every service consumes, and that work would still be going on when the
     * measurement starts.
     */
    private void importAccounts(PrintStream out) {
        long start = System.nanoTime();
        int calls = 0;
        int skipped = 0;
        for (int from = 0; from < traffic.users(); from += IMPORT_BATCH) {
            int to = Math.min(traffic.users(), from + IMPORT_BATCH);
            StringBuilder accounts = new StringBuilder("{\"Accounts\":[");
            StringBuilder check = new StringBuilder("{\"CheckItem\":[");
            for (int i = from; i < to; i++) {
                accounts.append(i == from ? "" : ",").append(Traffic.json(traffic.user(i)));
                check.append(i == from ? "" : ",")
                        .append("{\"UserID\":")
                        .append(Traffic.json(traffic.user(i)))
                        .append('}');
            }
            calls++;
            Answer existing =
                    rest("im_open_login_svc/account_check", check.append("]}").toString());
            if (classify(existing.status, existing.body).equals(Operation.OK)
                    && count(existing.body, "\"Imported\"") == to - from) {
                skipped += to - from;
                continue;
            }
            String request = accounts.append("]}").toString();
            Answer a = null;
            // Importing is idempotent, and after a gateway timeout (60008) the accounts are usually imported anyway:
            // retry, with a growing pause, before giving up.
            for (int attempt = 1; attempt <= IMPORT_ATTEMPTS; attempt++) {
                if (attempt > 1) {
                    Driver.sleepUntil(System.nanoTime() + attempt * 1_000_000_000L);
                }
                calls++;
                a = rest("im_open_login_svc/multiaccount_import", request);
                if (classify(a.status, a.body).equals(Operation.OK)
                        && EMPTY_FAIL_ACCOUNTS.matcher(a.body).find()) {
                    a = null;
                    break;
                }
            }
            if (a != null) {
                throw new SetupFailure("send: multiaccount_import of " + traffic.user(from) + ".."
                        + traffic.user(to - 1) + " failed " + IMPORT_ATTEMPTS + " times: " + a.brief());
            }
        }
        out.printf(
                "send: accounts %s..%s: %d imported, %d existed already; %d calls of up to %d (%.1f s)%n",
                traffic.user(0),
                traffic.user(traffic.users() - 1),
                traffic.users() - skipped,
                skipped,
                calls,
                IMPORT_BATCH,
                (System.nanoTime() - start) / 1e9);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** One message from the first to the last account, retried until it is answered OK. */
    private void probe(long msgRandom, PrintStream out) {
        String from = traffic.user(0);
        String to = traffic.user(traffic.users() - 1);
        probe("openim/sendmsg", random -> sendBody(from, to, random), msgRandom, out);
    }

    /** Sends one message, a new random each attempt, until it is answered OK (30 s at most). */
    private void probe(String command, LongFunction<String> body, long msgRandom, PrintStream out) {
        long deadline = System.nanoTime() + PROBE_WAIT_NANOS;
        int attempts = 0;
        Answer a;
        do {
            attempts++;
            a = rest(command, body.apply((msgRandom + attempts) & 0xFFFFFFFFL));
            if (classify(a.status, a.body).equals(Operation.OK)) {
                out.printf("send: probe %s OK in %.1f ms (attempt %d)%n", command, a.nanos / 1e6, attempts);
                return;
            }
            Driver.sleepUntil(System.nanoTime() + 500_000_000L);
        } while (System.nanoTime() < deadline);
        throw new SetupFailure("send: probe " + command + " not OK after 30 s: " + a.brief());
    }

    private Answer rest(String command, String body) {
        return http("POST", url(command), body);
    }

    private Answer http(String method, String target, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(Math.max(o.timeout, 10)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailure("interrupted");
        } catch (Exception e) {
            String where =
                    URI.create(target).getHost() + ":" + URI.create(target).getPort();
            return new Answer(-1, "exception " + e.getClass().getSimpleName() + " (" + where + ")", 0);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One synchronous answer. */
    private record Answer(int status, String body, long nanos) {
        String brief() {
            String b = body == null ? "" : body;
            return (status < 0 ? "" : "HTTP " + status + " ") + (b.length() > 300 ? b.substring(0, 300) + "..." : b);
        }
    }
}
