package dev.parley.message.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.message.store.HistoryExportStore;
import dev.parley.message.store.HistoryExportStore.FileInfo;

/**
 * Builds the gzip file of an hour from its records, streaming (an hour is never held in memory). A first pass only
 * measures the content; when it matches the hour's newest file, that file is answered again. Otherwise a second
 * pass writes a new file version under a new id in parts of 256 KiB, and only then makes it the newest: a file,
 * once its URL was handed out, never changes.
 */
@ApplicationScoped
public class HistoryFiles {
    /** Bytes per stored part. */
    static final int PART_SIZE = 256 * 1024;

    private final HistoryExportStore store;

    HistoryFiles(HistoryExportStore store) {
        this.store = store;
    }

    /** The file of the hour, generated if needed; empty when the hour has no records. */
    public Optional<FileInfo> file(String appId, String chatType, HistoryHour hour) {
        Measured measured = write(appId, chatType, hour, OutputStream.nullOutputStream());
        if (measured.records() == 0) {
            return Optional.empty();
        }
        Optional<FileInfo> latest = store.latest(appId, chatType, hour.text());
        if (latest.isPresent() && latest.get().fileMd5().equals(measured.fileMd5())) {
            return latest;
        }
        String fileId = UUID.randomUUID().toString().replace("-", "");
        Measured written;
        try (PartWriter parts = new PartWriter(store, appId, chatType, hour.text(), fileId)) {
            written = write(appId, chatType, hour, parts);
        }
        FileInfo file =
                new FileInfo(fileId, written.fileSize(), written.fileMd5(), written.gzipSize(), written.gzipMd5());
        store.saveLatest(appId, chatType, hour.text(), file);
        return Optional.of(file);
    }

    /** Writes the hour's gzip file to {@code sink} and measures it. */
    private Measured write(String appId, String chatType, HistoryHour hour, OutputStream sink) {
        try {
            MessageDigest gzipMd5 = MessageDigest.getInstance("MD5");
            MessageDigest fileMd5 = MessageDigest.getInstance("MD5");
            Counting gzipCount = new Counting(new DigestOutputStream(sink, gzipMd5));
            GZIPOutputStream gzip = new GZIPOutputStream(gzipCount, 64 * 1024);
            Counting fileCount = new Counting(new DigestOutputStream(gzip, fileMd5));
            HistoryRecords.Writer writer = new HistoryRecords.Writer(fileCount);
            long records = 0;
            for (String record : store.records(appId, chatType, hour.text())) {
                writer.add(record);
                records++;
            }
            writer.finish();
            fileCount.flush();
            gzip.finish();
            gzipCount.flush();
            return new Measured(
                    records,
                    fileCount.count,
                    HexFormat.of().formatHex(fileMd5.digest()),
                    gzipCount.count,
                    HexFormat.of().formatHex(gzipMd5.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    private record Measured(long records, long fileSize, String fileMd5, long gzipSize, String gzipMd5) {}

    /** Counts the bytes passing through. */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Stores what is written as numbered parts of {@link #PART_SIZE} bytes. */
    private static final class PartWriter extends OutputStream {
        private final HistoryExportStore store;
        private final String appId;
        private final String chatType;
        private final String hour;
        private final String fileId;
        private final byte[] buffer = new byte[PART_SIZE];
        private int filled;
        private int part;

        PartWriter(HistoryExportStore store, String appId, String chatType, String hour, String fileId) {
            this.store = store;
            this.appId = appId;
            this.chatType = chatType;
            this.hour = hour;
            this.fileId = fileId;
        }

        @Override
        public void write(int b) {
            if (filled == PART_SIZE) {
                emit();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (filled == PART_SIZE) {
                    emit();
                }
                int n = Math.min(len, PART_SIZE - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() {
            if (filled > 0) {
                emit();
            }
        }

        private void emit() {
            store.writePart(appId, chatType, hour, fileId, part++, java.util.Arrays.copyOf(buffer, filled));
            filled = 0;
        }
    }
}
