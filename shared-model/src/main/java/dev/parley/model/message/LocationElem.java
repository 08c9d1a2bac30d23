package dev.parley.model.message;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code TIMLocationElem} content. The offline push text is "[Location]".
 *
 * @param desc {@code Desc}, description of the place, optional
 * @param latitude {@code Latitude}, required, any JSON number
 * @param longitude {@code Longitude}, required, any JSON number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"Desc", "Latitude", "Longitude"})
public record LocationElem(
        @JsonProperty("Desc") String desc,
        @JsonProperty("Latitude") @NotNull Double latitude,
        @JsonProperty("Longitude") @NotNull Double longitude)
        implements MsgContent {

    @Override
    public MsgType msgType() {
        return MsgType.LOCATION;
    }
}
