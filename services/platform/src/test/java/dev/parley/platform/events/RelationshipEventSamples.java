package dev.parley.platform.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.envelope.EventTypes;
import dev.parley.model.relationship.events.BlacklistAdded;
import dev.parley.model.relationship.events.FriendAdded;
import dev.parley.model.relationship.events.ProfileChanged;

/**
 * The relationship and profile facts are contracts too (the message service will check sends against them): pinned
 * by golden files (docs/events.md). Envelope: aggregateType {@code user}, key {@code appId:userId}, sequence a
 * monotonic microsecond clock (ADR-0008).
 */
final class RelationshipEventSamples {
    private RelationshipEventSamples() {}

    static final String APP = "1400000001";
    static final long AT = 1_795_631_400L; // 2026-11-25T18:30:00Z
    static final String PRODUCER = "relationship-service@0.1.0";

    static final EventEnvelope FRIEND_ADDED = new EventEnvelope(
            "3f6b8d2a-7c15-4e9b-a1d4-6b2c8e0f9a37",
            EventTypes.FRIEND_ADDED_V1,
            "user",
            APP + ":ann",
            1_795_631_400_123_456L,
            Instant.parse("2026-11-25T18:30:00.123Z"),
            APP,
            "ann",
            "req-1",
            null,
            PRODUCER,
            new FriendAdded(
                    APP,
                    "ann",
                    "ben",
                    "Benny",
                    List.of("Work"),
                    "AddSource_Type_Web",
                    "Hi, it's Ann",
                    AT - 86_400,
                    AT - 3_600,
                    Map.of("Tag_SNS_Custom_Tier", "gold"),
                    true));

    static final EventEnvelope BLACKLIST_ADDED = new EventEnvelope(
            "a7d2c9e4-1b38-4f05-9e6a-2c4b7d8f0e13",
            EventTypes.BLACKLIST_ADDED_V1,
            "user",
            APP + ":cat",
            1_795_631_460_456_789L,
            Instant.parse("2026-11-25T18:31:00.456Z"),
            APP,
            "cat",
            "req-2",
            null,
            PRODUCER,
            new BlacklistAdded(APP, "cat", "dan", AT + 60));

    static final EventEnvelope PROFILE_CHANGED = new EventEnvelope(
            "c1e5a8f3-4d27-4b96-8f0c-5a3d2e1b7c64",
            EventTypes.PROFILE_CHANGED_V1,
            "user",
            APP + ":eve",
            1_795_631_520_789_012L,
            Instant.parse("2026-11-25T18:32:00.789Z"),
            APP,
            "eve",
            "req-3",
            null,
            PRODUCER,
            new ProfileChanged(APP, "eve", profileChanges(), AT + 120));

    /** Tag to JSON-encoded value: a string literal in quotes, a uint32 as its digits. Ordered for the golden file. */
    private static Map<String, String> profileChanges() {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("Tag_Profile_IM_Nick", "\"Eve\"");
        changes.put("Tag_Profile_IM_BirthDay", "19900101");
        return changes;
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(EventTypes.FRIEND_ADDED_V1, FRIEND_ADDED),
                Arguments.of(EventTypes.BLACKLIST_ADDED_V1, BLACKLIST_ADDED),
                Arguments.of(EventTypes.PROFILE_CHANGED_V1, PROFILE_CHANGED));
    }
}
