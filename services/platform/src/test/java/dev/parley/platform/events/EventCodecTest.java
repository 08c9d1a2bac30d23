package dev.parley.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import jakarta.validation.Validation;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import dev.parley.model.app.Edition;
import dev.parley.model.app.Region;
import dev.parley.model.app.events.AppRegistered;
import dev.parley.model.envelope.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The envelope's JSON is a contract: pinned by golden files, and every malformed record is poison. */
class EventCodecTest {
    static final EventCodec CODEC = new EventCodec(Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator());

    static final EventEnvelope SAMPLE = new EventEnvelope(
            "6f1c2b8e-3a57-4d0e-9a61-0b7f3e2d9c41",
            "im.app.registered.v1",
            "app",
            "1400000001",
            1,
            Instant.parse("2026-11-25T18:30:00.123Z"),
            "1400000001",
            null,
            "req-1",
            null,
            "auth-service@0.1.0",
            new AppRegistered("1400000001", "Demo", Edition.TRIAL, Region.SINGAPORE));

    @Test
    void should_match_golden_file_when_encoding_app_registered() throws IOException {
        assertThat(CODEC.encode(SAMPLE)).isEqualTo(golden("im.app.registered.v1"));
    }

    @Test
    void should_decode_golden_file_to_the_same_envelope() throws IOException {
        assertThat(CODEC.decode(golden("im.app.registered.v1"))).isEqualTo(SAMPLE);
    }

    @Test
    void should_ignore_unknown_properties_when_decoding() {
        String withExtra = CODEC.encode(SAMPLE).replace("\"sequence\":1", "\"sequence\":1,\"future\":{\"x\":1}");
        assertThat(CODEC.decode(withExtra)).isEqualTo(SAMPLE);
    }

    @Test
    void should_reject_as_poison_when_record_is_not_json() {
        assertThatThrownBy(() -> CODEC.decode("not json {")).isInstanceOf(PoisonRecordException.class);
        assertThatThrownBy(() -> CODEC.decode("")).isInstanceOf(PoisonRecordException.class);
        assertThatThrownBy(() -> CODEC.decode("[1,2]")).isInstanceOf(PoisonRecordException.class);
    }

    @Test
    void should_reject_as_poison_when_payload_is_invalid() {
        String badAppId = CODEC.encode(SAMPLE).replace("\"appId\":\"1400000001\",\"name\"", "\"appId\":\"x\",\"name\"");
        assertThatThrownBy(() -> CODEC.decode(badAppId))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("payload.appId");
        String badEdition = CODEC.encode(SAMPLE).replace("\"trial\"", "\"gold\"");
        assertThatThrownBy(() -> CODEC.decode(badEdition)).isInstanceOf(PoisonRecordException.class);
    }

    @Test
    void should_reject_as_poison_when_envelope_lacks_app_id() {
        String noApp = CODEC.encode(SAMPLE).replace("\"appId\":\"1400000001\",\"actorId\"", "\"actorId\"");
        assertThatThrownBy(() -> CODEC.decode(noApp)).isInstanceOf(PoisonRecordException.class);
    }

    @Test
    void should_signal_unknown_type_when_type_is_not_registered() {
        String future = CODEC.encode(SAMPLE).replace("im.app.registered.v1", "im.app.renamed.v9");
        assertThatThrownBy(() -> CODEC.decode(future))
                .isInstanceOf(UnknownEventTypeException.class)
                .extracting(e -> ((UnknownEventTypeException) e).type())
                .isEqualTo("im.app.renamed.v9");
    }

    static String golden(String type) throws IOException {
        try (InputStream in = EventCodecTest.class.getResourceAsStream("/events/" + type + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
