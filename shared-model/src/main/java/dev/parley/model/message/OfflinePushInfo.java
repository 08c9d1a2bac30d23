package dev.parley.model.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A message's {@code OfflinePushInfo} (§4.4). When present it overrides the push settings of a {@code
 * TIMCustomElem}. The vendor blocks {@code AndroidInfo} and {@code ApnsInfo} have many, changing, vendor-specific
 * members, so they are kept as untyped JSON objects (member order preserved) and passed through as received; the
 * documented members are named by the {@code ANDROID_}/{@code APNS_} constants. Unknown top-level members are
 * dropped. Tencent recommends keeping {@code Desc} plus {@code Ext} within {@value #RECOMMENDED_DESC_EXT_BYTES}
 * bytes (APNs payload limit 4 KB); this is not enforced.
 *
 * @param pushFlag {@code PushFlag}: {@value #PUSH_FLAG_PUSH} push (default), {@value #PUSH_FLAG_NO_PUSH} no offline
 *     push
 * @param title {@code Title}, shared iOS/Android title
 * @param desc {@code Desc}, push text; overrides the text derived from the elements
 * @param ext {@code Ext}, passthrough, should be JSON for Android vendors
 * @param androidInfo {@code AndroidInfo}, untyped
 * @param apnsInfo {@code ApnsInfo}, untyped
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"PushFlag", "Title", "Desc", "Ext", "AndroidInfo", "ApnsInfo"})
public record OfflinePushInfo(
        @JsonProperty("PushFlag") @Min(PUSH_FLAG_PUSH) @Max(PUSH_FLAG_NO_PUSH)
        Integer pushFlag,

        @JsonProperty("Title") String title,
        @JsonProperty("Desc") String desc,
        @JsonProperty("Ext") String ext,
        @JsonProperty("AndroidInfo") Map<String, Object> androidInfo,
        @JsonProperty("ApnsInfo") Map<String, Object> apnsInfo) {

    /** The request field name. */
    public static final String FIELD = "OfflinePushInfo";
    /** {@code PushFlag}: push offline (the default). */
    public static final int PUSH_FLAG_PUSH = 0;
    /** {@code PushFlag}: do not push offline. */
    public static final int PUSH_FLAG_NO_PUSH = 1;
    /** Recommended bound for {@code Desc} plus {@code Ext}, in bytes. */
    public static final int RECOMMENDED_DESC_EXT_BYTES = 3 * 1024;

    /** {@code ApnsInfo.BadgeMode}: absent or 0 counts the badge, 1 does not. */
    public static final String APNS_BADGE_MODE = "BadgeMode";
    /** {@code ApnsInfo.Sound}. */
    public static final String APNS_SOUND = "Sound";
    /** {@code ApnsInfo.Title}. */
    public static final String APNS_TITLE = "Title";
    /** {@code ApnsInfo.SubTitle}. */
    public static final String APNS_SUB_TITLE = "SubTitle";
    /** {@code ApnsInfo.Image}. */
    public static final String APNS_IMAGE = "Image";
    /** {@code ApnsInfo.MutableContent}: 1 enables the iOS 10 extension. */
    public static final String APNS_MUTABLE_CONTENT = "MutableContent";
    /** {@code ApnsInfo.InterruptionLevel}: {@code active|critical|passive|time-sensitive}. */
    public static final String APNS_INTERRUPTION_LEVEL = "InterruptionLevel";
    /** {@code ApnsInfo.ContentAvailable}: 1 is a silent push. */
    public static final String APNS_CONTENT_AVAILABLE = "ContentAvailable";
    /** {@code AndroidInfo.Sound}. */
    public static final String ANDROID_SOUND = "Sound";
    /** {@code AndroidInfo.VIVOClassification}: 0 operational, 1 system (default). */
    public static final String ANDROID_VIVO_CLASSIFICATION = "VIVOClassification";
    /** {@code AndroidInfo.HuaWeiImportance}: {@code LOW} or {@code NORMAL}. */
    public static final String ANDROID_HUAWEI_IMPORTANCE = "HuaWeiImportance";
    /** {@code AndroidInfo.PushStyle}: 0 default, 1 big text. */
    public static final String ANDROID_PUSH_STYLE = "PushStyle";

    /** Keeps unmodifiable, order-preserving copies of the vendor blocks. */
    public OfflinePushInfo {
        androidInfo = androidInfo == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(androidInfo));
        apnsInfo = apnsInfo == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(apnsInfo));
    }

    /** True when {@code PushFlag} is {@value #PUSH_FLAG_NO_PUSH}. */
    @JsonIgnore
    public boolean pushDisabled() {
        return pushFlag != null && pushFlag == PUSH_FLAG_NO_PUSH;
    }

    /** True when {@code ApnsInfo.BadgeMode} is 1 (do not increment the badge). */
    @JsonIgnore
    public boolean apnsBadgeDisabled() {
        return apnsInfo != null
                && apnsInfo.get(APNS_BADGE_MODE) instanceof Number n
                && n.longValue() == 1
                && n.doubleValue() == 1.0;
    }
}
