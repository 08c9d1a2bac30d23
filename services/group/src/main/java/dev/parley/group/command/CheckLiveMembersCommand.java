package dev.parley.group.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.GroupEngine;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_avchatroom_http_svc/check_members}: which of up to 500 {@code Member_Account} are present in
 * the live room, in request order.
 */
@Singleton
public class CheckLiveMembersCommand extends LiveRoomCommand {
    static final int MAX_ACCOUNTS = 500;

    CheckLiveMembersCommand(AppDirectory apps, GroupEngine engine) {
        super(apps, engine);
    }

    @Override
    public String command() {
        return "check_members";
    }

    @Override
    Query parse(CommandRequest request) {
        List<String> asked = Fields.userIds(request.body(), "Member_Account", MAX_ACCOUNTS);
        return presence -> {
            ObjectNode reply = TencentReply.ok();
            ArrayNode present = reply.putArray("Member_Account");
            asked.stream().filter(presence::containsKey).forEach(present::add);
            return reply;
        };
    }
}
