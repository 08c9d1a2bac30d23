package dev.parley.group.command;

import java.time.Instant;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.MemberState;
import dev.parley.group.store.GroupStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/** {@code get_group_muted_account}: the members muted now, with the end of their mute (4294967295: for ever). */
@Singleton
public class GetGroupMutedAccountCommand extends GroupCommand {
    private final GroupStore store;

    GetGroupMutedAccountCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_group_muted_account";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        return muted(store, app, request, "MutedAccountList", "MutedUntil");
    }

    /** Shared with the legacy {@code get_group_shutted_uin}, which names the list and the end differently. */
    static ObjectNode muted(
            GroupStore store, AppInfo app, CommandRequest request, String listField, String untilField) {
        String groupId = Fields.groupId(request.body());
        Fields.optionalText(request.body(), "TopicId");
        Optional<GroupState> group = store.group(app.appId(), groupId);
        if (group.isEmpty()) {
            return TencentReply.fail(ErrorCode.GROUP_NOT_FOUND);
        }
        long now = Instant.now().getEpochSecond();
        ObjectNode reply = TencentReply.ok();
        ArrayNode list = reply.putArray(listField);
        for (MemberState member : store.allMembers(app.appId(), groupId)) {
            if (member.mutedAt(now)) {
                list.addObject().put("Member_Account", member.userId()).put(untilField, member.muteUntil());
            }
        }
        return reply;
    }
}
