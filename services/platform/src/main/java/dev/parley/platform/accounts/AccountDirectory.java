package dev.parley.platform.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.cassandra.Cql;
import dev.parley.platform.tencent.InternalCommandResource;

/**
 * Which accounts exist (10019, 30003, 40003 ...). A service keeps its own copy in {@code known_accounts} from
 * {@code im.account.events}; a UserID it has not seen yet (an import a moment ago, still in flight on Kafka) is confirmed with auth's
 * {@code account_check}, so "import, then create a group" works at once as it does on Tencent.
 */
@ApplicationScoped
public class AccountDirectory {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How long a replica trusts that an account it saw exists (another replica's delete shows after this). */
    static final long CONFIRMED_MILLIS = 30_000;

    private static final int CONFIRMED_MAX = 200_000;

    private final Cql cql;
    private final String authUrl;
    private final Map<String, Long> confirmed = new ConcurrentHashMap<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    AccountDirectory(Cql cql, @ConfigProperty(name = "parley.accounts.auth-url") String authUrl) {
        this.cql = cql;
        this.authUrl = authUrl;
    }

    /** Records an imported account (from the account stream). */
    public void imported(String appId, String userId) {
        cql.execute("INSERT INTO {ks}.known_accounts (app_id, user_id) VALUES (?, ?)", appId, userId);
    }

    private void remember(String appId, String userId) {
        if (confirmed.size() >= CONFIRMED_MAX) {
            confirmed.clear();
        }
        confirmed.put(appId + ":" + userId, System.currentTimeMillis() + CONFIRMED_MILLIS);
    }

    private boolean recentlyConfirmed(String appId, String userId) {
        Long until = confirmed.get(appId + ":" + userId);
        return until != null && until > System.currentTimeMillis();
    }

    /** Forgets a deleted account (from the account stream). */
    public void deleted(String appId, String userId) {
        confirmed.remove(appId + ":" + userId);
        cql.execute("DELETE FROM {ks}.known_accounts WHERE app_id = ? AND user_id = ?", appId, userId);
    }

    /**
     * The UserIDs among {@code userIds} that are not imported accounts of the app. An account seen in the last
     * {@value #CONFIRMED_MILLIS} ms is taken as existing without a read.
     */
    public Set<String> missing(AppInfo app, Collection<String> userIds) {
        Set<String> unknown = new HashSet<>(userIds);
        unknown.removeIf(id -> recentlyConfirmed(app.appId(), id));
        if (unknown.isEmpty()) {
            return unknown;
        }
        List<String> ids = new ArrayList<>(unknown);
        for (int from = 0; from < ids.size(); from += 100) {
            cql.execute(
                            "SELECT user_id FROM {ks}.known_accounts WHERE app_id = ? AND user_id IN ?",
                            app.appId(),
                            ids.subList(from, Math.min(ids.size(), from + 100)))
                    .forEach(row -> {
                        unknown.remove(row.getString(0));
                        remember(app.appId(), row.getString(0));
                    });
        }
        if (!unknown.isEmpty()) {
            confirmWithAuth(app, unknown);
        }
        return unknown;
    }

    private void confirmWithAuth(AppInfo app, Set<String> unknown) {
        List<String> ids = new ArrayList<>(unknown);
        for (int from = 0; from < ids.size(); from += 100) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode items = body.putArray("CheckItem");
            ids.subList(from, Math.min(ids.size(), from + 100))
                    .forEach(id -> items.addObject().put("UserID", id));
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(authUrl + "/internal/v4/im_open_login_svc/account_check"))
                                .timeout(Duration.ofSeconds(3))
                                .header("Content-Type", "application/json")
                                .header(InternalCommandResource.APP_HEADER, app.appId())
                                .header(
                                        InternalCommandResource.IDENTIFIER_HEADER,
                                        app.admins().isEmpty()
                                                ? "administrator"
                                                : app.admins().get(0))
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                for (JsonNode item : JSON.readTree(response.body()).path("ResultItem")) {
                    if ("Imported".equals(item.path("AccountStatus").asText())) {
                        String userId = item.path("UserID").asText();
                        unknown.remove(userId);
                        imported(app.appId(), userId);
                        remember(app.appId(), userId);
                    }
                }
            } catch (Exception e) {
                // Auth unreachable: the local copy decides; the caller answers 10019 for what it cannot confirm.
                Log.warnf(
                        "App %s: account check with auth failed: %s",
                        app.appId(), e.getClass().getSimpleName());
            }
        }
    }
}
