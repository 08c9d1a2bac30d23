package dev.parley.group.command;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/** {@code import_group}: a group migrated with its past {@code CreateTime}; members come by import_group_member. */
@Singleton
public class ImportGroupCommand extends GroupCommand {
    private final GroupEngine engine;
    private final GroupCreation creation;

    ImportGroupCommand(AppDirectory apps, GroupEngine engine, GroupCreation creation) {
        super(apps);
        this.engine = engine;
        this.creation = creation;
    }

    @Override
    public String command() {
        return "import_group";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        return CreateGroupCommand.create(app, actor, request, true, engine, creation);
    }
}
