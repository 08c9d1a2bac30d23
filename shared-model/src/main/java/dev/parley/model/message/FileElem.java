package dev.parley.model.message;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code TIMFileElem} content. REST senders must fill {@code Url}, {@code UUID} and {@code Download_Flag} (always
 * {@value SoundElem#DOWNLOAD_FLAG_URL}).
 *
 * @param url {@code Url}, required
 * @param uuid {@code UUID}, required
 * @param fileSize {@code FileSize}, bytes, optional
 * @param fileName {@code FileName}, optional
 * @param downloadFlag {@code Download_Flag}, required, must be {@value SoundElem#DOWNLOAD_FLAG_URL}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"Url", "UUID", "FileSize", "FileName", "Download_Flag"})
public record FileElem(
        @JsonProperty("Url") @NotNull String url,
        @JsonProperty("UUID") @NotNull String uuid,
        @JsonProperty("FileSize") Long fileSize,
        @JsonProperty("FileName") String fileName,

        @JsonProperty("Download_Flag") @NotNull @Min(SoundElem.DOWNLOAD_FLAG_URL) @Max(SoundElem.DOWNLOAD_FLAG_URL)
        Integer downloadFlag)
        implements MsgContent {

    @Override
    public MsgType msgType() {
        return MsgType.FILE;
    }
}
