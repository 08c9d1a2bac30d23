package dev.parley.model.message;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code TIMImageElem} content. REST senders fill {@code UUID} and, per image, {@code Type}, {@code URL}, {@code
 * Width} and {@code Height}.
 *
 * @param uuid {@code UUID}, required
 * @param imageFormat {@code ImageFormat}: JPG {@value #FORMAT_JPG}, GIF {@value #FORMAT_GIF}, PNG {@value
 *     #FORMAT_PNG}, BMP {@value #FORMAT_BMP}, other {@value #FORMAT_OTHER}; optional, not range-checked
 * @param imageInfoArray {@code ImageInfoArray}, the original, large and thumbnail renditions; required, not empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"UUID", "ImageFormat", "ImageInfoArray"})
public record ImageElem(
        @JsonProperty("UUID") @NotNull String uuid,
        @JsonProperty("ImageFormat") Integer imageFormat,
        @JsonProperty("ImageInfoArray") @NotEmpty List<@Valid @NotNull ImageInfo> imageInfoArray)
        implements MsgContent {

    /** {@code ImageFormat} of a JPEG. */
    public static final int FORMAT_JPG = 1;
    /** {@code ImageFormat} of a GIF. */
    public static final int FORMAT_GIF = 2;
    /** {@code ImageFormat} of a PNG. */
    public static final int FORMAT_PNG = 3;
    /** {@code ImageFormat} of a BMP. */
    public static final int FORMAT_BMP = 4;
    /** {@code ImageFormat} of any other format. */
    public static final int FORMAT_OTHER = 255;

    /** Keeps an unmodifiable copy of the list. */
    public ImageElem {
        imageInfoArray = MsgJson.copy(imageInfoArray);
    }

    @Override
    public MsgType msgType() {
        return MsgType.IMAGE;
    }

    /**
     * One rendition of an image, an entry of {@code ImageInfoArray}.
     *
     * @param type {@code Type}: {@value #TYPE_ORIGINAL} original, {@value #TYPE_LARGE} large, {@value
     *     #TYPE_THUMBNAIL} thumbnail; required
     * @param size {@code Size}, bytes, optional
     * @param width {@code Width}, pixels, required
     * @param height {@code Height}, pixels, required
     * @param url {@code URL} (upper case, unlike the other elements' {@code Url}), required
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"Type", "Size", "Width", "Height", "URL"})
    public record ImageInfo(
            @JsonProperty("Type") @NotNull @Min(TYPE_ORIGINAL) @Max(TYPE_THUMBNAIL)
            Integer type,

            @JsonProperty("Size") Long size,
            @JsonProperty("Width") @NotNull Long width,
            @JsonProperty("Height") @NotNull Long height,
            @JsonProperty("URL") @NotNull String url) {

        /** {@code Type} of the original image. */
        public static final int TYPE_ORIGINAL = 1;
        /** {@code Type} of the large image. */
        public static final int TYPE_LARGE = 2;
        /** {@code Type} of the thumbnail. */
        public static final int TYPE_THUMBNAIL = 3;
    }
}
