package dev.parley.model.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Tencent's documented example JSON (test resources under {@code message/}) and shared test helpers. */
final class MsgFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private MsgFixtures() {}

    /** A test resource under {@code message/}, as UTF-8 text. */
    static String resource(String path) {
        try (InputStream in = MsgFixtures.class.getResourceAsStream("/message/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documented example element of {@code type}, pretty-printed as in Tencent's documentation. */
    static String element(MsgType type) {
        return resource("elements/" + type.wireName() + ".json").strip();
    }

    /** A body of the given element texts. */
    static String body(String... elements) {
        return Arrays.stream(elements).collect(Collectors.joining(",", "[", "]"));
    }

    /** A text element, JSON-escaped by Jackson. */
    static String text(String text) {
        ObjectNode e = JSON.createObjectNode();
        e.put("MsgType", "TIMTextElem");
        e.putObject("MsgContent").put("Text", text);
        return e.toString();
    }

    /** Jackson's tree of {@code json}, for order- and whitespace-insensitive comparison. */
    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
