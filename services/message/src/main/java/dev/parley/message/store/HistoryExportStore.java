package dev.parley.message.store;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;

import dev.parley.platform.cassandra.Cql;

/**
 * The history download's tables (V008): per (app, chat type, Beijing hour) the records of the stored messages in
 * time order, the generated gzip files in parts, and the newest file of each hour. Every key starts with the app
 * id; everything expires after 8 days (table TTL).
 */
@ApplicationScoped
public class HistoryExportStore {
    private static final String HOUR_KEY = "app_id = ? AND chat_type = ? AND hour = ?";

    private final Cql cql;

    HistoryExportStore(Cql cql) {
        this.cql = cql;
    }

    /**
     * The newest file of an hour.
     *
     * @param fileId the file's id
     * @param fileSize bytes before compression (FileSize)
     * @param fileMd5 hex MD5 before compression (FileMD5)
     * @param gzipSize bytes of the gzip (GzipSize)
     * @param gzipMd5 hex MD5 of the gzip (GzipMD5)
     */
    public record FileInfo(String fileId, long fileSize, String fileMd5, long gzipSize, String gzipMd5) {}

    /** Records one stored message; idempotent (the key is the message). */
    public void record(
            String appId, String chatType, String hour, long msgTime, String conversationId, long seq, String record) {
        cql.execute(
                "INSERT INTO {ks}.history_export_records (app_id, chat_type, hour, msg_time, conversation_id, seq,"
                        + " record) VALUES (?, ?, ?, ?, ?, ?, ?)",
                appId,
                chatType,
                hour,
                msgTime,
                conversationId,
                seq,
                record);
    }

    /** The hour's records in time order, fetched page by page while iterating. */
    public Iterable<String> records(String appId, String chatType, String hour) {
        ResultSet rows =
                cql.execute("SELECT record FROM {ks}.history_export_records WHERE " + HOUR_KEY, appId, chatType, hour);
        return () -> map(rows.iterator());
    }

    /** The newest file of the hour, if one was generated. */
    public Optional<FileInfo> latest(String appId, String chatType, String hour) {
        Row row = cql.execute(
                        "SELECT file_id, file_size, file_md5, gzip_size, gzip_md5 FROM {ks}.history_export_latest"
                                + " WHERE " + HOUR_KEY,
                        appId,
                        chatType,
                        hour)
                .one();
        return row == null
                ? Optional.empty()
                : Optional.of(new FileInfo(
                        row.getString(0), row.getLong(1), row.getString(2), row.getLong(3), row.getString(4)));
    }

    /** Makes {@code file} the newest file of the hour (written after all its parts). */
    public void saveLatest(String appId, String chatType, String hour, FileInfo file) {
        cql.execute(
                "INSERT INTO {ks}.history_export_latest (app_id, chat_type, hour, file_id, file_size, file_md5,"
                        + " gzip_size, gzip_md5) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                appId,
                chatType,
                hour,
                file.fileId(),
                file.fileSize(),
                file.fileMd5(),
                file.gzipSize(),
                file.gzipMd5());
    }

    /** Stores part {@code part} (from 0) of a file. */
    public void writePart(String appId, String chatType, String hour, String fileId, int part, byte[] data) {
        cql.execute(
                "INSERT INTO {ks}.history_export_files (app_id, chat_type, hour, file_id, part, data)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                appId,
                chatType,
                hour,
                fileId,
                part,
                ByteBuffer.wrap(data));
    }

    /** The parts of a file in order, fetched one page at a time; empty when the file does not exist. */
    public Iterable<ByteBuffer> parts(String appId, String chatType, String hour, String fileId) {
        var statement = cql.bind(
                        "SELECT data FROM {ks}.history_export_files WHERE " + HOUR_KEY + " AND file_id = ?",
                        appId,
                        chatType,
                        hour,
                        fileId)
                .setPageSize(4);
        ResultSet rows = cql.session().execute(statement);
        return () -> {
            Iterator<Row> it = rows.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public ByteBuffer next() {
                    return it.next().getByteBuffer(0);
                }
            };
        };
    }

    private static Iterator<String> map(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                return rows.next().getString(0);
            }
        };
    }
}
