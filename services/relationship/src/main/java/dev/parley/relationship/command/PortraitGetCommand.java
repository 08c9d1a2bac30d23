package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code portrait_get}: the requested tags of up to 100 users. {@code To_Account} absent or empty → 40002, malformed
 * or over 100 → 40001; {@code TagList} must be a non-empty array of strings (40001). Tags the app does not have are
 * skipped, as are tags without a value ({@link ProfileValues#render}). An optional {@code From_Account} must be the
 * caller unless the caller is an App admin (40004). Per user: 40003 no such account.
 */
@Singleton
public class PortraitGetCommand extends RelationshipCommand {
    static final int MAX_ACCOUNTS = 100;

    PortraitGetCommand(RelationshipDeps deps) {
        super(deps, PROFILE, Family.PROFILE);
    }

    @Override
    public String command() {
        return "portrait_get";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String from = Fields.optionalText(family(), body, "From_Account");
        if (from != null) {
            if (!Fields.validUserId(from)) {
                throw family().bad("From_Account must be a UserID of 1 to 32 bytes");
            }
            checkActingFor(app, request, from);
        }
        JsonNode to = body.get("To_Account");
        if (to == null || to.isNull() || (to.isArray() && to.isEmpty())) {
            throw new BadRequest(ErrorCode.PROFILE_NO_ACCOUNT, "To_Account is required: a non-empty array");
        }
        List<String> accounts = Fields.userIds(family(), body, "To_Account", MAX_ACCOUNTS);
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(Fields.strings(family(), body, "TagList")));
        if (tags.isEmpty()) {
            throw family().bad("TagList is required: a non-empty array of tags");
        }
        List<String> customKeys = app.settings().profileCustomKeysOrEmpty();
        Set<String> missing = missingAccounts(app, accounts);
        ObjectNode reply = ok();
        ArrayNode items = reply.putArray("UserProfileItem");
        for (String account : accounts) {
            ObjectNode item = items.addObject();
            item.put("To_Account", account);
            ArrayNode profile = item.putArray("ProfileItem");
            ErrorCode code = ErrorCode.PROFILE_ACCOUNT_NOT_FOUND;
            if (!missing.contains(account)) {
                code = ErrorCode.SUCCESS;
                ProfileValues.render(profile, store.profile(app.appId(), account), tags, customKeys);
            }
            item.put("ResultCode", code.code());
            item.put("ResultInfo", code == ErrorCode.SUCCESS ? "" : code.info());
        }
        failAccounts(reply, items, "To_Account");
        return reply;
    }
}
