package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.FriendRequest;

/**
 * {@code parley_sns_svc/friend_pendency_get} — a Parley extension (Tencent has no REST command for it; its client
 * SDKs read pending friend requests): From_Account's pending requests, received ({@code Pendency_Type_ComeIn},
 * the default) or sent ({@code Pendency_Type_SendOut}), as {@code PendencyItem[{To_Account, AddSource,
 * AddWording, AddTime}]} where To_Account is the other user.
 */
@Singleton
public class FriendPendencyGetCommand extends RelationshipCommand {
    static final String COME_IN = "Pendency_Type_ComeIn";
    static final String SEND_OUT = "Pendency_Type_SendOut";

    FriendPendencyGetCommand(RelationshipDeps deps) {
        super(deps, PARLEY_SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_pendency_get";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        String type = Fields.optionalText(family(), request.body(), "PendencyType");
        if (type != null && !type.isEmpty() && !type.equals(COME_IN) && !type.equals(SEND_OUT)) {
            throw family().bad("PendencyType must be Pendency_Type_ComeIn or Pendency_Type_SendOut");
        }
        boolean sent = SEND_OUT.equals(type);
        String appId = app.appId();
        List<FriendRequest> requests = new ArrayList<>();
        if (sent) {
            for (String target : store.outgoingRequests(appId, from).keySet()) {
                store.request(appId, from, target).ifPresent(requests::add);
            }
        } else {
            requests.addAll(store.incomingRequests(appId, from));
        }
        ObjectNode reply = ok();
        ArrayNode items = reply.putArray("PendencyItem");
        for (FriendRequest pending : requests) {
            items.addObject()
                    .put("To_Account", sent ? pending.targetId() : pending.requesterId())
                    .put("AddSource", pending.addSource())
                    .put("AddWording", pending.addWording())
                    .put("AddTime", pending.requestedAt());
        }
        return reply;
    }
}
