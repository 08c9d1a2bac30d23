package dev.parley.group.command;

import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupState;
import dev.parley.group.store.GroupStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/** {@code get_online_member_num}: how many users are present in a live room; other types are refused (10007). */
@Singleton
public class GetOnlineMemberNumCommand extends GroupCommand {
    private final GroupStore store;

    GetOnlineMemberNumCommand(AppDirectory apps, GroupStore store) {
        super(apps);
        this.store = store;
    }

    @Override
    public String command() {
        return "get_online_member_num";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        String groupId = Fields.groupId(request.body());
        Optional<GroupState> group = store.group(app.appId(), groupId);
        if (group.isEmpty()) {
            return TencentReply.fail(ErrorCode.GROUP_NOT_FOUND);
        }
        if (group.get().type() != GroupType.AVCHATROOM) {
            return TencentReply.fail(ErrorCode.GROUP_PERMISSION_DENIED, "Online member counts are for live groups");
        }
        ObjectNode reply = TencentReply.ok();
        reply.put("OnlineMemberNum", store.presence(app.appId(), groupId).size());
        return reply;
    }
}
