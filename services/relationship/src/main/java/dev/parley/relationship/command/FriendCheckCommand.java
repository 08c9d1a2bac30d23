package dev.parley.relationship.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code friend_check}: the relation between From_Account and up to 1,000 users. {@code CheckResult_Type_Single}
 * looks at From_Account's list only (NoRelation / AWithB), {@code CheckResult_Type_Both} at both lists (also
 * BWithA / BothWay). An account that does not exist answers 30003 and is listed in Fail_Account.
 */
@Singleton
public class FriendCheckCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 1_000;

    static final String SINGLE = "CheckResult_Type_Single";
    static final String BOTH = "CheckResult_Type_Both";

    FriendCheckCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "friend_check";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<String> targets = Fields.userIds(family(), request.body(), "To_Account", MAX_ITEMS);
        String checkType = Fields.optionalText(family(), request.body(), "CheckType");
        if (!SINGLE.equals(checkType) && !BOTH.equals(checkType)) {
            throw family().bad("CheckType is required: CheckResult_Type_Single or CheckResult_Type_Both");
        }
        boolean both = BOTH.equals(checkType);
        String appId = app.appId();
        Set<String> friends = store.friendsAmong(appId, from, targets);
        Set<String> friendOf = both ? store.friendOfAmong(appId, from, targets) : Set.of();
        Set<String> unrelated = new LinkedHashSet<>(targets);
        unrelated.removeAll(friends);
        unrelated.removeAll(friendOf);
        Set<String> missing = unrelated.isEmpty() ? Set.of() : missingAccounts(app, unrelated);
        ObjectNode reply = ok();
        ArrayNode items = reply.putArray("InfoItem");
        for (String target : targets) {
            ErrorCode code = missing.contains(target) ? ErrorCode.SNS_ACCOUNT_NOT_FOUND : ErrorCode.SUCCESS;
            items.addObject()
                    .put("To_Account", target)
                    .put("Relation", relation(friends.contains(target), friendOf.contains(target)))
                    .put("ResultCode", code.code())
                    .put("ResultInfo", code == ErrorCode.SUCCESS ? "" : code.info());
        }
        failAccounts(reply, items, "To_Account");
        return reply;
    }

    private static String relation(boolean aWithB, boolean bWithA) {
        if (aWithB && bWithA) {
            return "CheckResult_Type_BothWay";
        }
        if (aWithB) {
            return "CheckResult_Type_AWithB";
        }
        return bWithA ? "CheckResult_Type_BWithA" : "CheckResult_Type_NoRelation";
    }
}
