package dev.parley.message.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.extension.ExtensionItem;
import dev.parley.message.extension.ExtensionPage;
import dev.parley.message.extension.ItemResult;
import dev.parley.message.extension.MessageExtensionService.SetOutcome;
import dev.parley.message.extension.MessageExtensionService.Target;
import dev.parley.message.extension.OperateType;
import dev.parley.message.store.MessageExtensionStore.Entry;
import dev.parley.model.app.Edition;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.TencentReply;

/**
 * What the four extension commands share (§5.4): field readers, the edition rule, the message checks and the
 * response shapes. The one-to-one commands answer in the {@code openim} code family, the group ones in the group
 * family ({@link Codes}).
 */
final class ExtensionRequests {
    /** Items per set call (§5.4). */
    static final int MAX_ITEMS = 20;
    /** Bytes of a Key. */
    static final int MAX_KEY_BYTES = 100;
    /** Bytes of a Value. */
    static final int MAX_VALUE_BYTES = 1000;
    /** "Not available on this edition" (§2.7 10059): extensions need the Ultimate or Enterprise edition. */
    static final int EDITION_CODE = 10059;

    /**
     * The codes of one family.
     *
     * @param field a malformed field
     * @param notFound no stored message at that MsgKey / MsgSeq, or a recalled one
     * @param notEnabled the message was not sent with {@code SupportMessageExtension: 1}
     * @param tooManyKeys the call would leave more than 300 keys on the message
     */
    record Codes(int field, int notFound, int notEnabled, int tooManyKeys) {}

    /** One-to-one: 90001 fields, 20022 message does not exist, 20001 invalid request for the other two. */
    static final Codes C2C = new Codes(90001, 20022, 20001, 20001);
    /** Group: 10004 fields, 10030 message does not exist, 10004 invalid parameter for the other two. */
    static final Codes GROUP = new Codes(10004, 10030, 10004, 10004);

    private ExtensionRequests() {}

    /** Refuses apps below the Ultimate edition, as Tencent does (docs: extensions, "Editions"). */
    static void requireEdition(AppInfo app) {
        if (app.edition() != Edition.ULTIMATE && app.edition() != Edition.ENTERPRISE) {
            throw new Refused(EDITION_CODE, "Message extensions need the Ultimate or Enterprise edition");
        }
    }

    /**
     * The target message, refused when it is not stored, was recalled (answered as "does not exist": a recalled
     * message has no content left, and its extensions are neither readable nor changeable any more), or does not
     * accept extensions.
     */
    static Target require(Optional<Target> target, Codes codes) {
        if (target.isEmpty()) {
            throw new Refused(codes.notFound(), "The message does not exist or has expired");
        }
        if (target.get().recalled()) {
            throw new Refused(codes.notFound(), "The message was recalled");
        }
        if (!target.get().supportExtension()) {
            throw new Refused(codes.notEnabled(), "The message was not sent with SupportMessageExtension: 1");
        }
        return target.get();
    }

    /** {@code StartSeq}: 0 (everything) when absent. */
    static long startSeq(JsonNode body, Codes codes) {
        Long start = MessageFields.optionalUint32(body, "StartSeq", codes.field());
        return start == null ? 0 : start;
    }

    /** The required {@code OperateType}: 1, 2 or 3. */
    static OperateType operateType(JsonNode body, Codes codes) {
        OperateType type = OperateType.of(MessageFields.uint32(body, "OperateType", codes.field()));
        if (type == null) {
            throw new Refused(codes.field(), "OperateType must be 1 (set), 2 (delete) or 3 (clear all)");
        }
        return type;
    }

    /** {@code ExtensionList}: 1 to 20 distinct keys for a set or delete, ignored for a clear-all. */
    static List<ExtensionItem> items(JsonNode body, OperateType type, Codes codes) {
        List<ExtensionItem> items = new ArrayList<>();
        if (type == OperateType.CLEAR) {
            return items;
        }
        JsonNode list = body.get("ExtensionList");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new Refused(codes.field(), "ExtensionList is required: an array of 1 to 20 items");
        }
        if (list.size() > MAX_ITEMS) {
            throw new Refused(codes.field(), "ExtensionList holds at most 20 items per call");
        }
        Set<String> keys = new HashSet<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new Refused(codes.field(), "ExtensionList items must be objects");
            }
            String key = MessageFields.optionalText(item, "Key", codes.field());
            if (key == null || key.isEmpty() || bytes(key) > MAX_KEY_BYTES) {
                throw new Refused(codes.field(), "Key is required: 1 to 100 bytes");
            }
            if (!keys.add(key)) {
                throw new Refused(codes.field(), "ExtensionList names a Key twice");
            }
            String value = MessageFields.optionalText(item, "Value", codes.field());
            if (type == OperateType.SET && value == null) {
                throw new Refused(codes.field(), "Value is required to set a key");
            }
            if (value != null && bytes(value) > MAX_VALUE_BYTES) {
                throw new Refused(codes.field(), "Value is at most 1000 bytes");
            }
            Long seq = MessageFields.optionalUint32(item, "Seq", codes.field());
            items.add(new ExtensionItem(key, type == OperateType.SET ? value : "", seq));
        }
        return items;
    }

    /** The {@code get_key_values} answer. */
    static ObjectNode page(ExtensionPage page) {
        ObjectNode reply = TencentReply.ok();
        reply.put("CompleteFlag", page.complete() ? 1 : 0);
        reply.put("LatestSeq", page.latestSeq());
        reply.put("ClearSeq", page.clearSeq());
        ArrayNode list = reply.putArray("ExtensionList");
        for (Entry entry : page.entries()) {
            list.addObject().put("Key", entry.key()).put("Value", entry.value()).put("Seq", entry.seq());
        }
        return reply;
    }

    /** The {@code set_key_values} answer: one {@code {ErrorCode, Extension}} per item. */
    static ObjectNode setReply(SetOutcome outcome, Codes codes) {
        if (outcome.tooManyKeys()) {
            throw new Refused(codes.tooManyKeys(), "A message holds at most 300 extension keys");
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode list = reply.putArray("ExtensionList");
        for (ItemResult result : outcome.results()) {
            ObjectNode item = list.addObject();
            item.put("ErrorCode", result.errorCode());
            item.putObject("Extension")
                    .put("Key", result.key())
                    .put("Value", result.value())
                    .put("Seq", result.seq());
        }
        return reply;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
