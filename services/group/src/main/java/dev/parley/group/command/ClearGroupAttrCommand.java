package dev.parley.group.command;

import jakarta.inject.Singleton;

import dev.parley.group.app.GroupEngine;
import dev.parley.platform.apps.AppDirectory;

/** {@code group_open_http_svc/clear_group_attr}: see {@link GroupAttrCommand}. */
@Singleton
public class ClearGroupAttrCommand extends GroupAttrCommand {
    ClearGroupAttrCommand(AppDirectory apps, GroupEngine engine) {
        super(apps, engine, Operation.CLEAR, SERVICE);
    }
}
