package dev.parley.message.command;

import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.message.export.HistoryDownloads;
import dev.parley.message.export.HistoryHour;
import dev.parley.message.export.HistoryRecords;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code open_msg_svc/get_history} (§5.13): the download of one Beijing hour ({@code MsgTime}, {@code YYYYMMDDHH})
 * of the app's stored one-to-one ({@code ChatType: C2C}) or group ({@code Group}) messages, as
 * {@code File: [{URL, ExpireTime, FileSize, FileMD5, GzipSize, GzipMD5}]}; an empty {@code File} list when the hour
 * has no messages, has not finished, or is older than 7 days. A bad {@code ChatType} or {@code MsgTime} answers
 * 20001 (invalid request).
 */
@Singleton
public class GetHistoryCommand extends MessageCommand {
    /** Invalid request: ChatType or MsgTime. */
    static final int BAD_REQUEST = 20001;

    private final HistoryDownloads downloads;

    GetHistoryCommand(AppDirectory apps, HistoryDownloads downloads) {
        super(apps);
        this.downloads = downloads;
    }

    @Override
    public String service() {
        return "open_msg_svc";
    }

    @Override
    public String command() {
        return "get_history";
    }

    @Override
    ObjectNode handle(AppInfo app, CommandRequest request) {
        JsonNode body = request.body();
        String chatType = MessageFields.optionalText(body, "ChatType", BAD_REQUEST);
        if (!HistoryRecords.C2C.equals(chatType) && !HistoryRecords.GROUP.equals(chatType)) {
            throw new Refused(BAD_REQUEST, "ChatType must be C2C or Group");
        }
        JsonNode msgTime = body.get("MsgTime");
        // Documented as a string; an integer of the same ten digits is accepted too.
        String text =
                msgTime == null ? null : msgTime.isTextual() || msgTime.isIntegralNumber() ? msgTime.asText() : null;
        Optional<HistoryHour> hour = HistoryHour.parse(text);
        if (hour.isEmpty()) {
            throw new Refused(BAD_REQUEST, "MsgTime must be an hour YYYYMMDDHH in Beijing time, e.g. 2015120121");
        }
        ObjectNode reply = TencentReply.ok();
        ArrayNode files = reply.putArray("File");
        downloads
                .download(app.appId(), chatType, hour.get())
                .ifPresent(d -> files.addObject()
                        .put("URL", d.url())
                        .put("ExpireTime", HistoryHour.beijing(d.expires()))
                        .put("FileSize", d.file().fileSize())
                        .put("FileMD5", d.file().fileMd5())
                        .put("GzipSize", d.file().gzipSize())
                        .put("GzipMD5", d.file().gzipMd5()));
        return reply;
    }
}
