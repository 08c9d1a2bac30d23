package dev.parley.group.command;

import jakarta.inject.Singleton;

import dev.parley.group.app.GroupEngine;
import dev.parley.platform.apps.AppDirectory;

/** {@code group_open_attr_http_svc/get_group_attr}: see {@link GroupAttrCommand}. */
@Singleton
public class GetGroupAttrAliasCommand extends GroupAttrCommand {
    GetGroupAttrAliasCommand(AppDirectory apps, GroupEngine engine) {
        super(apps, engine, Operation.GET, ATTR_SERVICE);
    }
}
