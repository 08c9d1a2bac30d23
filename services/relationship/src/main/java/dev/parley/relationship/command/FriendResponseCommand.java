package dev.parley.relationship.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.relationship.domain.FriendRequest;

/**
 * {@code parley_sns_svc/friend_response} — a Parley extension (Tencent has no REST command for it; its client
 * SDKs answer friend requests): From_Account, the user who was asked, answers up to 100 pending requests.
 * {@code Response_Action_Agree} puts From_Account in the requester's list (with the request's remark, list, source
 * and wording); {@code Response_Action_AgreeAndAdd}, or a request made with {@code Add_Type_Both}, also puts the
 * requester in From_Account's list (with the item's {@code Remark} and {@code TagName} list);
 * {@code Response_Action_Reject} adds nobody. Per item: 30614 no pending request, 30515 / 30525 blacklist either
 * way, 30010 / 30014 friend limit, 30011 TagName past 32 lists. A failed item leaves the request pending. The requester's list named in the request
 * is created if missing; when the requester already has 32 lists, the friend is added without it.
 */
@Singleton
public class FriendResponseCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 100;

    static final String AGREE = "Response_Action_Agree";
    static final String AGREE_AND_ADD = "Response_Action_AgreeAndAdd";
    static final String REJECT = "Response_Action_Reject";

    FriendResponseCommand(RelationshipDeps deps) {
        super(deps, PARLEY_SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_response";
    }

    /** One ResponseFriendItem; tagName null when absent. */
    private record Item(String requester, String action, String remark, String tagName) {}

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<Item> items = new ArrayList<>();
        for (JsonNode item : Fields.array(family(), request.body(), "ResponseFriendItem", MAX_ITEMS)) {
            if (!item.isObject()) {
                throw family().bad("ResponseFriendItem must hold objects");
            }
            String action = Fields.optionalText(family(), item, "ResponseAction");
            if (!AGREE.equals(action) && !AGREE_AND_ADD.equals(action) && !REJECT.equals(action)) {
                throw family().bad("ResponseAction is required: Response_Action_Agree,"
                        + " Response_Action_AgreeAndAdd or Response_Action_Reject");
            }
            items.add(new Item(
                    Fields.userId(family(), item, "To_Account"),
                    action,
                    SnsTags.remark(family(), item, "Remark"),
                    SnsTags.optionalListName(family(), item, "TagName")));
        }
        return writer.serialized(app.appId(), from, () -> {
            String appId = app.appId();
            Set<String> requesters = new LinkedHashSet<>();
            items.forEach(item -> requesters.add(item.requester()));
            Map<String, Optional<FriendRequest>> pending = new LinkedHashMap<>();
            for (String requester : requesters) {
                pending.put(requester, store.request(appId, requester, from));
            }
            Set<String> fromHas = new HashSet<>(store.friendsAmong(appId, from, requesters));
            Set<String> requesterHas = new HashSet<>(store.friendOfAmong(appId, from, requesters));
            Set<String> blocked = store.blockedAmong(appId, from, requesters);
            Set<String> blockedBy = store.blockedByAmong(appId, from, requesters);
            Map<String, Long> outgoing = new LinkedHashMap<>(store.outgoingRequests(appId, from));
            Friendship.ListsByUser lists = new Friendship.ListsByUser(store, appId);
            long fromCount = store.friendCount(appId, from);
            Set<String> answered = new HashSet<>();
            long now = Instant.now().getEpochSecond();
            List<RelationshipEvent> facts = new ArrayList<>();
            ObjectNode reply = ok();
            ArrayNode results = reply.putArray("ResultItem");
            for (Item item : items) {
                String requester = item.requester();
                Optional<FriendRequest> asked = pending.get(requester);
                ErrorCode code;
                if (asked.isEmpty() || answered.contains(requester)) {
                    code = ErrorCode.PENDING_NOT_FOUND;
                } else if (item.action().equals(REJECT)) {
                    code = ErrorCode.SUCCESS;
                    answered.add(requester);
                    facts.add(Friendship.resolved(appId, requester, from, Friendship.REJECTED, now));
                } else {
                    FriendRequest req = asked.get();
                    boolean both =
                            item.action().equals(AGREE_AND_ADD) || Friendship.ADD_TYPE_BOTH.equals(req.addType());
                    boolean addToFrom = both && !fromHas.contains(requester);
                    boolean addToRequester = !requesterHas.contains(requester);
                    List<String> tag = item.tagName() == null ? List.of() : List.of(item.tagName());
                    if (blocked.contains(requester)) {
                        code = ErrorCode.TARGET_IN_BLACKLIST;
                    } else if (blockedBy.contains(requester)) {
                        code = ErrorCode.IN_TARGET_BLACKLIST;
                    } else if (addToFrom && fromCount >= Friendship.FRIEND_LIMIT) {
                        code = ErrorCode.FRIEND_LIMIT_REACHED;
                    } else if (addToRequester && store.friendCount(appId, requester) >= Friendship.FRIEND_LIMIT) {
                        code = ErrorCode.PEER_FRIEND_LIMIT_REACHED;
                    } else if (addToFrom && !lists.of(from).ensure(tag)) {
                        code = ErrorCode.FRIEND_GROUP_LIMIT_REACHED;
                    } else {
                        code = ErrorCode.SUCCESS;
                        answered.add(requester);
                        if (addToRequester) {
                            List<String> groups = List.of();
                            if (!req.groupName().isEmpty()
                                    && lists.of(requester).ensure(List.of(req.groupName()))) {
                                groups = List.of(req.groupName());
                            }
                            facts.add(Friendship.added(
                                    appId,
                                    requester,
                                    from,
                                    req.remark(),
                                    groups,
                                    req.addSource(),
                                    req.addWording(),
                                    now));
                            requesterHas.add(requester);
                        }
                        if (addToFrom) {
                            facts.add(Friendship.added(
                                    appId, from, requester, item.remark(), tag, req.addSource(), "", now));
                            fromHas.add(requester);
                            fromCount++;
                        }
                        String outcome = both ? Friendship.AGREED_AND_ADDED : Friendship.AGREED;
                        facts.add(Friendship.resolved(appId, requester, from, outcome, now));
                        if (both && outgoing.remove(requester) != null) {
                            facts.add(Friendship.resolved(appId, from, requester, Friendship.SUPERSEDED, now));
                        }
                    }
                }
                result(results, requester, code);
            }
            writer.commit(from, request.requestId(), Friendship.withListChanges(lists.all(), facts));
            failAccounts(reply, results, "To_Account");
            return reply;
        });
    }
}
