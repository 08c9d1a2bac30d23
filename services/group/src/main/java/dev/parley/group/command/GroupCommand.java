package dev.parley.group.command;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.domain.Actor;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentCommand;
import dev.parley.platform.tencent.TencentReply;

/**
 * Base of the group commands: resolves the app and the actor, turns {@link BadRequest} into its Tencent code. A
 * subclass implements {@link #handle(AppInfo, Actor, CommandRequest)}.
 */
abstract class GroupCommand implements TencentCommand {
    /** Tencent's group REST service. */
    static final String SERVICE = "group_open_http_svc";

    private final AppDirectory apps;

    GroupCommand(AppDirectory apps) {
        this.apps = apps;
    }

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    public final ObjectNode handle(CommandRequest request) {
        Optional<AppInfo> app = apps.find(request.appId());
        if (app.isEmpty()) {
            return TencentReply.fail(ErrorCode.SDKAPPID_INVALID);
        }
        try {
            return handle(app.get(), actor(app.get(), request), request);
        } catch (BadRequest e) {
            return TencentReply.fail(e.code(), e.getMessage());
        }
    }

    /** The command proper, for a known app. */
    abstract ObjectNode handle(AppInfo app, Actor actor, CommandRequest request);

    /**
     * The App admin who called, or the non-admin user named in {@code From_Account} / {@code Operator_Account},
     * whose rights in the group are then checked.
     */
    static Actor actor(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String named = Fields.optionalUserId(body, "From_Account");
        if (named == null) {
            named = Fields.optionalUserId(body, "Operator_Account");
        }
        if (named == null || app.isAdmin(named)) {
            return new Actor(named == null ? request.identifier() : named, true);
        }
        return new Actor(named, false);
    }

    /** 10010 when the group does not exist, else empty. */
    static Optional<Decision> requireGroup(GroupContext context) {
        return context.group().isEmpty() ? Optional.of(Decision.fail(ErrorCode.GROUP_NOT_FOUND)) : Optional.empty();
    }
}
