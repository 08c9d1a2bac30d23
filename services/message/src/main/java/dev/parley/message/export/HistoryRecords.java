package dev.parley.message.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.message.events.MessageCommitted;
import dev.parley.platform.events.EventCodec;

/**
 * Tencent's history-file format: a JSON document {@code {"MsgList":[...]}} written one record per line, the first
 * line {@code {"MsgList":[}}, each record line but the last ending in a comma, the last line {@code ]}}, which both
 * whole-document and line-by-line readers of Tencent's files accept. One-to-one records carry {@code From_Account},
 * {@code To_Account}, {@code MsgTimestamp}, {@code MsgSeq}, {@code MsgRandom}, {@code MsgKey}, {@code MsgBody},
 * {@code CloudCustomData}, {@code MsgFromPlatform} and {@code ClientIP}; group records {@code GroupId} instead of
 * {@code To_Account} and no {@code MsgKey}.
 */
public final class HistoryRecords {
    /** {@code ChatType} of one-to-one messages. */
    public static final String C2C = "C2C";
    /** {@code ChatType} of group messages. */
    public static final String GROUP = "Group";

    private static final byte[] HEADER = "{\"MsgList\":[\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FOOTER = "\n]}\n".getBytes(StandardCharsets.UTF_8);

    private HistoryRecords() {}

    /** The chat type a committed message is exported under. */
    public static String chatType(MessageCommitted message) {
        return "GROUP".equals(message.kind()) ? GROUP : C2C;
    }

    /** The history record of a committed message, as one line of JSON. */
    public static String record(MessageCommitted m) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        boolean group = "GROUP".equals(m.kind());
        if (group) {
            record.put("GroupId", m.groupId());
        }
        record.put("From_Account", m.fromAccount());
        if (!group) {
            record.put("To_Account", m.toAccount());
        }
        record.put("MsgTimestamp", m.msgTime());
        record.put("MsgSeq", m.msgSeq());
        record.put("MsgRandom", m.msgRandom());
        if (!group) {
            record.put("MsgKey", m.msgKey());
        }
        record.set("MsgBody", body(m.msgBody()));
        record.put("CloudCustomData", m.cloudCustomData() == null ? "" : m.cloudCustomData());
        // Every Parley message so far comes through the REST API; the sender's address is not known.
        record.put("MsgFromPlatform", "RESTAPI");
        record.put("ClientIP", "");
        return record.toString();
    }

    private static JsonNode body(String json) {
        try {
            return EventCodec.json().readTree(json);
        } catch (IOException e) {
            return JsonNodeFactory.instance.arrayNode();
        }
    }

    /** Writes a file's records to {@code out}, in the order given. */
    public static final class Writer {
        private final OutputStream out;
        private boolean first = true;

        /** Starts a file: writes the header line. */
        public Writer(OutputStream out) throws IOException {
            this.out = out;
            out.write(HEADER);
        }

        /** Appends one record line. */
        public void add(String record) throws IOException {
            if (!first) {
                out.write(SEPARATOR);
            }
            first = false;
            out.write(record.getBytes(StandardCharsets.UTF_8));
        }

        /** Writes the closing line (does not close the stream). */
        public void finish() throws IOException {
            out.write(first ? "]}\n".getBytes(StandardCharsets.UTF_8) : FOOTER);
        }
    }
}
