package dev.parley.group.command;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.Actor;
import dev.parley.group.store.GroupStore;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/** {@code get_group_shutted_uin}: the legacy name of get_group_muted_account, answering {@code ShuttedUinList}. */
@Singleton
public class GetGroupShuttedUinCommand extends GroupCommand {
    private final GroupStore store;

    GetGroupShuttedUinCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_group_shutted_uin";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        return GetGroupMutedAccountCommand.muted(store, app, request, "ShuttedUinList", "ShuttedUntil");
    }
}
