package dev.parley.model.message;

import java.util.List;
import java.util.Objects;

/**
 * Checks a {@code MsgBody} against the REST sending rules of §4.1 and the size limit of §4.5, and tells which Tencent
 * code to answer with ({@link MsgBodyProblem#code(MsgScope)}). Pure Java, thread-safe.
 *
 * <p>Checks, in this order, stopping at the first failure:
 *
 * <ol>
 *   <li>parse: valid JSON, an array, every element an object with a string {@code MsgType} and an object {@code
 *       MsgContent}, a known {@code MsgType}, known fields of the right JSON type ({@link MsgBody#parse(String)});
 *   <li>at least one element;
 *   <li>each element's required fields (those {@link MsgContent} records mark {@code @NotNull}/{@code @NotEmpty})
 *       and documented values ({@code Download_Flag}s are 2, image {@code Type} is 1..3), element by element;
 *   <li>at most one {@code TIMCustomElem};
 *   <li>size at most {@link #maxBytes()}.
 * </ol>
 *
 * <p><b>Size.</b> Tencent does not document how its 12 KB are measured (§4.5, §10.1). Parley counts, following the
 * §10.1 recommendation, the UTF-8 bytes of the {@code MsgBody} JSON with insignificant whitespace removed ({@link
 * MsgBody#compactJson()}; string contents counted as written, so the six-character escape of 你 counts 6 bytes and
 * the raw character 3) plus the UTF-8 bytes of the decoded {@code CloudCustomData} string. {@code OfflinePushInfo}
 * and the other request fields do not count. The limit is inclusive: exactly 12288 bytes passes, 12289 fails.
 */
public final class MsgBodyValidator {

    /** The documented limit, 12 KB = 12288 bytes (older documents said 8 KB). */
    public static final int MAX_MESSAGE_BYTES = 12 * 1024;

    /** A validator with the documented 12 KB limit. */
    public static final MsgBodyValidator DEFAULT = new MsgBodyValidator(MAX_MESSAGE_BYTES);

    private final long maxBytes;

