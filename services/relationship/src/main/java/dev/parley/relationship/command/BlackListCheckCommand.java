package dev.parley.relationship.command;

import java.util.List;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code black_list_check}: for up to 1,000 users, whether they are in {@code From_Account}'s blacklist and, for
 * {@code BlackCheckResult_Type_Both}, whether {@code From_Account} is in theirs ({@link BlacklistRelation}).
 * {@code CheckType} is required (30001). Per item: 30003 no such account (with relation
 * {@code BlackCheckResult_Type_NO}).
 */
@Singleton
public class BlackListCheckCommand extends RelationshipCommand {
    static final int MAX_ITEMS = 1_000;

    BlackListCheckCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "black_list_check";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        List<String> targets = Fields.userIds(family(), request.body(), "To_Account", MAX_ITEMS);
        Boolean bothWays = BlacklistRelation.bothWays(Fields.optionalText(family(), request.body(), "CheckType"));
        if (bothWays == null) {
            throw family().bad("CheckType is required: " + BlacklistRelation.CHECK_SINGLE + " or "
                    + BlacklistRelation.CHECK_BOTH);
        }
        String appId = app.appId();
        Set<String> missing = missingAccounts(app, targets);
        Set<String> blocked = store.blockedAmong(appId, from, targets);
        Set<String> blockedBy = bothWays ? store.blockedByAmong(appId, from, targets) : Set.of();
        ObjectNode reply = ok();
        ArrayNode items = reply.putArray("BlackListCheckItem");
        for (String target : targets) {
            boolean exists = !missing.contains(target);
            ErrorCode code = exists ? ErrorCode.SUCCESS : ErrorCode.SNS_ACCOUNT_NOT_FOUND;
            String relation = exists
                    ? BlacklistRelation.of(bothWays, blocked.contains(target), blockedBy.contains(target))
                    : BlacklistRelation.NO;
            items.addObject()
                    .put("To_Account", target)
                    .put("Relation", relation)
                    .put("ResultCode", code.code())
                    .put("ResultInfo", exists ? "" : code.info());
        }
        failAccounts(reply, items, "To_Account");
        return reply;
    }
}
