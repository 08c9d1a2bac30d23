package dev.parley.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.parley.model.usersig.UserSigCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway plus the services that own commands, started as packaged jars against the test Kafka and
 * Cassandra, and a Tencent REST client for apps registered through auth's console. The gateway is the only door
 * the tests call for Tencent commands, as a business backend would.
 */
final class TencentStack implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A harmless command per owner service, to see whether it knows an app yet. */
    private static final Map<String, String> PROBES = Map.of(
            "group-service", "group_open_http_svc/get_appid_group_list",
            "relationship-service", "profile/portrait_get",
            "message-service", "openim/admin_getroammsg");

    private static TencentStack messaging;
    private static boolean sharedBusy;

    final ServiceProcess auth;
    final ServiceProcess gateway;
    final Map<String, ServiceProcess> owners = new HashMap<>();
    private final Map<String, String> ownerDirs = new HashMap<>();
    private final Map<String, Map<String, String>> ownerEnvs = new HashMap<>();
    private final List<ServiceProcess> started = new ArrayList<>();

    /**
     * Starts auth, the given owner services (name → module dir, e.g. group-service → services/group) and the
     * gateway routing to them.
     *
     * @param ownerEnv extra environment for the owner services
     */
    TencentStack(Map<String, String> ownerModules, Map<String, String> ownerEnv) {
        auth = start("auth-service", "services/auth", Map.of());
        Map<String, String> gatewayEnv = new HashMap<>();
        gatewayEnv.put("PARLEY_OWNER_AUTH", "http://127.0.0.1:" + auth.port);
        ownerModules.forEach((name, dir) -> {
            Map<String, String> env = new HashMap<>(ownerEnv);
            env.put("PARLEY_OWNER_AUTH", "http://127.0.0.1:" + auth.port);
            ServiceProcess owner = start(name, dir, env);
            ownerDirs.put(name, dir);
            ownerEnvs.put(name, env);
            owners.put(name, owner);
            gatewayEnv.put(ownerKey(name), "http://127.0.0.1:" + owner.port);
        });
        gateway = start("gateway-service", "services/gateway", gatewayEnv);
        try {
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> started.stream().allMatch(s -> s.readinessStatus() == 200));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Kills an owner service with SIGKILL, as a crash would, starts it again on the same port with the same
     * environment, and waits until it is ready.
     */
    void crashAndRestart(String name) {
        synchronized (TencentStack.class) {
            boolean shared = this == messaging;
            sharedBusy = shared;
            try {
                restart(name);
            } finally {
                sharedBusy = false;
            }
        }
    }

    private void restart(String name) {
        ServiceProcess old = owners.get(name);
        old.kill();
        started.remove(old);
        ServiceProcess fresh = ServiceProcess.start(
                name, ownerDirs.get(name), TestEnv.kafka(), TestEnv.cassandra(), ownerEnvs.get(name), old.port);
        started.add(fresh);
        owners.put(name, fresh);
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> fresh.readinessStatus() == 200);
    }

    private ServiceProcess start(String name, String dir, Map<String, String> env) {
        ServiceProcess process = ServiceProcess.start(name, dir, TestEnv.kafka(), TestEnv.cassandra(), env);
        started.add(process);
        return process;
    }

    private static String ownerKey(String serviceName) {
        return "PARLEY_OWNER_"
                + serviceName
                        .replace("-service", "")
                        .toUpperCase(java.util.Locale.ROOT)
                        .replace('-', '_');
    }

    /**
     * One stack with the group, relationship and message services, shared by the messaging test classes (each
     * registers its own apps): one start-up instead of one per class. It is stopped as soon as any other service
     * process starts ({@link #releaseShared()}: two instances of a service would split its consumer groups'
     * partitions), and at the latest when the test JVM exits.
     */
    static synchronized TencentStack messaging() {
        if (messaging == null) {
            sharedBusy = true;
            try {
                TencentStack stack = new TencentStack(
                        Map.of(
                                "group-service", "services/group",
                                "relationship-service", "services/relationship",
                                "message-service", "services/message"),
                        Map.of("PARLEY_CONVERSATIONS_PAGE_SIZE", "3", "PARLEY_MESSAGE_EXPORT_CURRENT_HOUR", "true"));
                // SIGKILL at JVM exit: a graceful stop could outlive the test JVM and leave processes that
                // would join the next run's consumer groups
                Runtime.getRuntime().addShutdownHook(new Thread(stack::kill));
                messaging = stack;
            } finally {
                sharedBusy = false;
            }
        }
        return messaging;
    }

    /** Kills every process of this stack at once. */
    void kill() {
        started.forEach(ServiceProcess::kill);
    }

    /** Stops the shared messaging stack, unless it is the one starting a process. */
    static synchronized void releaseShared() {
        if (messaging != null && !sharedBusy) {
            TencentStack stack = messaging;
            messaging = null;
            stack.close();
        }
    }

    /** A registered app and a Tencent REST client acting as its admin {@code administrator}. */
    App register(String edition, String settingsJson) {
        String id = Long.toString(1_500_000_000L + ThreadLocalRandom.current().nextLong(400_000_000L));
        String secret = Long.toHexString(ThreadLocalRandom.current().nextLong()) + "e2e"
                + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ServiceProcess.Reply created = auth.postJson(
                "/console/v1/apps",
                "{\"sdkAppId\":\"" + id + "\",\"name\":\"E2E\",\"edition\":\"" + edition + "\",\"region\":\"china\","
                        + "\"secretKey\":\"" + secret + "\",\"admins\":[\"administrator\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        App app = new App(id, secret);
        if (settingsJson != null) {
            ServiceProcess.Reply configured =
                    auth.putJson("/console/v1/apps/" + id, "{\"settings\":" + settingsJson + "}");
            assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> app.call("im_open_login_svc/account_check", "{\"CheckItem\":[{\"UserID\":\"x\"}]}")
                                .path("ErrorCode")
                                .asInt()
                        == 0);
        // Every owner learns the app from im.app.events; wait until each answers something other than 60006.
        for (String owner : owners.keySet()) {
            String probe = PROBES.get(owner);
            if (probe != null) {
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> app.call(probe, "{}").path("ErrorCode").asInt() != 60006);
            }
        }
        return app;
    }

    /** One app seen from its backend. */
    final class App {
        final String id;
        final String secret;

        App(String id, String secret) {
            this.id = id;
            this.secret = secret;
        }

        /** POST /v4/{path} as {@code administrator}; asserts HTTP 200 and returns the Tencent body. */
        JsonNode call(String path, String body) {
            String sig = UserSigCodec.generate(Long.parseLong(id), secret, "administrator");
            String query = "sdkappid=" + id + "&identifier=administrator&usersig=" + sig + "&random="
                    + ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE) + "&contenttype=json";
            ServiceProcess.Reply reply = gateway.postJson("/v4/" + path + "?" + query, body);
            assertThat(reply.statusCode()).as(path + " " + reply.body()).isEqualTo(200);
            try {
                return JSON.readTree(reply.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + reply.body(), e);
            }
        }

        /** The Tencent {@code ErrorCode} of a call. */
        int code(String path, String body) {
            return call(path, body).path("ErrorCode").asInt();
        }

        /**
         * Creates a group with {@code command} ({@code create_group} or {@code import_group} of {@code
         * group_open_http_svc}), asserts success and waits until the message service knows it.
         *
         * @return the GroupId
         */
        String createKnownGroup(String command, String body) {
            JsonNode created = call("group_open_http_svc/" + command, body);
            assertThat(created.path("ErrorCode").asInt()).as(created.toString()).isZero();
            String id = created.path("GroupId").asText();
            awaitGroupKnown(id);
            return id;
        }

        /**
         * Waits until the message service learnt a group from {@code im.group.events}: {@code group_msg_get_simple}
         * stops answering 10010 (no such group).
         */
        void awaitGroupKnown(String groupId) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> code(
                                    "group_open_http_svc/group_msg_get_simple",
                                    "{\"GroupId\":\"" + groupId + "\",\"ReqMsgNumber\":1}")
                            != 10010);
        }

        /** Imports accounts and asserts success. */
        void importAccounts(String... userIds) {
            StringBuilder items = new StringBuilder();
            for (String userId : userIds) {
                items.append(items.length() == 0 ? "" : ",")
                        .append('"')
                        .append(userId)
                        .append('"');
            }
            JsonNode reply = call("im_open_login_svc/multiaccount_import", "{\"Accounts\":[" + items + "]}");
            assertThat(reply.path("ErrorCode").asInt()).as(reply.toString()).isZero();
        }
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
