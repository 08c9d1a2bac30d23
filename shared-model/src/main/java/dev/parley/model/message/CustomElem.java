package dev.parley.model.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code TIMCustomElem} content; every field is optional. A message holds at most one custom element. When it is
 * the only element and neither {@code Desc} nor {@code OfflinePushInfo.Desc} is set, no offline push is sent.
 *
 * @param data {@code Data}, the app payload (not put in the APNs payload)
 * @param desc {@code Desc}, the offline push text
 * @param ext {@code Ext}, delivered as {@code ext} in the APNs payload
 * @param sound {@code Sound}, APNs sound file name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"Data", "Desc", "Ext", "Sound"})
public record CustomElem(
        @JsonProperty("Data") String data,
        @JsonProperty("Desc") String desc,
        @JsonProperty("Ext") String ext,
        @JsonProperty("Sound") String sound)
        implements MsgContent {

    @Override
    public MsgType msgType() {
        return MsgType.CUSTOM;
    }
}
