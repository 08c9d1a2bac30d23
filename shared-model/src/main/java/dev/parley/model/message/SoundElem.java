package dev.parley.model.message;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code TIMSoundElem} content. REST senders must fill {@code Url}, {@code UUID} and {@code Download_Flag}, the
 * latter always {@value #DOWNLOAD_FLAG_URL} (download from {@code Url}); old 2.x/3.x client SDKs sent only {@code
 * UUID}, {@code Size} and {@code Second}, which the typed view still reads.
 *
 * @param url {@code Url}, required
 * @param uuid {@code UUID}, globally unique id (usually the file's MD5), required
 * @param size {@code Size}, bytes, optional
 * @param second {@code Second}, duration in seconds, optional
 * @param downloadFlag {@code Download_Flag}, required, must be {@value #DOWNLOAD_FLAG_URL}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"Url", "UUID", "Size", "Second", "Download_Flag"})
public record SoundElem(
        @JsonProperty("Url") @NotNull String url,
        @JsonProperty("UUID") @NotNull String uuid,
        @JsonProperty("Size") Long size,
        @JsonProperty("Second") Long second,

        @JsonProperty("Download_Flag") @NotNull @Min(DOWNLOAD_FLAG_URL) @Max(DOWNLOAD_FLAG_URL)
        Integer downloadFlag)
        implements MsgContent {

    /** The only documented download flag: the file is downloaded from its URL. */
    public static final int DOWNLOAD_FLAG_URL = 2;

    @Override
    public MsgType msgType() {
        return MsgType.SOUND;
    }
}
