package dev.parley.model.message;

import java.util.Objects;
import java.util.Optional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One element of a {@code MsgBody}: {@code {"MsgType": ..., "MsgContent": {...}}} (§4.1). It holds both the typed
 * view ({@link #msgType()}, {@link #content()}) and the exact JSON text it was read from ({@link #json()}), unknown
 * members included; the JSON is what is stored and sent back. Jackson writes {@link #json()} verbatim. Equality is
 * the JSON text; {@link #toString()} names the type only, never user content.
 */
public final class MsgElement {

    @NotNull
    private final MsgType msgType;

    @NotNull
    @Valid
    private final MsgContent content;

    private final String json;

    MsgElement(MsgType msgType, MsgContent content, String json) {
        this.msgType = Objects.requireNonNull(msgType, "msgType");
        this.content = Objects.requireNonNull(content, "content");
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Builds the element for typed content, written as compact JSON with fields in §4.1 order and nulls omitted. Not
     * validated: use {@link MsgBodyValidator} for the REST rules.
     *
     * @throws MsgBodyException with {@link MsgBodyProblem#INVALID_FIELD} when a list holds null entries
     */
    public static MsgElement of(MsgContent content) {
        Objects.requireNonNull(content, "content");
        return parse(MsgContentCodec.writeElement(content));
    }

    /**
     * Parses one element from its JSON text; the text (without surrounding whitespace) becomes {@link #json()}.
     *
     * @throws MsgBodyException when the text is not JSON, not a well-formed element, of an unknown {@code MsgType},
     *     or a known field has the wrong JSON type
     */
    public static MsgElement parse(String json) {
        Objects.requireNonNull(json, "json");
        return MsgContentCodec.readElement(MsgJson.parse(json), "element");
    }

    /**
     * Jackson entry point: re-writes the untyped tree Jackson read as compact JSON, then {@link #parse(String)}s it.
     * Whitespace, escapes and number spelling of the original are lost on this path (floats also go through {@code
     * double} unless the mapper uses {@code BigDecimal}); read the request text with {@link #parse(String)} or
     * {@link MsgBody#fromRequest(String)} when the exact bytes matter.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MsgElement fromTree(Object tree) {
        StringBuilder sb = new StringBuilder(128);
        MsgJson.writeTree(sb, tree, 0);
        return parse(sb.toString());
    }

    /** The element type. */
    public MsgType msgType() {
        return msgType;
    }

    /** The typed content; its record type matches {@link #msgType()}. */
    public MsgContent content() {
        return content;
    }

    /** The typed content if it is of {@code type}. */
    public <T extends MsgContent> Optional<T> content(Class<T> type) {
        return type.isInstance(content) ? Optional.of(type.cast(content)) : Optional.empty();
    }

    /** The exact JSON text of the element, as received (or as written by {@link #of(MsgContent)}). */
    @JsonValue
    @JsonRawValue
    public String json() {
        return json;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MsgElement e && e.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "MsgElement[" + msgType.wireName() + "]";
    }
}
