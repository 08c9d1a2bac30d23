package dev.parley.gateway.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;

import dev.parley.platform.events.EventCodec;
import dev.parley.platform.tencent.InternalCommandResource;

/**
 * Hands an authenticated command to the service that owns it over HTTP ({@code /internal/v4/...}, ADR-0005) and
 * returns its Tencent body. Empty when the owner cannot be reached in time; the edge answers 60008 then.
 */
@ApplicationScoped
public class OwnerClient {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /**
     * @param baseUrl owner base URL
     * @param path {@code service/command}
     * @param appId verified SDKAppID
     * @param identifier verified admin
     * @param requestId request id
     * @param body parsed JSON body
     * @param timeout time allowed
     * @return the owner's reply, or empty on failure
     */
    public Optional<ObjectNode> call(
            String baseUrl,
            String path,
            String appId,
            String identifier,
            String requestId,
            ObjectNode body,
            Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/internal/v4/" + path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(InternalCommandResource.APP_HEADER, appId)
                .header(InternalCommandResource.IDENTIFIER_HEADER, identifier)
                .header(InternalCommandResource.REQUEST_HEADER, requestId)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                Log.warnf("Owner of %s answered HTTP %d", path, response.statusCode());
                return Optional.empty();
            }
            return Optional.of((ObjectNode) EventCodec.json().readTree(response.body()));
        } catch (IOException | ClassCastException e) {
            Log.warnf("Owner of %s failed: %s", path, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
