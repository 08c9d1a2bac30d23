package dev.parley.message.export;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Iterator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;

import dev.parley.message.store.HistoryExportStore;

/**
 * Serves generated history files at the URLs {@code get_history} hands out. The URL's app, chat type, hour and file
 * id are covered by its HMAC signature ({@link ExportSigner}), so a URL can only fetch the one file it was issued
 * for, never another app's: a changed path or an expired or tampered signature answers 403, an unknown file 404.
 */
@Path(HistoryDownloadResource.PATH + "/{appId}/{chatType}/{hour}/{file}")
@Blocking
public class HistoryDownloadResource {
    /** The path prefix of download URLs. */
    public static final String PATH = "/export/v1/history";

    private final ExportSigner signer;
    private final HistoryExportStore store;

    HistoryDownloadResource(ExportSigner signer, HistoryExportStore store) {
        this.signer = signer;
        this.store = store;
    }

    /** The gzip file, streamed part by part. */
    @GET
    public Response download(
            @PathParam("appId") String appId,
            @PathParam("chatType") String chatType,
            @PathParam("hour") String hour,
            @PathParam("file") String file,
            @QueryParam("Expires") long expires,
            @QueryParam("Signature") String signature) {
        if (!file.endsWith(".gz")
                || !(HistoryRecords.C2C.equals(chatType) || HistoryRecords.GROUP.equals(chatType))
                || HistoryHour.parse(hour).isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        FileRef ref = new FileRef(appId, chatType, hour, file.substring(0, file.length() - 3));
        if (!signer.verify(ref, expires, signature, Instant.now().getEpochSecond())) {
            Log.infof("App %s: refused a history download with an invalid or expired signature", appId);
            return Response.status(Response.Status.FORBIDDEN)
                    .entity("Signature invalid or expired")
                    .build();
        }
        Iterator<ByteBuffer> parts =
                store.parts(appId, chatType, hour, ref.fileId()).iterator();
        if (!parts.hasNext()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        StreamingOutput body = out -> {
            while (parts.hasNext()) {
                ByteBuffer part = parts.next();
                byte[] bytes = new byte[part.remaining()];
                part.get(bytes);
                out.write(bytes);
            }
        };
        return Response.ok(body, "application/gzip")
                .header("Content-Disposition", "attachment; filename=\"" + chatType + "_" + hour + ".gz\"")
                .build();
    }
}
