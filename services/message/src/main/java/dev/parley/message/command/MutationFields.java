package dev.parley.message.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import dev.parley.message.store.MessageEdits.Content;
import dev.parley.model.message.MsgBody;
import dev.parley.model.message.MsgBodyProblem;
import dev.parley.model.message.MsgBodyValidator;
import dev.parley.model.message.MsgScope;

/** Readers of the recall, edit and one-sided delete fields; each names the Tencent code of a wrong field. */
final class MutationFields {
    /** The most {@code MsgKeyList} items of one {@code delete_c2c_msg_ramble}. */
    static final int MAX_MSG_KEYS = 30;
    /** The most {@code MsgSeqList} items of one {@code group_msg_recall}. */
    static final int MAX_MSG_SEQS = 10;

    private MutationFields() {}

    /**
     * What an edit request changes, as a function of the stored content: {@code MsgBody} and/or {@code
     * CloudCustomData} (at least one, else {@code code}); the one not given is kept. A new {@code MsgBody} is
     * checked here by the shared validator; the 12 KB limit over both is checked against the stored part when
     * only one is given (that check runs when the edit applies).
     */
    static UnaryOperator<Content> change(JsonNode body, MsgScope scope, int code) {
        String cloud = MessageFields.optionalText(body, "CloudCustomData", code);
        JsonNode msgBody = body.get("MsgBody");
        boolean hasBody = msgBody != null && !msgBody.isNull();
        if (!hasBody && cloud == null) {
            throw new Refused(code, "MsgBody or CloudCustomData is required");
        }
        String newBody = hasBody ? MessageFields.msgBody(body, cloud, scope) : null;
        return stored -> {
            Content next = new Content(
                    newBody != null ? newBody : stored.body(), cloud != null ? cloud : stored.cloudCustomData());
            if (newBody == null || cloud == null) {
                checkSize(next, scope);
            }
            return next;
        };
    }

    /** The 12 KB limit over body and custom data; a stored body that no longer parses is not measured. */
    static void checkSize(Content content, MsgScope scope) {
        MsgBody parsed;
        try {
            parsed = MsgBody.parse(content.body());
        } catch (RuntimeException e) {
            return;
        }
        if (MsgBodyValidator.messageSize(parsed, content.cloudCustomData()) > MsgBodyValidator.MAX_MESSAGE_BYTES) {
            throw new Refused(MsgBodyProblem.TOO_LONG.code(scope).code(), "MsgBody and CloudCustomData exceed 12 KB");
        }
    }

    /** {@code MsgSeqList}: 1 to 10 objects {@code {"MsgSeq": uint32}}, else 10004. */
    static List<Long> msgSeqList(JsonNode body) {
        JsonNode list = body.get("MsgSeqList");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_MSG_SEQS) {
            throw new Refused(10004, "MsgSeqList must hold 1 to " + MAX_MSG_SEQS + " items");
        }
        List<Long> seqs = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new Refused(10004, "MsgSeqList items must be objects with MsgSeq");
            }
            seqs.add(MessageFields.uint32(item, "MsgSeq", 10004));
        }
        return seqs;
    }

    /** {@code MsgKeyList}: 1 to 30 strings, else 90001; their shape is checked per key by the caller. */
    static List<String> msgKeyList(JsonNode body) {
        List<String> keys = MessageFields.strings(body, "MsgKeyList", 90001);
        if (keys.isEmpty() || keys.size() > MAX_MSG_KEYS) {
            throw new Refused(90001, "MsgKeyList must hold 1 to " + MAX_MSG_KEYS + " MsgKeys");
        }
        return keys;
    }

    /**
     * Parley keeps no community topics: a non-empty {@code TopicId} is refused (10004) rather than applied to the
     * group's own message with the same sequence.
     */
    static void refuseTopic(JsonNode body) {
        String topic = MessageFields.optionalText(body, "TopicId", 10004);
        if (topic != null && !topic.isEmpty()) {
            throw new Refused(10004, "TopicId is not supported");
        }
    }
}
