package dev.parley.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.parley.model.usersig.UserSigCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A business backend's view of Parley: the packaged gateway and auth services on the real servers, driven only
 * through Tencent's documented REST format, asserting Tencent's bodies and exact error codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TencentRestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "e2e-only";

    private ServiceProcess auth;
    private ServiceProcess gateway;
    private int httpsPort;
    private HttpClient https;
    private final String appId = freshAppId();
    private final String secret =
            "e2e" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "0123456789abcdef";

    @BeforeAll
    void start() throws Exception {
        Path keystore = TestEnv.repoRoot().resolve("e2e/target/e2e-gateway.p12");
        Files.deleteIfExists(keystore);
        run(
                "keytool",
                "-genkeypair",
                "-alias",
                "gw",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        auth = ServiceProcess.start("auth-service", "services/auth", TestEnv.kafka(), TestEnv.cassandra());
        httpsPort = ServiceProcess.freePort();
        gateway = ServiceProcess.start(
                "gateway-service",
                "services/gateway",
                TestEnv.kafka(),
                TestEnv.cassandra(),
                Map.of(
                        "PARLEY_OWNER_AUTH",
                        "http://127.0.0.1:" + auth.port,
                        "PARLEY_HTTPS_PORT",
                        Integer.toString(httpsPort),
                        "QUARKUS_HTTP_SSL_CERTIFICATE_KEY_STORE_FILE",
                        keystore.toString(),
                        "QUARKUS_HTTP_SSL_CERTIFICATE_KEY_STORE_PASSWORD",
                        PASSWORD));
        await().atMost(Duration.ofSeconds(180))
                .until(() -> auth.readinessStatus() == 200 && gateway.readinessStatus() == 200);
        https = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
        register(appId, "trial", secret, "[\"administrator\",\"ops\"]");
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (auth != null) {
            auth.close();
        }
    }

    @Test
    void should_import_over_https_with_a_usersig_from_tencents_npm_generator() throws Exception {
        String sig = tencentNpmSig(Long.parseLong(appId), secret, "administrator");
        JsonNode imported = httpsCall(
                "im_open_login_svc/account_import",
                query(appId, "administrator", sig),
                "{\"UserID\":\"npm_user\",\"Nick\":\"N\"}");
        assertThat(imported.toString()).isEqualTo("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}");
        JsonNode check = call(
                "im_open_login_svc/account_check",
                admin(),
                "{\"CheckItem\":[{\"UserID\":\"npm_user\"},{\"UserID\":\"never_imported\"}]}");
        assertThat(check.get("ErrorCode").asInt()).isZero();
        assertThat(check.at("/ResultItem/0/AccountStatus").asText()).isEqualTo("Imported");
        assertThat(check.at("/ResultItem/1/AccountStatus").asText()).isEqualTo("NotImported");
        assertThat(check.at("/ResultItem/1/ResultCode").asInt()).isZero();
    }

    @Test
    void should_answer_tencent_codes_in_tencent_order_for_bad_urls_and_sigs() {
        long app = Long.parseLong(appId);
        String other = Long.toString(app + 1);
        assertThat(code("im_open_login_svc/no_such_command", admin(), "{}")).isEqualTo(60009);
        assertThat(code("no_such_service/account_check", admin(), "{}")).isEqualTo(60009);
        assertThat(rawCode("/v3/im_open_login_svc/account_check?" + admin(), "{}"))
                .isEqualTo(60009);
        assertThat(code("im_open_login_svc/account_check", "identifier=administrator&usersig=x", "{}"))
                .isEqualTo(60012);
        assertThat(code("im_open_login_svc/account_check", "sdkappid=abc&identifier=administrator&usersig=x", "{}"))
                .isEqualTo(60006);
        assertThat(code("im_open_login_svc/account_check", query(other, "administrator", sig("administrator")), "{}"))
                .isEqualTo(60006);
        assertThat(code("im_open_login_svc/account_check", "sdkappid=" + appId + "&usersig=x", "{}"))
                .isEqualTo(60004);
        assertThat(code("im_open_login_svc/account_check", "sdkappid=" + appId + "&identifier=administrator", "{}"))
                .isEqualTo(70002);
        assertThat(code("im_open_login_svc/account_check", query(appId, "administrator", "garbage!!"), "{}"))
                .isEqualTo(70003);
        String otherKey = UserSigCodec.generate(app, "another-secret-key-000000", "administrator");
        assertThat(code("im_open_login_svc/account_check", query(appId, "administrator", otherKey), "{}"))
                .isEqualTo(70009);
        assertThat(code("im_open_login_svc/account_check", query(appId, "administrator", sig("ops")), "{}"))
                .isEqualTo(70013);
        String otherApp = UserSigCodec.generate(app + 7, secret, "administrator");
        assertThat(code("im_open_login_svc/account_check", query(appId, "administrator", otherApp), "{}"))
                .isEqualTo(70014);
        long past = Instant.now().getEpochSecond() - 7200;
        String expired = UserSigCodec.generate(app, secret, "administrator", 60, past);
        assertThat(code("im_open_login_svc/account_check", query(appId, "administrator", expired), "{}"))
                .isEqualTo(70001);
        assertThat(code("im_open_login_svc/account_check", query(appId, "alice", sig("alice")), "{}"))
                .isEqualTo(60010);
        assertThat(code("im_open_login_svc/account_check", admin(), "{not json"))
                .isEqualTo(70402);
        assertThat(code("im_open_login_svc/account_check", admin(), "[1,2]")).isEqualTo(70402);
        assertThat(code("im_open_login_svc/account_check", admin(), "")).isEqualTo(70402);
        assertThat(code("im_open_login_svc/account_import", admin(), "{\"UserID\":\"" + "x".repeat(33) + "\"}"))
                .isEqualTo(70402);
        assertThat(code("im_open_login_svc/account_import", admin(), "{\"UserID\":42}"))
                .isEqualTo(70402);
    }

    @Test
    void should_refuse_the_101st_account_of_a_trial_app() throws Exception {
        String trial = freshAppId();
        register(trial, "trial", secret, "[\"administrator\"]");
        String q = query(trial, "administrator", UserSigCodec.generate(Long.parseLong(trial), secret, "administrator"));
        StringBuilder accounts = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            accounts.append(i == 0 ? "" : ",").append("\"u").append(i).append('"');
        }
        JsonNode batch = call("im_open_login_svc/multiaccount_import", q, "{\"Accounts\":[" + accounts + "]}");
        assertThat(batch.get("ErrorCode").asInt()).isZero();
        assertThat(batch.get("FailAccounts")).isEmpty();
        assertThat(code("im_open_login_svc/account_import", q, "{\"UserID\":\"u1\"}"))
                .as("re-import")
                .isZero();
        assertThat(code("im_open_login_svc/account_import", q, "{\"UserID\":\"u100\"}"))
                .isEqualTo(70398);
        JsonNode deleted = call(
                "im_open_login_svc/account_delete",
                q,
                "{\"DeleteItem\":[{\"UserID\":\"u1\"},{\"UserID\":\"nobody\"}]}");
        assertThat(deleted.at("/ResultItem/0/ResultCode").asInt()).isZero();
        assertThat(deleted.at("/ResultItem/1/ResultCode").asInt()).isEqualTo(70107);
        assertThat(code("im_open_login_svc/account_import", q, "{\"UserID\":\"u100\"}"))
                .isZero();
    }

    @Test
    void should_refuse_account_delete_on_a_pro_app() throws Exception {
        String pro = freshAppId();
        register(pro, "pro", secret, "[\"administrator\"]");
        String q = query(pro, "administrator", UserSigCodec.generate(Long.parseLong(pro), secret, "administrator"));
        assertThat(code("im_open_login_svc/account_import", q, "{\"UserID\":\"keep\"}"))
                .isZero();
        assertThat(code("im_open_login_svc/account_delete", q, "{\"DeleteItem\":[{\"UserID\":\"keep\"}]}"))
                .isEqualTo(60017);
    }

    @Test
    void should_invalidate_earlier_usersigs_when_an_account_is_kicked() throws Exception {
        String before = sig("ops");
        assertThat(code("im_open_login_svc/account_import", admin(), "{\"UserID\":\"ops\"}"))
                .isZero();
        assertThat(code(
                        "im_open_login_svc/account_check",
                        query(appId, "ops", before),
                        "{\"CheckItem\":[{\"UserID\":\"ops\"}]}"))
                .isZero();
        assertThat(code("im_open_login_svc/kick", admin(), "{\"UserID\":\"ops\"}"))
                .isZero();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> code(
                                "im_open_login_svc/account_check",
                                query(appId, "ops", before),
                                "{\"CheckItem\":[{\"UserID\":\"ops\"}]}")
                        == 70052);
        Thread.sleep(1100);
        assertThat(code(
                        "im_open_login_svc/account_check",
                        query(appId, "ops", sig("ops")),
                        "{\"CheckItem\":[{\"UserID\":\"ops\"}]}"))
                .isZero();
        assertThat(code("im_open_login_svc/kick", admin(), "{\"UserID\":\"never_imported\"}"))
                .isEqualTo(70107);
    }

    @Test
    void should_reject_old_usersigs_with_70009_after_a_key_reset() throws Exception {
        String reset = freshAppId();
        register(reset, "pro", secret, "[\"administrator\"]");
        long id = Long.parseLong(reset);
        String old = query(reset, "administrator", UserSigCodec.generate(id, secret, "administrator"));
        assertThat(code("im_open_login_svc/account_check", old, "{\"CheckItem\":[{\"UserID\":\"a\"}]}"))
                .isZero();
        JsonNode rotated = JSON.readTree(auth.postJson("/console/v1/apps/" + reset + "/secret/reset", "{}")
                .body());
        String newKey = rotated.get("secretKey").asText();
        assertThat(newKey).isNotEqualTo(secret);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        code("im_open_login_svc/account_check", old, "{\"CheckItem\":[{\"UserID\":\"a\"}]}") == 70009);
        String fresh = query(reset, "administrator", UserSigCodec.generate(id, newKey, "administrator"));
        assertThat(code("im_open_login_svc/account_check", fresh, "{\"CheckItem\":[{\"UserID\":\"a\"}]}"))
                .isZero();
    }

    @Test
    void should_answer_60007_when_an_app_exceeds_its_rest_rate() throws Exception {
        String limited = freshAppId();
        register(limited, "pro", secret, "[\"administrator\"]");
        assertThat(auth.putJson(
                                "/console/v1/apps/" + limited,
                                "{\"settings\":{\"historyRetentionDays\":7,\"friendCheckOnSend\":false,"
                                        + "\"blacklistShowSuccess\":true,\"restRateLimitPerSecond\":3,"
                                        + "\"groupAppDefinedKeys\":[],\"memberAppDefinedKeys\":[],\"callback\":null}}")
                        .statusCode())
                .isEqualTo(200);
        String q = query(
                limited, "administrator", UserSigCodec.generate(Long.parseLong(limited), secret, "administrator"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            int limitedCalls = 0;
            for (int i = 0; i < 10; i++) {
                if (code("im_open_login_svc/account_check", q, "{\"CheckItem\":[{\"UserID\":\"a\"}]}") == 60007) {
                    limitedCalls++;
                }
            }
            return limitedCalls > 0;
        });
    }

    @Test
    void should_send_cors_headers_and_status_200_for_every_api_outcome() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/v4/im_open_login_svc/account_check?sdkappid=1"))
                                .POST(HttpRequest.BodyPublishers.ofString("{"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("POST");
        assertThat(JSON.readTree(response.body()).get("ActionStatus").asText()).isEqualTo("FAIL");
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> other = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base() + "/v4/im_open_login_svc/account_check"))
                                    .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).as(method).isEqualTo(200);
            assertThat(JSON.readTree(other.body()).get("ErrorCode").asInt())
                    .as(method)
                    .isEqualTo(60002);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private void register(String id, String edition, String key, String admins) throws Exception {
        ServiceProcess.Reply created = auth.postJson(
                "/console/v1/apps",
                "{\"sdkAppId\":\"" + id + "\",\"name\":\"E2E\",\"edition\":\"" + edition + "\",\"region\":\"china\","
                        + "\"secretKey\":\"" + key + "\",\"admins\":" + admins + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String q = query(id, "administrator", UserSigCodec.generate(Long.parseLong(id), key, "administrator"));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> code("im_open_login_svc/account_check", q, "{\"CheckItem\":[{\"UserID\":\"x\"}]}") == 0);
    }

    private String sig(String identifier) {
        return UserSigCodec.generate(Long.parseLong(appId), secret, identifier);
    }

    private String admin() {
        return query(appId, "administrator", sig("administrator"));
    }

    private static String query(String app, String identifier, String sig) {
        return "sdkappid=" + app + "&identifier=" + identifier + "&usersig=" + sig + "&random="
                + ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE) + "&contenttype=json";
    }

    private String base() {
        return "http://127.0.0.1:" + gateway.port;
    }

    private int code(String path, String query, String body) {
        return rawCode("/v4/" + path + "?" + query, body);
    }

    private int rawCode(String pathAndQuery, String body) {
        ServiceProcess.Reply reply = gateway.postJson(pathAndQuery, body);
        assertThat(reply.statusCode()).as(pathAndQuery).isEqualTo(200);
        try {
            return JSON.readTree(reply.body()).get("ErrorCode").asInt();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + reply.body(), e);
        }
    }

    private JsonNode call(String path, String query, String body) throws IOException {
        ServiceProcess.Reply reply = gateway.postJson("/v4/" + path + "?" + query, body);
        assertThat(reply.statusCode()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private JsonNode httpsCall(String path, String query, String body) throws Exception {
        HttpResponse<String> response = https.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/v4/" + path + "?" + query))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A UserSig made by Tencent's published Node generator (npm package tls-sig-api-v2), not by Parley's codec. */
    private static String tencentNpmSig(long sdkAppId, String key, String identifier) throws Exception {
        Path dir = TestEnv.repoRoot().resolve("e2e/target/npm");
        if (!Files.isDirectory(dir.resolve("node_modules/tls-sig-api-v2"))) {
            Files.createDirectories(dir);
            run(
                    "npm",
                    "install",
                    "--prefix",
                    dir.toString(),
                    "--no-audit",
                    "--no-fund",
                    "--silent",
                    "tls-sig-api-v2@1.0.2");
        }
        Process node = new ProcessBuilder(
                        "node",
                        "-e",
                        "const T=require('tls-sig-api-v2');process.stdout.write(new T.Api(" + sdkAppId + ",'" + key
                                + "').genSig('" + identifier + "',86400))")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String sig = new String(node.getInputStream().readAllBytes()).strip();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(sig).isZero();
        return sig;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static String freshAppId() {
        return Long.toString(1_500_000_000L + ThreadLocalRandom.current().nextLong(400_000_000L));
    }
}
