package dev.parley.message.command;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.parley.message.pipeline.Conversations;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendOptions;
import dev.parley.platform.apps.AppInfo;

/** Builds the submissions of the send commands: the fixed parts (ids, conversation, kind, clock) in one place. */
final class Submissions {
    private Submissions() {}

    /**
     * What a command decided to send.
     *
     * @param from sender
     * @param random MsgRandom / Random
     * @param msgTime the caller's time, 0 for server time
     * @param msgBody MsgBody JSON
     * @param cloud CloudCustomData, may be null
     * @param push OfflinePushInfo as received, may be null
     * @param priority MsgPriority
     * @param onlineOnly OnlineOnlyFlag
     * @param control SendMsgControl
     * @param options the less common options
     */
    record Draft(
            String from,
            long random,
            long msgTime,
            String msgBody,
            String cloud,
            JsonNode push,
            String priority,
            boolean onlineOnly,
            List<String> control,
            SendOptions options) {}

    /** A one-to-one submission from {@code draft.from()} to {@code to}. */
    static MessageSubmitted c2c(AppInfo app, String replicaId, String to, long clientSeq, Draft draft) {
        return submission(app, replicaId, Conversations.c2c(draft.from(), to), "C2C", to, null, clientSeq, draft);
    }

    /** A submission into group {@code groupId}. */
    static MessageSubmitted group(AppInfo app, String replicaId, String groupId, Draft draft) {
        return submission(app, replicaId, Conversations.group(groupId), "GROUP", null, groupId, 0, draft);
    }

    private static MessageSubmitted submission(
            AppInfo app,
            String replicaId,
            String conversationId,
            String kind,
            String to,
            String groupId,
            long clientSeq,
            Draft d) {
        return new MessageSubmitted(
                app.appId(),
                conversationId,
                UUID.randomUUID().toString(),
                replicaId,
                kind,
                d.from(),
                to,
                groupId,
                app.isAdmin(d.from()),
                d.random(),
                clientSeq,
                d.msgTime(),
                d.msgBody(),
                d.cloud() == null ? "" : d.cloud(),
                d.push() == null || d.push().isNull() ? null : d.push().toString(),
                d.priority(),
                d.onlineOnly(),
                d.control(),
                System.currentTimeMillis(),
                d.options());
    }
}
