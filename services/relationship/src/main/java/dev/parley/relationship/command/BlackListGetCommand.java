package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code black_list_get}: one page of {@code From_Account}'s blacklist in blocked-UserID order, from
 * {@code StartIndex} (default 0), {@code MaxLimited} entries (1 to 1,000, default 100). Answers the next
 * {@code StartIndex} (0 when the list is done) and {@code CurruentSequence} — Tencent's misspelling, kept — which is
 * the blacklist's size; {@code LastSequence} is checked but not used.
 */
@Singleton
public class BlackListGetCommand extends RelationshipCommand {
    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 1_000;

    BlackListGetCommand(RelationshipDeps deps) {
        super(deps, SNS, Family.SNS);
    }

    @Override
    public String command() {
        return "black_list_get";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        String from = fromAccount(app, request);
        Long start = Fields.optionalLong(family(), request.body(), "StartIndex");
        Long limit = Fields.optionalLong(family(), request.body(), "MaxLimited");
        Fields.optionalLong(family(), request.body(), "LastSequence");
        if (limit != null && (limit < 1 || limit > MAX_PAGE)) {
            throw family().bad("MaxLimited must be 1 to " + MAX_PAGE);
        }
        long first = start == null ? 0 : start;
        int pageSize = limit == null ? DEFAULT_PAGE : limit.intValue();

        List<Map.Entry<String, Long>> all =
                new ArrayList<>(store.blacklist(app.appId(), from).entrySet());
        ObjectNode reply = ok();
        ArrayNode items = reply.putArray("BlackListItem");
        long next = 0;
        if (first < all.size()) {
            int begin = (int) first;
            int end = Math.min(all.size(), begin + pageSize);
            for (Map.Entry<String, Long> entry : all.subList(begin, end)) {
                items.addObject().put("To_Account", entry.getKey()).put("AddBlackTimeStamp", entry.getValue());
            }
            next = end < all.size() ? end : 0;
        }
        reply.put("StartIndex", next);
        reply.put("CurruentSequence", all.size());
        return reply;
    }
}
