package dev.parley.auth.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;

import dev.parley.auth.app.AppAlreadyExistsException;
import dev.parley.auth.app.AppCommandService;
import dev.parley.auth.app.RegisterApp;
import dev.parley.auth.store.AppState;
import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.model.usersig.UserSigCodec;

/**
 * Parley's console API for apps (Tencent has a web console instead, so this is not a Tencent command). Guarded by
 * {@link ConsoleTokenFilter} when {@code PARLEY_CONSOLE_TOKEN} is set. The secret key is shown only in the answers
 * to registration, key reset and {@code GET .../secret}.
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

    /** Registers an app; 201 with the app and its key, 409 when the SDKAppID is taken, 400 on invalid input. */
    @POST
    public Response register(@Valid RegisterAppRequest request) {
        try {
            AppState app = apps.register(
                    new RegisterApp(
                            request.sdkAppId(),
                            request.name(),
                            Edition.fromWire(request.edition()),
                            Region.fromWire(request.region()),
                            request.secretKey(),
                            request.admins()),
                    UUID.randomUUID().toString());
            return Response.status(Response.Status.CREATED)
                    .entity(view(app, true))
                    .build();
        } catch (AppAlreadyExistsException e) {
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** The app without its key; 404 for an unknown app. */
    @GET
    @Path("/{sdkAppId}")
    public Response get(@PathParam("sdkAppId") String sdkAppId) {
        return apps.find(sdkAppId)
                .map(app -> Response.ok(view(app, false)).build())
                .orElseGet(AppConsoleResource::notFound);
    }

    /** Changes edition, administrators or settings. */
    @PUT
    @Path("/{sdkAppId}")
    public Response configure(@PathParam("sdkAppId") String sdkAppId, @Valid ConfigureAppRequest request) {
        Edition edition = request.edition() == null ? null : Edition.fromWire(request.edition());
        return apps.configure(
                        sdkAppId,
                        edition,
                        request.admins(),
                        request.settings(),
                        UUID.randomUUID().toString())
                .map(app -> Response.ok(view(app, false)).build())
                .orElseGet(AppConsoleResource::notFound);
    }

    /** Replaces the secret key and answers the new one; UserSigs made with the old key stop working. */
    @POST
    @Path("/{sdkAppId}/secret/reset")
    public Response resetSecret(@PathParam("sdkAppId") String sdkAppId) {
        return apps.resetSecret(sdkAppId, UUID.randomUUID().toString())
                .map(app -> Response.ok(view(app, true)).build())
                .orElseGet(AppConsoleResource::notFound);
    }

    /** Generates a UserSig with the app's current key (the console's UserSig tool). */
    @POST
    @Path("/{sdkAppId}/usersig")
    public Response userSig(@PathParam("sdkAppId") String sdkAppId, @Valid UserSigRequest request) {
        long expire = request.expireSeconds() == null ? UserSigCodec.DEFAULT_EXPIRE_SECONDS : request.expireSeconds();
        if (expire > UserSigCodec.MAX_EXPIRE_SECONDS) {
            return error(Response.Status.BAD_REQUEST, "expireSeconds is at most 50 years");
        }
        return apps.find(sdkAppId)
                .map(app -> Response.ok(Map.of(
                                "sdkAppId", app.appId(),
                                "identifier", request.identifier(),
                                "expireSeconds", expire,
                                "userSig",
                                        UserSigCodec.generate(
                                                Long.parseLong(app.appId()),
                                                app.secretKey(),
                                                request.identifier(),
                                                expire)))
                        .build())
                .orElseGet(AppConsoleResource::notFound);
    }

    private static Map<String, Object> view(AppState app, boolean withSecret) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sdkAppId", app.appId());
        view.put("name", app.name());
        view.put("edition", app.edition().wireName());
        view.put("region", app.region().wireName());
        view.put("admins", app.admins());
        view.put("settings", app.settings());
        view.put("keyVersion", app.keyVersion());
        if (withSecret) {
            view.put("secretKey", app.secretKey());
        }
        return view;
    }

    private static Response notFound() {
        return error(Response.Status.NOT_FOUND, "unknown app");
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Map.of("error", message)).build();
    }
}
