package dev.parley.message.command;

import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.guard.GroupView;
import dev.parley.message.pipeline.Submitter;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.message.MsgScope;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.model.message.events.SendOptions;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_http_svc/import_group_msg}: up to 20 historical messages of a group, in ascending
 * {@code SendTime}, each taking the group's next {@code MsgSeq} with its own time; no guard and no callbacks.
 * Per-item {@code Result}: 0 imported, 10004 bad send time (not ascending, in the future, or not later than the
 * group's {@code CreateTime}, which is not checked for a group the message service's view recorded before it kept
 * the create time) or unknown sender; the other items are still imported. Without
 * {@code RecentContactFlag: 1} the imports do not touch conversation lists ({@code NoLastMsg}); they never count as
 * unread. Not for AVChatRoom (no history).
 */
@Singleton
public class ImportGroupMsgCommand extends MessageCommand {
    static final int MAX_MESSAGES = 20;

    private final AccountDirectory accounts;
    private final GroupView groups;
    private final Submitter submitter;

    ImportGroupMsgCommand(AppDirectory apps, AccountDirectory accounts, GroupView groups, Submitter submitter) {
        super(apps);
        this.accounts = accounts;
        this.groups = groups;
        this.submitter = submitter;
    }

    @Override
    public String service() {
        return "group_open_http_svc";
    }

    @Override
    public String command() {
        return "import_group_msg";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = MessageFields.groupId(body);
        boolean recentContact = MessageFields.flag(body, "RecentContactFlag", 10004);
        JsonNode list = body.get("MsgList");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new Refused(10004, "MsgList must be a non-empty array");
        }
        if (list.size() > MAX_MESSAGES) {
            throw new Refused(10004, "MsgList holds at most 20 messages");
        }
        Optional<GroupView.Group> group = groups.group(app.appId(), groupId);
        if (group.isEmpty()) {
            throw new Refused(ErrorCode.GROUP_NOT_FOUND.code(), ErrorCode.GROUP_NOT_FOUND.info());
        }
        if (group.get().type() == GroupType.AVCHATROOM) {
            throw new Refused(10007, "AVChatRoom groups keep no history to import into");
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode results = reply.putArray("ImportMsgResult");
        long now = System.currentTimeMillis() / 1000;
        long createTime = group.get().createTime();
        long previous = 0;
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new Refused(10004, "MsgList items must be objects");
            }
            String from = MessageFields.userId(item, "From_Account", 10004);
            long sendTime = MessageFields.uint32(item, "SendTime", 10004);
            long random = MessageFields.uint32(item, "Random", 10004);
            String msgBody = MessageFields.msgBody(item, null, MsgScope.GROUP);
            ObjectNode result = results.addObject();
            if (!sendTimeAllowed(sendTime, previous, createTime, now)) {
                result.put("Result", 10004).put("MsgTime", sendTime).put("MsgSeq", 0);
                continue;
            }
            previous = sendTime;
            if (!app.isAdmin(from) && !accounts.missing(app, List.of(from)).isEmpty()) {
                result.put("Result", 10004).put("MsgTime", sendTime).put("MsgSeq", 0);
                continue;
            }
            MessageSubmitted submission = Submissions.group(
                    app,
                    submitter.replicaId(),
                    groupId,
                    new Submissions.Draft(
                            from,
                            random,
                            sendTime,
                            msgBody,
                            "",
                            null,
                            "Normal",
                            false,
                            recentContact ? List.of("NoUnread") : List.of("NoUnread", "NoLastMsg"),
                            new SendOptions(false, false, List.of(), false, List.of(), List.of(), 2, false)));
            ObjectNode answer = submitter
                    .submit(submission, request.requestId())
                    .orElseGet(() -> TencentReply.fail(10002, "Timed out, please retry with the same Random"));
            int code = answer.path("ErrorCode").asInt();
            result.put("Result", code)
                    .put("MsgTime", sendTime)
                    .put("MsgSeq", code == 0 ? answer.path("MsgSeq").asLong() : 0);
        }
        return reply;
    }

    /**
     * Whether an item's {@code SendTime} may be imported: set, not in the future, not before the previous accepted
     * item's, and later than the group's {@code CreateTime} when that is known.
     *
     * @param previous the previous accepted item's send time, 0 for the first
     * @param createTime the group's create time in epoch seconds, 0 when unknown (no check)
     * @param now the current time in epoch seconds
     */
    static boolean sendTimeAllowed(long sendTime, long previous, long createTime, long now) {
        return sendTime != 0 && sendTime <= now && sendTime >= previous && (createTime <= 0 || sendTime > createTime);
    }
}
