package dev.parley.gateway.app;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.logging.MDC;

import dev.parley.gateway.client.OwnerClient;
import dev.parley.gateway.store.CredentialStore;
import dev.parley.gateway.store.Credentials;
import dev.parley.gateway.store.KickStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.error.JsonParseCodes;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.events.EventCodec;
import dev.parley.platform.tencent.TencentReply;

/**
 * The Tencent REST door. Checks a request in Tencent's order (protocol notes §1.6): resource 60009, SDKAppID
 * 60012/60006, identifier 60004, UserSig 70002/70003/70001/70009/70013/70014 (70016 without a key, 70052 after a
 * kick), administrator 60010, rate 60007, body JSON (the service's parse code), then hands the command to its
 * owner. Every outcome is a Tencent body; nothing here throws for bad input.
 */
@ApplicationScoped
public class RestEdge {
    private static final long MAX_SDKAPPID = 4_294_967_295L;

    private final CommandRoutes routes;
    private final AppDirectory apps;
    private final CredentialStore credentials;
    private final KickStore kicks;
    private final UserSigVerifier verifier;
    private final RateLimiter limiter;
    private final OwnerClient owners;
    private final CommandRoutes.Owners config;

    RestEdge(
            CommandRoutes routes,
            AppDirectory apps,
            CredentialStore credentials,
            KickStore kicks,
            UserSigVerifier verifier,
            RateLimiter limiter,
            OwnerClient owners,
            CommandRoutes.Owners config) {
        this.routes = routes;
        this.apps = apps;
        this.credentials = credentials;
        this.kicks = kicks;
        this.verifier = verifier;
        this.limiter = limiter;
        this.owners = owners;
        this.config = config;
    }

    /**
     * Answers one request with a Tencent body (JSON text). The checks run on the calling thread; the owner's answer
     * completes the stage without holding it.
     */
    public CompletionStage<String> handle(RestRequest request) {
        Optional<String> owner = routes.ownerUrl(request.service(), request.command());
        if (owner.isEmpty()) {
            return fail(TencentReply.fail(ErrorCode.BAD_RESOURCE));
        }
        if (isBlank(request.sdkAppId())) {
            return fail(TencentReply.fail(ErrorCode.SDKAPPID_MISSING));
        }
        long sdkAppId = parseSdkAppId(request.sdkAppId());
        Optional<AppInfo> app = sdkAppId < 0 ? Optional.empty() : apps.find(Long.toString(sdkAppId));
        if (app.isEmpty()) {
            return fail(TencentReply.fail(ErrorCode.SDKAPPID_INVALID));
        }
        String appId = app.get().appId();
        MDC.put("appId", appId);
        try {
            return authenticated(request, app.get(), sdkAppId, owner.get());
        } finally {
            MDC.remove("appId");
        }
    }

    private CompletionStage<String> authenticated(RestRequest request, AppInfo app, long sdkAppId, String ownerUrl) {
        if (isBlank(request.identifier())) {
            return fail(TencentReply.fail(
                    ErrorCode.ACCOUNT_OR_SIGNATURE_INVALID, "identifier missing from the request URL"));
        }
        if (request.userSig() == null || request.userSig().isEmpty()) {
            return fail(TencentReply.fail(ErrorCode.USERSIG_EMPTY));
        }
        Optional<Credentials> key = credentials.find(app.appId());
        if (key.isEmpty()) {
            return fail(TencentReply.fail(ErrorCode.APP_KEY_NOT_FOUND));
        }
        ErrorCode sig = verifier.verify(
                request.userSig(),
                sdkAppId,
                request.identifier(),
                key.get().secretKey(),
                key.get().keyVersion(),
                kicks.lastKick(app.appId(), request.identifier()).orElse(null),
                Instant.now());
        if (sig != ErrorCode.SUCCESS) {
            return fail(TencentReply.fail(sig));
        }
        if (!app.isAdmin(request.identifier())) {
            return fail(TencentReply.fail(ErrorCode.ADMIN_REQUIRED));
        }
        String path = request.service() + "/" + request.command();
        if (!limiter.tryAcquire(app.appId() + "/" + path, app.settings().restRateLimitPerSecond())) {
            return fail(TencentReply.fail(ErrorCode.REST_RATE_LIMITED));
        }
        String body = forwardableBody(request.body());
        if (body == null) {
            return fail(TencentReply.fail(
                    JsonParseCodes.forService(request.service()), "Fail to Parse json data of body, Please check it"));
        }
        return owners.call(
                        ownerUrl,
                        path,
                        app.appId(),
                        request.identifier(),
                        UUID.randomUUID().toString(),
                        body,
                        config.ownerTimeout())
                .thenApply(reply -> reply.orElseGet(
                        () -> TencentReply.fail(ErrorCode.SERVICE_TIMEOUT).toString()));
    }

    private static CompletionStage<String> fail(ObjectNode reply) {
        return CompletableFuture.completedFuture(reply.toString());
    }

    /**
     * The body to hand to the owner: the text itself when it is one JSON object (checked by streaming, without
     * building a tree), {@code {}} for an empty body, the object re-written when text follows it; null when it is
     * not a JSON object.
     */
    static String forwardableBody(String body) {
        if (body == null || body.isBlank()) {
            return "{}";
        }
        try (JsonParser parser = EventCodec.json().getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            parser.skipChildren();
            if (parser.getCurrentToken() != JsonToken.END_OBJECT) {
                return null;
            }
            if (endsAfterValue(parser)) {
                return body;
            }
        } catch (IOException e) {
            return null;
        }
        try {
            JsonNode tree = EventCodec.json().readTree(body);
            return tree instanceof ObjectNode object ? object.toString() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static boolean endsAfterValue(JsonParser parser) {
        try {
            return parser.nextToken() == null;
        } catch (IOException trailingText) {
            return false;
        }
    }

    /** The SDKAppID as a uint32, or -1 when it is not one. */
    static long parseSdkAppId(String value) {
        if (value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long id = Long.parseLong(value);
        return id > 0 && id <= MAX_SDKAPPID ? id : -1;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
