package dev.parley.auth.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requires {@code Authorization: Bearer <PARLEY_CONSOLE_TOKEN>} on {@code /console/*} when a token is configured.
 * Without one the console is open, which is acceptable only because services bind to loopback by default.
 */
@Provider
public class ConsoleTokenFilter implements ContainerRequestFilter {
    private final Optional<String> token;

    ConsoleTokenFilter(@ConfigProperty(name = "parley.console.token") Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (token.isEmpty() || !request.getUriInfo().getPath().startsWith("/console/")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String expected = "Bearer " + token.get();
        if (header == null
                || !MessageDigest.isEqual(
                        header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "console token required"))
                    .build());
        }
    }
}
