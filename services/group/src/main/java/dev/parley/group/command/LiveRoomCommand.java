package dev.parley.group.command;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * Base of the {@code group_open_avchatroom_http_svc} queries (§5.7): read who is present in a live room. Unknown
 * group: 10010; not an AVChatRoom: 10007. A subclass parses its fields and answers from the presence list.
 */
abstract class LiveRoomCommand extends GroupCommand {
    /** Tencent's live-group service. */
    static final String LIVE_SERVICE = "group_open_avchatroom_http_svc";

    private final GroupEngine engine;

    LiveRoomCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String service() {
        return LIVE_SERVICE;
    }

    @Override
    final ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        String groupId = Fields.groupId(request.body());
        Query query = parse(request);
        return engine.execute(app, actor, groupId, request.requestId(), context -> {
            Optional<Decision> refused = LivePresence.requireLiveRoom(context);
            return refused.orElseGet(() -> Decision.answer(query.answer(LivePresence.presence(context))));
        });
    }

    /** Parses the request's own fields (throws {@link BadRequest}); the result answers from the presence list. */
    abstract Query parse(CommandRequest request);

    /** A parsed query: builds the reply from the users present (UserID to entry time). */
    @FunctionalInterface
    interface Query {
        /** The reply. */
        ObjectNode answer(Map<String, Long> presence);
    }
}
