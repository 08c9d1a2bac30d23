package dev.parley.group.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.store.GroupStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.group.events.LiveRoomEntered;
import dev.parley.model.group.events.LiveRoomLeft;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.TencentReply;

/**
 * Entering and leaving AVChatRoom live rooms. A user is present in one live room at a time: entering room B first
 * leaves room A, as a separate commit on A ({@code Switched}), then enters B.
 */
@Singleton
class LivePresence {
    /** LiveRoomLeft reason for a quit. */
    static final String QUIT = "Quit";
    /** LiveRoomLeft reason for entering another room. */
    static final String SWITCHED = "Switched";

    private final GroupEngine engine;
    private final GroupStore store;

    LivePresence(GroupEngine engine, GroupStore store) {
        this.engine = engine;
        this.store = store;
    }

    /**
     * {@code userId} enters the live room {@code groupId}, leaving any other one first; answers
     * {@code JoinResult: Joined}.
     */
    ObjectNode enter(AppInfo app, Actor actor, String groupId, String userId, String requestId) {
        Optional<String> other = store.liveRoomOf(app.appId(), userId);
        if (other.isPresent() && !other.get().equals(groupId)) {
            ObjectNode left = engine.execute(
                    app, actor, other.get(), requestId, context -> leave(context, userId, SWITCHED, false));
            if (left.path("ErrorCode").asInt() != 0) {
                return left;
            }
        }
        return engine.execute(app, actor, groupId, requestId, context -> enter(context, userId));
    }

    private static Decision enter(GroupContext context, String userId) {
        Optional<Decision> refused = requireLiveRoom(context);
        if (refused.isPresent()) {
            return refused.get();
        }
        ObjectNode reply = TencentReply.ok().put("JoinResult", "Joined");
        Map<String, Long> presence = presence(context);
        if (presence.containsKey(userId)) {
            return Decision.answer(reply);
        }
        return Decision.commit(
                List.of(new LiveRoomEntered(
                        context.app().appId(), context.groupId(), userId, context.now(), presence.size() + 1)),
                reply);
    }

    /**
     * {@code userId} leaves the live room of the context. When the user is not present: 10007 if
     * {@code mustBePresent}, else a plain OK without a fact (a stale "current room" is nothing to leave).
     */
    static Decision leave(GroupContext context, String userId, String reason, boolean mustBePresent) {
        Optional<Decision> refused = requireLiveRoom(context);
        Map<String, Long> presence = refused.isPresent() ? Map.of() : presence(context);
        if (!presence.containsKey(userId)) {
            if (!mustBePresent) {
                return Decision.answer(TencentReply.ok());
            }
            return refused.orElse(
                    Decision.fail(ErrorCode.GROUP_PERMISSION_DENIED, "The user is not in this live room"));
        }
        return Decision.commit(List.of(new LiveRoomLeft(
                context.app().appId(), context.groupId(), userId, reason, Math.max(0, presence.size() - 1))));
    }

    /** 10010 when the group does not exist; 10007 when it is not an AVChatRoom. */
    static Optional<Decision> requireLiveRoom(GroupContext context) {
        if (context.group().isEmpty()) {
            return Optional.of(Decision.fail(ErrorCode.GROUP_NOT_FOUND));
        }
        if (context.state().type() != GroupType.AVCHATROOM) {
            return Optional.of(Decision.fail(ErrorCode.GROUP_PERMISSION_DENIED, "Only for AVChatRoom groups"));
        }
        return Optional.empty();
    }

    /** Users present in the live room of the context, UserID to entry time. */
    static Map<String, Long> presence(GroupContext context) {
        return context.store().presence(context.app().appId(), context.groupId());
    }
}
