package dev.parley.group.command;

import jakarta.inject.Singleton;

import dev.parley.group.app.GroupEngine;
import dev.parley.platform.apps.AppDirectory;

/** {@code group_open_http_svc/modify_group_attr}: see {@link GroupAttrCommand}. */
@Singleton
public class ModifyGroupAttrCommand extends GroupAttrCommand {
    ModifyGroupAttrCommand(AppDirectory apps, GroupEngine engine) {
        super(apps, engine, Operation.MODIFY, SERVICE);
    }
}
