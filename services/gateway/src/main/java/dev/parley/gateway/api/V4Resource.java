package dev.parley.gateway.api;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;

import dev.parley.gateway.app.RestEdge;
import dev.parley.gateway.app.RestRequest;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.tencent.TencentReply;

/**
 * Tencent's REST URL: {@code POST /v4/<service>/<command>?sdkappid=&identifier=&usersig=&random=&contenttype=json}.
 * Every API-level outcome is HTTP 200 with the Tencent envelope and the CORS headers Tencent sends; any other path
 * under the gateway answers 60009, a GET 60002. The body is read as bytes, whatever the Content-Type.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class V4Resource {
    private final RestEdge edge;

    V4Resource(RestEdge edge) {
        this.edge = edge;
    }

    /** A Tencent REST command; completes when the owner answered (no thread waits for it). */
    @POST
    @Path("v4/{service}/{command}")
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<Response> command(
            @PathParam("service") String service,
            @PathParam("command") String command,
            @Context UriInfo uri,
            byte[] body) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return edge.handle(new RestRequest(
                        service,
                        command,
                        query.getFirst("sdkappid"),
                        query.getFirst("identifier"),
                        query.getFirst("usersig"),
                        body == null ? "" : new String(body, StandardCharsets.UTF_8)))
                .thenApply(V4Resource::reply);
    }

    /** Any other POST path: an unknown resource. */
    @POST
    @Path("{path: .+}")
    @Consumes(MediaType.WILDCARD)
    public Response unknown(@PathParam("path") String path) {
        return reply(TencentReply.fail(ErrorCode.BAD_RESOURCE));
    }

    /** Tencent accepts only POST. */
    @GET
    @Path("v4/{service}/{command}")
    public Response get() {
        return reply(TencentReply.fail(ErrorCode.HTTP_PARSE, "Only POST is supported"));
    }

    /** CORS pre-flight. */
    @OPTIONS
    @Path("v4/{service}/{command}")
    public Response preflight() {
        return cors(Response.ok()).build();
    }

    private static Response reply(ObjectNode body) {
        return reply(body.toString());
    }

    private static Response reply(String json) {
        return cors(Response.ok(json, MediaType.APPLICATION_JSON_TYPE)).build();
    }

    private static Response.ResponseBuilder cors(Response.ResponseBuilder builder) {
        return builder.header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Headers", "X-Requested-With")
                .header("Access-Control-Allow-Methods", "POST");
    }
}
