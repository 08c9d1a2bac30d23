package dev.parley.message.export;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.parley.message.store.HistoryExportStore.FileInfo;

/**
 * Answers {@code get_history}: the hour's file with a signed, expiring download URL on this service
 * ({@code <parley.message.public-url>/export/v1/history/<app>/<chatType>/<hour>/<fileId>.gz?Expires=&Signature=}).
 * Like Tencent, only finished hours of the last 7 days have a file; {@code parley.message.export-current-hour=true}
 * also serves the hour still running (for tests and demos: its file grows with every new message).
 */
@ApplicationScoped
public class HistoryDownloads {
    /** Days of hours that can be downloaded (Tencent keeps files 7 days). */
    static final Duration WINDOW = Duration.ofDays(7);

    private final HistoryFiles files;
    private final ExportSigner signer;
    private final String publicUrl;
    private final boolean currentHour;
    private final long urlTtlSeconds;

    HistoryDownloads(
            HistoryFiles files,
            ExportSigner signer,
            @ConfigProperty(name = "parley.message.public-url", defaultValue = "http://127.0.0.1:8082")
                    String publicUrl,
            @ConfigProperty(name = "parley.message.export-current-hour", defaultValue = "false") boolean currentHour,
            @ConfigProperty(name = "parley.message.export-url-ttl-seconds", defaultValue = "3600") long urlTtlSeconds) {
        this.files = files;
        this.signer = signer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.currentHour = currentHour;
        this.urlTtlSeconds = urlTtlSeconds;
    }

    /**
     * A file ready for download.
     *
     * @param url the signed URL
     * @param expires when the URL stops working
     * @param file the file's sizes and MD5s
     */
    public record Download(String url, Instant expires, FileInfo file) {}

    /** The download of an hour's messages of one chat type; empty when there is none (yet, or any more). */
    public Optional<Download> download(String appId, String chatType, HistoryHour hour) {
        Instant now = Instant.now();
        boolean finished = !hour.end().isAfter(now);
        boolean running = !finished && !hour.start().isAfter(now);
        if (!(finished || (running && currentHour)) || hour.end().isBefore(now.minus(WINDOW))) {
            return Optional.empty();
        }
        return files.file(appId, chatType, hour).map(file -> {
            long expires = now.getEpochSecond() + urlTtlSeconds;
            FileRef ref = new FileRef(appId, chatType, hour.text(), file.fileId());
            String url = publicUrl + HistoryDownloadResource.PATH + "/" + appId + "/" + chatType + "/" + hour.text()
                    + "/" + file.fileId() + ".gz?Expires=" + expires + "&Signature=" + signer.sign(ref, expires);
            return new Download(url, Instant.ofEpochSecond(expires), file);
        });
    }
}