    /**
     * @param maxBytes the inclusive size limit, in bytes as {@link #messageSize} counts them
     * @throws IllegalArgumentException when not positive
     */
    public MsgBodyValidator(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** The inclusive size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The counted size of a message: UTF-8 bytes of {@link MsgBody#compactJson()} plus UTF-8 bytes of {@code
     * cloudCustomData} (null counts 0).
     */
    public static long messageSize(MsgBody body, String cloudCustomData) {
        return MsgJson.utf8Length(body.compactJson()) + MsgJson.utf8Length(cloudCustomData);
    }

    /**
     * Parses and validates the JSON text of a {@code MsgBody} value.
     *
     * @param msgBodyJson the text of the {@code MsgBody} value; null means the field was absent
     * @param cloudCustomData the decoded {@code CloudCustomData} string, null when absent
     * @param scope decides the error codes
     */
    public MsgBodyValidation validate(String msgBodyJson, String cloudCustomData, MsgScope scope) {
        Objects.requireNonNull(scope, "scope");
        if (msgBodyJson == null) {
            return MsgBodyValidation.failed(MsgBodyProblem.MISSING, scope, "MsgBody is missing", null, -1);
        }
        MsgBody body;
        try {
            body = MsgBody.parse(msgBodyJson);
        } catch (MsgBodyException e) {
            return MsgBodyValidation.failed(e.problem(), scope, e.getMessage(), null, -1);
        }
        return validate(body, cloudCustomData, scope);
    }

    /**
     * Validates a parsed body.
     *
     * @param body the body; null means the field was absent
     * @param cloudCustomData the decoded {@code CloudCustomData} string, null when absent
     * @param scope decides the error codes
     */
    public MsgBodyValidation validate(MsgBody body, String cloudCustomData, MsgScope scope) {
        Objects.requireNonNull(scope, "scope");
        if (body == null) {
            return MsgBodyValidation.failed(MsgBodyProblem.MISSING, scope, "MsgBody is missing", null, -1);
        }
        long size = messageSize(body, cloudCustomData);
        List<MsgElement> elements = body.elements();
        if (elements.isEmpty()) {
            return MsgBodyValidation.failed(MsgBodyProblem.EMPTY, scope, "MsgBody is empty", body, size);
        }
        int customs = 0;
        for (int i = 0; i < elements.size(); i++) {
            MsgContent c = elements.get(i).content();
            String path = MsgBody.FIELD + "[" + i + "].MsgContent";
            Defect d = check(c, path);
            if (d != null) {
                return MsgBodyValidation.failed(d.problem, scope, d.reason, body, size);
            }
            if (c instanceof CustomElem && ++customs > 1) {
                return MsgBodyValidation.failed(
                        MsgBodyProblem.MULTIPLE_CUSTOM_ELEMS,
                        scope,
                        "MsgBody holds more than one TIMCustomElem",
                        body,
                        size);
            }
        }
        if (size > maxBytes) {
            return MsgBodyValidation.failed(
                    MsgBodyProblem.TOO_LONG, scope, "message exceeds " + maxBytes + " bytes", body, size);
        }
        return MsgBodyValidation.ok(body, size);
    }

    private record Defect(MsgBodyProblem problem, String reason) {}

    private static Defect missing(String path, String field) {
        return new Defect(MsgBodyProblem.MISSING_FIELD, path + "." + field + " is required");
    }

    private static Defect flag(String path, String field, Integer value) {
        if (value == null) {
            return missing(path, field);
        }
        if (value != SoundElem.DOWNLOAD_FLAG_URL) {
            return new Defect(MsgBodyProblem.INVALID_FIELD, path + "." + field + " must be 2");
        }
        return null;
    }

    /** First defect of one element's content, in field order; null when it is fine. */
    private static Defect check(MsgContent content, String p) {
        if (content instanceof TextElem t) {
            return t.text() == null ? missing(p, "Text") : null;
        }
        if (content instanceof LocationElem l) {
            if (l.latitude() == null) {
                return missing(p, "Latitude");
            }
            return l.longitude() == null ? missing(p, "Longitude") : null;
        }
        if (content instanceof FaceElem f) {
            return f.index() == null ? missing(p, "Index") : null;
        }
        if (content instanceof SoundElem s) {
            return firstOf(
                    s.url() == null ? missing(p, "Url") : null,
                    s.uuid() == null ? missing(p, "UUID") : null,
                    flag(p, "Download_Flag", s.downloadFlag()));
        }
        if (content instanceof ImageElem i) {
            if (i.uuid() == null) {
                return missing(p, "UUID");
            }
            if (i.imageInfoArray() == null || i.imageInfoArray().isEmpty()) {
                return missing(p, "ImageInfoArray");
            }
            for (int k = 0; k < i.imageInfoArray().size(); k++) {
                ImageElem.ImageInfo info = i.imageInfoArray().get(k);
                String ip = p + ".ImageInfoArray[" + k + "]";
                if (info.type() == null) {
                    return missing(ip, "Type");
                }
                if (info.type() < ImageElem.ImageInfo.TYPE_ORIGINAL
                        || info.type() > ImageElem.ImageInfo.TYPE_THUMBNAIL) {
                    return new Defect(MsgBodyProblem.INVALID_FIELD, ip + ".Type must be 1, 2 or 3");
                }
                Defect d = firstOf(
                        info.width() == null ? missing(ip, "Width") : null,
                        info.height() == null ? missing(ip, "Height") : null,
                        info.url() == null ? missing(ip, "URL") : null);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (content instanceof FileElem f) {
            return firstOf(
                    f.url() == null ? missing(p, "Url") : null,
                    f.uuid() == null ? missing(p, "UUID") : null,
                    flag(p, "Download_Flag", f.downloadFlag()));
        }
        if (content instanceof VideoFileElem v) {
            return firstOf(
                    v.videoUrl() == null ? missing(p, "VideoUrl") : null,
                    v.videoUuid() == null ? missing(p, "VideoUUID") : null,
                    flag(p, "VideoDownloadFlag", v.videoDownloadFlag()),
                    v.thumbUrl() == null ? missing(p, "ThumbUrl") : null,
                    v.thumbUuid() == null ? missing(p, "ThumbUUID") : null,
                    v.thumbWidth() == null ? missing(p, "ThumbWidth") : null,
                    v.thumbHeight() == null ? missing(p, "ThumbHeight") : null,
                    flag(p, "ThumbDownloadFlag", v.thumbDownloadFlag()));
        }
        // TIMCustomElem and TIMRelayElem: every field optional, types already checked by the parser.
        return null;
    }

    private static Defect firstOf(Defect... defects) {
        for (Defect d : defects) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
