package dev.parley.group.command;

import dev.parley.group.domain.Actor;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;

/**
 * Base of Parley's own {@code parley_group_svc} commands. Tencent does these from client SDKs only (apply to join,
 * handle an application, quit); the admin path lets a backend, and our tests, drive them. Each names the acting
 * user explicitly in the body.
 */
abstract class ParleyGroupCommand extends GroupCommand {
    /** Parley's extension service. */
    static final String PARLEY_SERVICE = "parley_group_svc";

    ParleyGroupCommand(AppDirectory apps) {
        super(apps);
    }

    @Override
    public String service() {
        return PARLEY_SERVICE;
    }

    /** The user named in the body as the one who acts; an App admin keeps owner rights. */
    static Actor named(AppInfo app, String userId) {
        return new Actor(userId, app.isAdmin(userId));
    }
}
