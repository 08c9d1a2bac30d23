package dev.parley.model.message;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code TIMTextElem} content. The offline push text is {@code Text}.
 *
 * @param text {@code Text}, required
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TextElem(@JsonProperty("Text") @NotNull String text) implements MsgContent {

    @Override
    public MsgType msgType() {
        return MsgType.TEXT;
    }
}
