package dev.parley.model.message;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code TIMFaceElem} content. The offline push text is "[Face]".
 *
 * @param index {@code Index}, app-defined emoji index, required, a JSON integer
 * @param data {@code Data}, extra data, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"Index", "Data"})
public record FaceElem(
        @JsonProperty("Index") @NotNull Long index,
        @JsonProperty("Data") String data) implements MsgContent {

    @Override
    public MsgType msgType() {
        return MsgType.FACE;
    }
}
