package dev.parley.model.billing.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Emitted by the group service after every group creation and destruction: the app's live net group count
 * (destroyed groups do not count), which billing-metering turns into the daily group-count figure. Key: appId.
 * Since v1.
 *
 * @param appId SDKAppID
 * @param groupCount groups that exist now, live rooms included
 * @param liveRoomCount of which AVChatRoom live rooms
 * @param measuredAt epoch seconds
 */
public record GroupCountMeasured(
        @NotBlank String appId,
        @PositiveOrZero long groupCount,
        @PositiveOrZero long liveRoomCount,
        long measuredAt) implements UsageEvent {}
