package dev.parley.auth.api;

import java.util.Map;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;

import dev.parley.auth.app.AppAlreadyExistsException;
import dev.parley.auth.app.AppCommandService;
import dev.parley.auth.app.RegisterApp;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.model.app.events.AppRegistered;

/**
 * Parley's console API for apps (Tencent has a web console instead, so this is not a Tencent command). Listens
 * on the auth service's port, which binds to loopback by default.
 */
@Path("/console/v1/apps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class AppConsoleResource {
    private final AppCommandService apps;

    AppConsoleResource(AppCommandService apps) {
        this.apps = apps;
    }

    /** Registers an app; 201 with the app, 409 when the SDKAppID is taken, 400 on invalid input. */
    @POST
    public Response register(@Valid RegisterAppRequest request) {
        try {
            AppRegistered app = apps.register(
                    new RegisterApp(
                            request.sdkAppId(),
                            request.name(),
                            Edition.fromWire(request.edition()),
                            Region.fromWire(request.region())),
                    UUID.randomUUID().toString());
            return Response.status(Response.Status.CREATED).entity(view(app)).build();
        } catch (AppAlreadyExistsException e) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Map.of("error", e.getMessage()))
                    .build();
        }
    }

    /** The app as auth's directory knows it; 404 until the registration has been consumed. */
    @GET
    @Path("/{sdkAppId}")
    public Response get(@PathParam("sdkAppId") String sdkAppId) {
        return apps.find(sdkAppId)
                .map(app -> Response.ok(Map.of(
                                "sdkAppId", app.appId(),
                                "name", app.name(),
                                "edition", app.edition().wireName(),
                                "region", app.region().wireName(),
                                "registeredAt", app.registeredAt().toString()))
                        .build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(Map.of("error", "unknown app"))
                        .build());
    }

    private static Map<String, String> view(AppRegistered app) {
        return Map.of(
                "sdkAppId", app.appId(),
                "name", app.name(),
                "edition", app.edition().wireName(),
                "region", app.region().wireName());
    }
}
