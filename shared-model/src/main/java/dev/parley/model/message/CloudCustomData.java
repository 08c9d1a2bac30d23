package dev.parley.model.message;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A message's {@code CloudCustomData}: an opaque string stored with the message and delivered to the peer (§4.2).
 * It travels as a plain JSON string; its UTF-8 bytes count towards the message size ({@link
 * MsgBodyValidator#messageSize}). History returns {@code ""} when a message had none.
 *
 * @param value the decoded string, never null
 */
public record CloudCustomData(String value) {

    /** The request and response field name. */
    public static final String FIELD = "CloudCustomData";

    /** No custom data, as history reports it. */
    public static final CloudCustomData EMPTY = new CloudCustomData("");

    /** Rejects null; use {@link #ofNullable(String)} for an absent field. */
    public CloudCustomData {
        Objects.requireNonNull(value, "value");
    }

    /** Jackson entry point: the JSON string value. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CloudCustomData of(String value) {
        return new CloudCustomData(value);
    }

    /** The custom data of an optional field: {@link #EMPTY} when null. */
    public static CloudCustomData ofNullable(String value) {
        return value == null || value.isEmpty() ? EMPTY : new CloudCustomData(value);
    }

    /** The string, as Jackson writes it. */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

    /** True for the empty string. */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Bytes of the value in UTF-8, as counted by the size limit. */
    public long utf8Length() {
        return MsgJson.utf8Length(value);
    }

    /** Names the length only, never the content. */
    @Override
    public String toString() {
        return "CloudCustomData[" + value.length() + " chars]";
    }
}
