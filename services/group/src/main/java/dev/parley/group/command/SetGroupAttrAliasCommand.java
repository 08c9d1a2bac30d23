package dev.parley.group.command;

import jakarta.inject.Singleton;

import dev.parley.group.app.GroupEngine;
import dev.parley.platform.apps.AppDirectory;

/** {@code group_open_attr_http_svc/set_group_attr}: see {@link GroupAttrCommand}. */
@Singleton
public class SetGroupAttrAliasCommand extends GroupAttrCommand {
    SetGroupAttrAliasCommand(AppDirectory apps, GroupEngine engine) {
        super(apps, engine, Operation.SET, ATTR_SERVICE);
    }
}
