package dev.parley.platform.events;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import dev.parley.model.billing.events.GroupCountMeasured;
import dev.parley.model.envelope.EventEnvelope;
import dev.parley.model.envelope.EventTypes;
import dev.parley.model.group.events.GroupCreated;
import dev.parley.model.group.events.MemberJoined;

/** Sample group facts and the group-count metering fact, pinned by golden files in {@link EventGoldenFilesTest}. */
final class GroupEventSamples {
    private GroupEventSamples() {}

    static final String APP = "1400000001";
    static final String GROUP = "@TGS#2J4SZEAEL";
    static final long CREATED_AT = 1_795_631_400L; // 2026-11-25T18:30:00Z
    static final String PRODUCER = "group-service@0.1.0";

    static final EventEnvelope GROUP_CREATED = new EventEnvelope(
            "0b5d7a9e-2c41-4f6a-8e13-7d9c2b4a6f10",
            EventTypes.GROUP_CREATED_V1,
            "group",
            APP + ":" + GROUP,
            1,
            Instant.parse("2026-11-25T18:30:00.123Z"),
            APP,
            "administrator",
            "req-1",
            null,
            PRODUCER,
            new GroupCreated(
                    APP,
                    GROUP,
                    "Public",
                    "Demo group",
                    "A group for the demo",
                    "",
                    "",
                    "alice",
                    CREATED_AT,
                    200,
                    "NeedPermission",
                    "FreeAccess",
                    false,
                    false,
                    Map.of("Level", "3"),
                    false));

    static final EventEnvelope MEMBER_JOINED = new EventEnvelope(
            "5e8f1c3a-9b27-4d60-a4c5-1f2e3d4c5b6a",
            EventTypes.MEMBER_JOINED_V1,
            "group",
            APP + ":" + GROUP,
            3,
            Instant.parse("2026-11-25T18:31:00.456Z"),
            APP,
            "alice",
            "req-2",
            null,
            PRODUCER,
            new MemberJoined(
                    APP,
                    GROUP,
                    "bob",
                    "Public",
                    "Member",
                    CREATED_AT + 60,
                    "Invite",
                    "",
                    "AcceptAndNotify",
                    Map.of(),
                    2,
                    0));

    static final EventEnvelope GROUP_COUNT_MEASURED = new EventEnvelope(
            "9c4a2e7f-6d13-4b85-b0f9-3e2a1c7d8b54",
            EventTypes.GROUP_COUNT_MEASURED_V1,
            "app",
            APP,
            CREATED_AT,
            Instant.parse("2026-11-25T18:30:00.200Z"),
            APP,
            null,
            null,
            null,
            PRODUCER,
            new GroupCountMeasured(APP, 3, 1, CREATED_AT));

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(EventTypes.GROUP_CREATED_V1, GROUP_CREATED),
                Arguments.of(EventTypes.MEMBER_JOINED_V1, MEMBER_JOINED),
                Arguments.of(EventTypes.GROUP_COUNT_MEASURED_V1, GROUP_COUNT_MEASURED));
    }
}
