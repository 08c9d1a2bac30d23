package dev.parley.model.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.parley.model.message.MsgJson.Kind;
import dev.parley.model.message.MsgJson.Node;

/**
 * A message's {@code MsgBody}: a JSON array of {@link MsgElement}s (§4.1), kept both typed and as the exact JSON
 * text it was read from. A server stores {@link #json()} and returns it unchanged, so bodies round-trip byte for
 * byte, unknown members included.
 *
 * <p>Byte fidelity holds on the text paths: {@link #parse(String)} and {@link #fromRequest(String)} keep the source
 * text, {@link #json()} gives it back, and Jackson writes it verbatim ({@code @JsonRawValue}). Jackson reading goes
 * through {@link #fromTree(Object)}, which re-writes the untyped tree and so normalises whitespace and escapes: use
 * it for convenience, not for what must be stored. Parsing checks JSON types only; {@link MsgBodyValidator} checks
 * the REST sending rules (non-empty, required fields, size).
 *
 * <p>Equality is the JSON text; {@link #toString()} lists element types only, never user content.
 */
public final class MsgBody {

    /** The request and response field name. */
    public static final String FIELD = "MsgBody";

    /** The empty body, as history returns for a recalled message. */
    public static final MsgBody EMPTY = new MsgBody(List.of(), "[]");

    @NotEmpty
    private final List<@NotNull @Valid MsgElement> elements;

    private final String json;

    MsgBody(List<MsgElement> elements, String json) {
        this.elements = Collections.unmodifiableList(new ArrayList<>(elements));
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Parses a {@code MsgBody} value from its JSON text; the text (without surrounding whitespace) becomes {@link
     * #json()}.
     *
     * @param json the JSON text of the {@code MsgBody} value
     * @throws MsgBodyException {@link MsgBodyProblem#NOT_JSON}, {@link MsgBodyProblem#MISSING} (JSON {@code
     *     null}), {@link MsgBodyProblem#NOT_ARRAY}, or an element problem; an empty array is accepted here
     */
    public static MsgBody parse(String json) {
        Objects.requireNonNull(json, "json");
        return fromNode(MsgJson.parse(json));
    }

    /**
     * Reads the {@code MsgBody} member of a whole request body, keeping its exact text.
     *
     * @param requestJson the request body, a JSON object
     * @throws MsgBodyException {@link MsgBodyProblem#NOT_JSON} when the request is not a JSON object, {@link
     *     MsgBodyProblem#MISSING} when it has no (or a null) {@code MsgBody}, else as {@link #parse(String)}
     */
    public static MsgBody fromRequest(String requestJson) {
        Objects.requireNonNull(requestJson, "requestJson");
        Node request = MsgJson.parse(requestJson);
        if (request.kind != Kind.OBJECT) {
            throw new MsgBodyException(MsgBodyProblem.NOT_JSON, "request body is not a JSON object");
        }
        Node body = request.member(FIELD);
        if (body == null) {
            throw new MsgBodyException(MsgBodyProblem.MISSING, "MsgBody is missing");
        }
        return fromNode(body);
    }

    private static MsgBody fromNode(Node n) {
        if (n.kind == Kind.NULL) {
            throw new MsgBodyException(MsgBodyProblem.MISSING, "MsgBody is missing");
        }
        if (n.kind != Kind.ARRAY) {
            throw new MsgBodyException(MsgBodyProblem.NOT_ARRAY, "MsgBody is not an array");
        }
        return new MsgBody(MsgContentCodec.readElements(n, FIELD), n.raw());
    }

    /**
     * Jackson entry point: re-writes the untyped tree Jackson read as compact JSON, then {@link #parse(String)}s it.
     * See the class comment: not byte-faithful to the original request text.
     *
     * @throws MsgBodyException {@link MsgBodyProblem#NOT_ARRAY} when the value is not an array, else as {@link
     *     #parse(String)}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MsgBody fromTree(Object tree) {
        if (tree == null) {
            throw new MsgBodyException(MsgBodyProblem.MISSING, "MsgBody is missing");
        }
        if (!(tree instanceof List<?>)) {
            throw new MsgBodyException(MsgBodyProblem.NOT_ARRAY, "MsgBody is not an array");
        }
        StringBuilder sb = new StringBuilder(256);
        MsgJson.writeTree(sb, tree, 0);
        return parse(sb.toString());
    }

    /** A body of the given elements; its JSON is their JSON texts joined as an array. */
    public static MsgBody of(List<MsgElement> elements) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Objects.requireNonNull(elements.get(i), "element").json());
        }
        return new MsgBody(elements, sb.append(']').toString());
    }

    /** A body of typed contents, each written by {@link MsgElement#of(MsgContent)}. */
    public static MsgBody of(MsgContent... contents) {
        List<MsgElement> elements = new ArrayList<>(contents.length);
        for (MsgContent c : contents) {
            elements.add(MsgElement.of(c));
        }
        return of(elements);
    }

    /** The elements, in order; unmodifiable. */
    public List<MsgElement> elements() {
        return elements;
    }

    /** True when the body has no element. */
    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** The exact JSON text of the body, as received. */
    @JsonValue
    @JsonRawValue
    public String json() {
        return json;
    }

    /**
     * {@link #json()} without insignificant whitespace; strings and numbers exactly as received, escapes included.
     * This is the text whose UTF-8 length counts towards the size limit ({@link MsgBodyValidator#messageSize}).
     */
    public String compactJson() {
        return MsgJson.compact(json);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MsgBody b && b.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MsgBody[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(elements.get(i).msgType().wireName());
        }
        return sb.append(']').toString();
    }
}
