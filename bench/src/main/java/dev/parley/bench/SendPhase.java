package dev.parley.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The send phase: {@code openim/sendmsg} through the gateway, open loop, at one rate or at every step of a ramp.
 * Each request goes from a random user to another random user, with a MsgRandom no other request of the run has (a
 * random start, then counting up), so no request is mistaken for a retry. The measured requests go through {@link
 * KeepAliveHttpClient}: one I/O thread and {@code --connections} keep-alive connections, a request that finds every
 * connection busy waiting in the client's queue (and that wait counting in its latency from the slot). The setup
 * (console, imports, probe) uses the JDK's {@link HttpClient}.
 */
final class SendPhase {
    private static final int HTTP_THREADS = 2;

    private SendPhase() {}

    /** The body of an {@code --edge} request: valid JSON, but not an object, so the gateway answers 90001. */
    static final String EDGE_BODY = "[]";

    /** Prepares the app, runs every rate and prints a report per rate, plus a summary for a ramp. */
    static List<PhaseResult> run(BenchOptions o, PrintStream out) {
        out.println();
        out.printf(
                "send: gateway %s, console %s, app %s, %d users (%s0..)%n",
                o.gateway, o.console, o.sdkAppId, o.users, o.userPrefix);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(httpExecutor())
                .build();
        Traffic traffic = new Traffic(o.userPrefix, o.users);
        AtomicLong msgRandom = new AtomicLong(new SecureRandom().nextInt() & 0xFFFFFFFFL);
        GatewayApp app = GatewayApp.prepare(o, client, traffic, msgRandom.getAndAdd(1_000), out);

        URI gateway = URI.create(o.gateway);
        // app.url() is the gateway URL followed by the command's path and query: the request target keeps the path.
        String basePath = gateway.getRawPath() == null ? "" : gateway.getRawPath();
        int port = gateway.getPort() < 0 ? 80 : gateway.getPort();
        KeepAliveHttpClient sender;
        try {
            sender = new KeepAliveHttpClient(gateway.getHost(), port, o.connections, Duration.ofSeconds(o.timeout));
        } catch (IOException e) {
            throw new SetupFailure("send: cannot start the HTTP client: " + e);
        }
        out.printf("send: measured requests over at most %d keep-alive connections, one I/O thread%n", o.connections);

        String target = basePath + app.url("openim/sendmsg").substring(o.gateway.length());
        Operation edge = n -> sender.post(target, EDGE_BODY).thenApply(r -> {
            String outcome = GatewayApp.classify(r.status(), r.body());
            return outcome.equals("ErrorCode 90001") ? Operation.OK : outcome;
        });
        if (o.groups > 0) {
            app.prepareGroups(msgRandom.getAndAdd(1_000), out);
        }
        String groupTarget =
                basePath + app.url("group_open_http_svc/send_group_msg").substring(o.gateway.length());
        Operation groupSend = n -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            int g = r.nextInt(o.groups);
            // an outsider: a member of the next group (groups do not overlap when --outsiders is allowed)
            int senderGroup = o.outsiders > 0 && r.nextDouble() < o.outsiders ? (g + 1) % o.groups : g;
            String body = app.groupSendBody(
                    traffic.group(g),
                    traffic.member(senderGroup, r.nextInt(o.groupMembers), o.groupMembers),
                    msgRandom.getAndIncrement() & 0xFFFFFFFFL);
            return sender.post(groupTarget, body).thenApply(resp -> GatewayApp.classify(resp.status(), resp.body()));
        };
        Operation send = n -> {
            int[] pair = traffic.pair();
            String body = app.sendBody(
                    traffic.user(pair[0]), traffic.user(pair[1]), msgRandom.getAndIncrement() & 0xFFFFFFFFL);
            return sender.post(target, body).thenApply(r -> GatewayApp.classify(r.status(), r.body()));
        };

