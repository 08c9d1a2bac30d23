package dev.parley.model.message;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code TIMVideoFileElem} content. REST senders must fill {@code VideoUrl}, {@code VideoUUID}, {@code ThumbUrl},
 * {@code ThumbUUID}, {@code ThumbWidth}, {@code ThumbHeight} and both download flags (always {@value
 * SoundElem#DOWNLOAD_FLAG_URL}); this list comes from Tencent's REST element page, which §4.1 does not repeat.
 *
 * @param videoUrl {@code VideoUrl}, required
 * @param videoUuid {@code VideoUUID}, required
 * @param videoSize {@code VideoSize}, bytes, optional
 * @param videoSecond {@code VideoSecond}, duration in seconds, optional
 * @param videoFormat {@code VideoFormat}, a string such as {@code mp4}, optional
 * @param videoDownloadFlag {@code VideoDownloadFlag}, required, must be {@value SoundElem#DOWNLOAD_FLAG_URL}
 * @param thumbUrl {@code ThumbUrl}, required
 * @param thumbUuid {@code ThumbUUID}, required
 * @param thumbSize {@code ThumbSize}, bytes, optional
 * @param thumbWidth {@code ThumbWidth}, pixels, required
 * @param thumbHeight {@code ThumbHeight}, pixels, required
 * @param thumbFormat {@code ThumbFormat}, a string such as {@code JPG}, optional
 * @param thumbDownloadFlag {@code ThumbDownloadFlag}, required, must be {@value SoundElem#DOWNLOAD_FLAG_URL}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
    "VideoUrl",
    "VideoUUID",
    "VideoSize",
    "VideoSecond",
    "VideoFormat",
    "VideoDownloadFlag",
    "ThumbUrl",
    "ThumbUUID",
    "ThumbSize",
    "ThumbWidth",
    "ThumbHeight",
    "ThumbFormat",
    "ThumbDownloadFlag"
})
public record VideoFileElem(
        @JsonProperty("VideoUrl") @NotNull String videoUrl,
        @JsonProperty("VideoUUID") @NotNull String videoUuid,
        @JsonProperty("VideoSize") Long videoSize,
        @JsonProperty("VideoSecond") Long videoSecond,
        @JsonProperty("VideoFormat") String videoFormat,

        @JsonProperty("VideoDownloadFlag") @NotNull @Min(SoundElem.DOWNLOAD_FLAG_URL) @Max(SoundElem.DOWNLOAD_FLAG_URL)
        Integer videoDownloadFlag,

        @JsonProperty("ThumbUrl") @NotNull String thumbUrl,
        @JsonProperty("ThumbUUID") @NotNull String thumbUuid,
        @JsonProperty("ThumbSize") Long thumbSize,
        @JsonProperty("ThumbWidth") @NotNull Long thumbWidth,
        @JsonProperty("ThumbHeight") @NotNull Long thumbHeight,
        @JsonProperty("ThumbFormat") String thumbFormat,

        @JsonProperty("ThumbDownloadFlag") @NotNull @Min(SoundElem.DOWNLOAD_FLAG_URL) @Max(SoundElem.DOWNLOAD_FLAG_URL)
        Integer thumbDownloadFlag)
        implements MsgContent {

    @Override
    public MsgType msgType() {
        return MsgType.VIDEO_FILE;
    }
}
