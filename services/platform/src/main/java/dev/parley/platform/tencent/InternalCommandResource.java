package dev.parley.platform.tencent;

import java.util.HashMap;
import java.util.Map;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import org.jboss.logging.MDC;

import dev.parley.model.error.ErrorCode;

/**
 * The internal door through which the gateway hands an authenticated Tencent command to the service that owns it
 * (ADR-0005). Not for business backends: the gateway is the only public component, and it sets the app and
 * identifier headers only after verifying the UserSig.
 */
@Path("/internal/v4/{service}/{command}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class InternalCommandResource {
    /** Header carrying the verified SDKAppID. */
    public static final String APP_HEADER = "X-Parley-App-Id";
    /** Header carrying the verified admin identifier. */
    public static final String IDENTIFIER_HEADER = "X-Parley-Identifier";
    /** Header carrying the request id. */
    public static final String REQUEST_HEADER = "X-Parley-Request-Id";

    private final Map<String, TencentCommand> commands = new HashMap<>();

    InternalCommandResource(Instance<TencentCommand> all) {
        for (TencentCommand command : all) {
            commands.put(command.service() + "/" + command.command(), command);
        }
    }

    /** Runs the command; unknown commands answer 60009 like an unknown URL. */
    @POST
    public ObjectNode handle(
            @PathParam("service") String service,
            @PathParam("command") String command,
            @HeaderParam(APP_HEADER) String appId,
            @HeaderParam(IDENTIFIER_HEADER) String identifier,
            @HeaderParam(REQUEST_HEADER) String requestId,
            ObjectNode body) {
        TencentCommand handler = commands.get(service + "/" + command);
        if (handler == null) {
            return TencentReply.fail(ErrorCode.BAD_RESOURCE);
        }
        MDC.put("appId", appId == null ? "" : appId);
        try {
            return handler.handle(new CommandRequest(
                    appId, identifier, requestId, body == null ? JsonNodeFactory.instance.objectNode() : body));
        } catch (RuntimeException e) {
            Log.errorf(e, "Command %s/%s failed", service, command);
            return TencentReply.fail(ErrorCode.SERVICE_TIMEOUT, "Internal error, please retry later");
        } finally {
            MDC.remove("appId");
        }
    }
}