        try (sender) {
            return runRates(o, o.edge ? edge : o.groups > 0 ? groupSend : send, out);
        }
    }

    private static List<PhaseResult> runRates(BenchOptions o, Operation op, PrintStream out) {
        List<PhaseResult> results = new ArrayList<>();
        List<Double> rates = o.sendRates();
        for (int step = 0; step < rates.size(); step++) {
            double rate = rates.get(step);
            Machine.pause(o.pause, o.idleBelow, "send" + (rates.size() > 1 ? " step " + (step + 1) : ""), out);
            String title = rates.size() > 1
                    ? String.format(Locale.ROOT, "send, ramp step %d/%d", step + 1, rates.size())
                    : "send";
            PhaseResult r =
                    Driver.run(new Driver.Plan(title, rate, o.concurrencyLimit, o.warmup, o.seconds, o.timeout), op);
            r.print(
                    out,
                    o.groups > 0
                            ? "group_open_http_svc/send_group_msg, " + Traffic.TEXT.length()
                                    + "-character TIMTextElem, random member of " + o.groups + " Work groups of "
                                    + o.groupMembers
                                    + (o.outsiders > 0
                                            ? ", " + PhaseResult.num(o.outsiders * 100) + " % of posts from non-members"
                                            : "")
                                    + ", unique Random; latency includes the generator's own queueing"
                            : o.edge
                                    ? "openim/sendmsg with a JSON array as body, refused by the gateway itself (90001 counts"
                                            + " as OK): one HTTP hop, UserSig check, no owner; latency includes the"
                                            + " generator's own queueing"
                                    : "openim/sendmsg, " + Traffic.TEXT.length()
                                            + "-character TIMTextElem, random distinct pairs of " + o.users
                                            + " users, unique MsgRandom; latency includes the generator's own queueing");
            boolean meets = r.p99CountingFailures() < o.p99TargetMillis;
            out.printf(
                    Locale.ROOT,
                    "   verdict: %s/s %s p99 < %s ms (counting every request not answered OK as too slow)%n",
                    PhaseResult.num(rate),
                    meets ? "MEETS" : "MISSES",
                    PhaseResult.num(o.p99TargetMillis));
            results.add(r);
            if (!meets && rates.size() > 1 && !o.rampAll && step + 1 < rates.size()) {
                out.printf(
                        "%nsend: stopping the ramp at the first step that misses the target (--ramp-all runs all)%n");
                break;
            }
        }
        if (rates.size() > 1) {
            printRamp(results, o, out);
        }
        return results;
    }

    /**
     * Two threads for the setup client's response handling. The client's default, a cached pool, grows a thread per
     * concurrent answer and costs more CPU on a 2-core machine that also runs the stack; two were the cheapest and
     * steadiest in a comparison against a stub server (default pool, two threads, the selector thread itself).
     */
    private static ExecutorService httpExecutor() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(HTTP_THREADS, r -> {
            Thread t = new Thread(r, "sendbench-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static void printRamp(List<PhaseResult> results, BenchOptions o, PrintStream out) {
        out.println();
        out.printf(
                Locale.ROOT,
                "== send ramp summary (window %d s per step, warm-up %d s, target p99 < %s ms)%n",
                o.seconds,
                o.warmup,
                PhaseResult.num(o.p99TargetMillis));
        out.printf(
                Locale.ROOT,
                "   %8s %9s %9s %7s %9s %9s %9s %9s %10s  %s%n",
                "rate/s",
                "OK/s",
                "done/s",
                "not OK",
                "p50 slot",
                "p99 slot",
                "max slot",
                "p99 send",
                "p99 w/fail",
                "verdict");
        Double best = null;
        for (PhaseResult r : results) {
            boolean meets = r.p99CountingFailures() < o.p99TargetMillis;
            if (meets && (best == null || r.plan().rate() > best)) {
                best = r.plan().rate();
            }
            out.printf(
                    Locale.ROOT,
                    "   %8s %9.1f %9.1f %7d %9s %9s %9s %9s %10s  %s%n",
                    PhaseResult.num(r.plan().rate()),
                    r.okRate(),
                    r.completionRate(),
                    r.notOk(),
                    PhaseResult.ms(r.fromSlot(0.50)),
                    PhaseResult.ms(r.fromSlot(0.99)),
                    PhaseResult.ms(r.fromSlot(1.0)),
                    PhaseResult.ms(r.fromSend(0.99)),
                    PhaseResult.ms(r.p99CountingFailures()),
                    meets ? "meets" : "misses");
        }
        out.printf(
                Locale.ROOT,
                "   highest rate meeting p99 < %s ms: %s%n",
                PhaseResult.num(o.p99TargetMillis),
                best == null ? "none of the steps" : PhaseResult.num(best) + "/s");
    }
}
