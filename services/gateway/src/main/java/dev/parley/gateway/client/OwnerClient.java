package dev.parley.gateway.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.parley.platform.tencent.InternalCommandResource;

/**
 * Hands an authenticated command to the service that owns it over HTTP ({@code /internal/v4/...}, ADR-0005) and
 * returns its Tencent body as the owner wrote it. Asynchronous on Vert.x with a pool of keep-alive connections per
 * owner, so a waiting command holds no thread. Empty when the owner cannot be reached or does not answer HTTP 200
 * in time; the edge answers 60008 then.
 */
@ApplicationScoped
public class OwnerClient {
    private final HttpClient http;

    OwnerClient(Vertx vertx, @ConfigProperty(name = "parley.gateway.owner-connections", defaultValue = "64") int pool) {
        this.http = vertx.createHttpClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setPipelining(false)
                        .setConnectTimeout(2_000)
                        .setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(pool).setMaxWaitQueueSize(-1));
    }

    /**
     * @param baseUrl owner base URL
     * @param path {@code service/command}
     * @param appId verified SDKAppID
     * @param identifier verified admin
     * @param requestId request id
     * @param body the request's JSON object, as text
     * @param timeout time allowed
     * @return completes with the owner's Tencent body, or empty on failure; never exceptionally
     */
    public CompletionStage<Optional<String>> call(
            String baseUrl,
            String path,
            String appId,
            String identifier,
            String requestId,
            String body,
            Duration timeout) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(baseUrl + "/internal/v4/" + path)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader(InternalCommandResource.APP_HEADER, appId)
                .putHeader(InternalCommandResource.IDENTIFIER_HEADER, identifier)
                .putHeader(InternalCommandResource.REQUEST_HEADER, requestId);
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        http.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> {
                    if (response.statusCode() != 200) {
                        Log.warnf("App %s: owner of %s answered HTTP %d", appId, path, response.statusCode());
                        return response.body().map(ignored -> (String) null);
                    }
                    return response.body().map(Buffer::toString);
                })
                .onComplete(result -> {
                    if (result.failed()) {
                        Log.warnf(
                                "App %s: owner of %s failed: %s",
                                appId, path, result.cause().toString());
                        answer.complete(Optional.empty());
                    } else {
                        answer.complete(Optional.ofNullable(result.result()));
                    }
                });
        return answer.completeOnTimeout(Optional.empty(), timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
