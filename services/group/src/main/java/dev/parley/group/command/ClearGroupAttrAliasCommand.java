package dev.parley.group.command;

import jakarta.inject.Singleton;

import dev.parley.group.app.GroupEngine;
import dev.parley.platform.apps.AppDirectory;

/** {@code group_open_attr_http_svc/clear_group_attr}: see {@link GroupAttrCommand}. */
@Singleton
public class ClearGroupAttrAliasCommand extends GroupAttrCommand {
    ClearGroupAttrAliasCommand(AppDirectory apps, GroupEngine engine) {
        super(apps, engine, Operation.CLEAR, ATTR_SERVICE);
    }
}
