package dev.parley.group.command;

import java.util.List;
import java.util.Map;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.GroupEngine;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code group_open_avchatroom_http_svc/get_members}: the users present in a live room by entry time, 250 a page.
 * {@code Timestamp} 0 asks for the first page; {@code NextTimestamp} is the entry time to continue after, 0 on the
 * last page. A page never ends between two users who entered in the same second, so none is skipped.
 */
@Singleton
public class GetLiveMembersCommand extends LiveRoomCommand {
    static final int PAGE_SIZE = 250;

    GetLiveMembersCommand(AppDirectory apps, GroupEngine engine) {
        super(apps, engine);
    }

    @Override
    public String command() {
        return "get_members";
    }

    @Override
    Query parse(CommandRequest request) {
        Long timestamp = Fields.optionalLong(request.body(), "Timestamp");
        long after = timestamp == null ? 0 : timestamp;
        return presence -> reply(page(presence, after, PAGE_SIZE));
    }

    /**
     * One page of present users.
     *
     * @param members UserID and entry time, in entry order
     * @param nextTimestamp entry time to continue after, 0 when done
     */
    record Page(List<Map.Entry<String, Long>> members, long nextTimestamp) {}

    /** The users who entered after {@code after}, about {@code size} of them, ordered by entry time then UserID. */
    static Page page(Map<String, Long> presence, long after, int size) {
        List<Map.Entry<String, Long>> sorted = presence.entrySet().stream()
                .filter(e -> e.getValue() > after)
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
        if (sorted.size() <= size) {
            return new Page(sorted, 0);
        }
        long boundary = sorted.get(size - 1).getValue();
        int cut = size;
        if (sorted.get(size).getValue() == boundary) {
            cut = firstIndexOf(sorted, boundary);
            if (cut == 0) { // more than a page entered in the same second: the page holds all of them
                cut = size;
                while (cut < sorted.size() && sorted.get(cut).getValue() == boundary) {
                    cut++;
                }
            }
        }
        long next = cut == sorted.size() ? 0 : sorted.get(cut - 1).getValue();
        return new Page(sorted.subList(0, cut), next);
    }

    private static int firstIndexOf(List<Map.Entry<String, Long>> sorted, long time) {
        int index = 0;
        while (sorted.get(index).getValue() != time) {
            index++;
        }
        return index;
    }

    private static ObjectNode reply(Page page) {
        ObjectNode reply = TencentReply.ok();
        ArrayNode list = reply.putArray("MemberList");
        page.members()
                .forEach(m -> list.addObject().put("Member_Account", m.getKey()).put("JoinTime", m.getValue()));
        reply.put("NextTimestamp", page.nextTimestamp());
        return reply;
    }
}
