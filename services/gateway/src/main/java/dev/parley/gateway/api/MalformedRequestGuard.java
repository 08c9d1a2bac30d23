package dev.parley.gateway.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.parley.model.error.ErrorCode;
import dev.parley.platform.tencent.TencentReply;

/**
 * Answers requests to {@code /v4/...} that never reach {@link V4Resource} in Tencent's way instead of with a bare
 * HTTP 400/405: a query string that is not valid percent-encoding, or a method other than POST, GET or OPTIONS.
 * Both get HTTP 200 and 60002 (HTTP parse error).
 */
@ApplicationScoped
public class MalformedRequestGuard {
    void install(@Observes Router router) {
        router.routeWithRegex("/v4/.*").order(-100).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        boolean methodOk = method == HttpMethod.POST || method == HttpMethod.GET || method == HttpMethod.OPTIONS;
        if (methodOk && decodable(ctx.request().query())) {
            ctx.next();
            return;
        }
        ctx.response()
                .setStatusCode(200)
                .putHeader("Content-Type", "application/json")
                .putHeader("Access-Control-Allow-Origin", "*")
                .putHeader("Access-Control-Allow-Headers", "X-Requested-With")
                .putHeader("Access-Control-Allow-Methods", "POST")
                .end(TencentReply.fail(ErrorCode.HTTP_PARSE).toString());
    }

    static boolean decodable(String query) {
        if (query == null) {
            return true;
        }
        try {
            for (String pair : query.split("&")) {
                URLDecoder.decode(pair, StandardCharsets.UTF_8);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
