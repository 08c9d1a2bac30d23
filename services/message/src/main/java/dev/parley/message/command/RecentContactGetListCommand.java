package dev.parley.message.command;

import java.util.List;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.parley.message.conversation.ConversationListing;
import dev.parley.message.conversation.ConversationListing.Cursor;
import dev.parley.message.conversation.ConversationListing.Item;
import dev.parley.message.conversation.ConversationQueries;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code recentcontact/get_list}: a user's conversations, newest first, paged with {@code TimeStamp}/
 * {@code StartIndex} (and {@code TopTimeStamp}/{@code TopStartIndex} for pinned ones), see
 * {@link ConversationListing}. Each {@code SessionItem} carries Tencent's {@code Type}, {@code To_Account} or
 * {@code GroupId}, {@code MsgTime} and {@code TopFlag}, plus Parley's {@code UnreadMsgNum} and {@code LastMsg}
 * ({@code MsgKey} or {@code MsgSeq}, {@code From_Account}, {@code MsgTime}, {@code MsgFlagBits} 8 when recalled).
 * The list is a projection of the message stream: it follows new messages within moments.
 */
@Singleton
public class RecentContactGetListCommand extends MessageCommand {
    private final AccountDirectory accounts;
    private final ConversationQueries queries;
    private final int pageSize;

    RecentContactGetListCommand(
            AppDirectory apps,
            AccountDirectory accounts,
            ConversationQueries queries,
            @ConfigProperty(name = "parley.conversations.page-size", defaultValue = "100") int pageSize) {
        super(apps);
        this.accounts = accounts;
        this.queries = queries;
        this.pageSize = pageSize;
    }

    @Override
    public String service() {
        return "recentcontact";
    }

    @Override
    public String command() {
        return "get_list";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String user = MessageFields.userId(body, "From_Account", 50002);
        Cursor cursor = new Cursor(number(body, "TimeStamp"), number(body, "StartIndex"));
        Cursor top = new Cursor(number(body, "TopTimeStamp"), number(body, "TopStartIndex"));
        int flags = (int) number(body, "AssistFlags");
        if (!accounts.missing(app, List.of(user)).isEmpty()) {
            throw new Refused(50001, "From_Account does not exist");
        }
        ConversationListing.Page page =
                ConversationListing.page(queries.items(app.appId(), user), flags, cursor, top, pageSize);
        ObjectNode reply = TencentReply.ok();
        reply.put("ErrorDisplay", "");
        ArrayNode items = reply.putArray("SessionItem");
        for (Item item : page.items()) {
            ObjectNode session = items.addObject();
            session.put("Type", item.type());
            session.put(item.type() == 1 ? "To_Account" : "GroupId", item.peer());
            session.put("MsgTime", item.msgTime());
            session.put("TopFlag", item.pinned() ? 1 : 0);
            session.put("UnreadMsgNum", item.unread());
            if (item.last() != null) {
                ObjectNode last = session.putObject("LastMsg");
                if (item.type() == 1) {
                    last.put("MsgKey", item.last().msgKey());
                } else {
                    last.put("MsgSeq", item.last().seq());
                }
                last.put("From_Account", item.last().fromAccount());
                last.put("MsgTime", item.last().msgTime());
                last.put("MsgFlagBits", item.recalled() ? 8 : 0);
            }
        }
        reply.put("CompleteFlag", page.complete() ? 1 : 0);
        reply.put("TimeStamp", page.next().time());
        reply.put("StartIndex", page.next().index());
        reply.put("TopTimeStamp", page.nextTop().time());
        reply.put("TopStartIndex", page.nextTop().index());
        return reply;
    }

    private static long number(JsonNode body, String field) {
        Long value = MessageFields.optionalUint32(body, field, 50002);
        return value == null ? 0 : value;
    }
}
