package dev.parley.group.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Operator actions of the group service. Disabled unless {@code PARLEY_OPS_TOKEN} is set; then each call needs
 * {@code Authorization: Bearer <token>}. Not part of the Tencent API and not routed by the gateway.
 */
@Path("/ops/v1")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class OpsResource {
    private final ReadModelRebuilder rebuilder;
    private final String token;

    OpsResource(
            ReadModelRebuilder rebuilder, @ConfigProperty(name = "parley.ops.token") java.util.Optional<String> token) {
        this.rebuilder = rebuilder;
        this.token = token.orElse("");
    }

    /** Drops the group read model and replays it from {@code im.group.events}. */
    @POST
    @Path("/read-model/rebuild")
    public Response rebuild(@HeaderParam("Authorization") String authorization) {
        if (token.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        if (authorization == null
                || !MessageDigest.isEqual(
                        authorization.getBytes(StandardCharsets.UTF_8),
                        ("Bearer " + token).getBytes(StandardCharsets.UTF_8))) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return Response.ok(rebuilder.rebuild()).build();
    }
}
