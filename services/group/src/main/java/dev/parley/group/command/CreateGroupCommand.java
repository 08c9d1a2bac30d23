package dev.parley.group.command;

import java.time.Instant;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/** {@code create_group}: a group of any type, with a custom or generated GroupId, an owner and initial members. */
@Singleton
public class CreateGroupCommand extends GroupCommand {
    private final GroupEngine engine;
    private final GroupCreation creation;

    CreateGroupCommand(AppDirectory apps, GroupEngine engine, GroupCreation creation) {
        super(apps);
        this.engine = engine;
        this.creation = creation;
    }

    @Override
    public String command() {
        return "create_group";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        return create(app, actor, request, false, engine, creation);
    }

    /** Shared with import_group: a generated id that happens to be taken is drawn again. */
    static ObjectNode create(
            AppInfo app,
            Actor actor,
            CommandRequest request,
            boolean imported,
            GroupEngine engine,
            GroupCreation creation) {
        ObjectNode reply = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            GroupCreation.Plan plan =
                    creation.plan(app, request.body(), Instant.now().getEpochSecond(), imported);
            reply = engine.execute(
                    app, actor, plan.groupId(), request.requestId(), context -> creation.decide(context, plan));
            boolean taken = reply.path("ErrorCode").asInt() == ErrorCode.GROUP_ID_IN_USE.code()
                    || reply.path("ErrorCode").asInt() == ErrorCode.GROUP_ID_OWNED_BY_OPERATOR.code();
            if (plan.custom() || !taken) {
                return reply;
            }
        }
        return reply;
    }
}
