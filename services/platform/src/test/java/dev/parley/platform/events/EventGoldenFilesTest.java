package dev.parley.platform.events;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.parley.model.envelope.EventEnvelope;

import static dev.parley.platform.events.EventCodecTest.CODEC;
import static dev.parley.platform.events.EventCodecTest.golden;
import static org.assertj.core.api.Assertions.assertThat;

/** Event contracts pinned by golden files (docs/events.md): encoding matches the file, decoding gives it back. */
class EventGoldenFilesTest {
    static Stream<Arguments> samples() {
        return Stream.concat(GroupEventSamples.samples(), RelationshipEventSamples.samples());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void should_match_golden_file_when_encoding(String type, EventEnvelope envelope) throws IOException {
        assertThat(CODEC.encode(envelope)).isEqualTo(golden(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void should_decode_golden_file_to_the_same_envelope(String type, EventEnvelope envelope) throws IOException {
        assertThat(CODEC.decode(golden(type))).isEqualTo(envelope);
    }
}
