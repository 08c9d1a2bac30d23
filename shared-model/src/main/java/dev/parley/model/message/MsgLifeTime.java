package dev.parley.model.message;

import java.util.Optional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.parley.model.error.ErrorCode;

/**
 * A C2C message's {@code MsgLifeTime} (§4.2, §5.3.1): how long, in seconds, an undelivered message is kept offline.
 * {@code 0} delivers to online users only (no offline or roaming storage); absent means 7 days; at most {@value
 * #MAX_SECONDS}. A value that is not an integer is answered with {@link ErrorCode#MSG_LIFETIME_INVALID} (90044) by
 * the request parser; an integer outside 0..{@value #MAX_SECONDS} with {@link ErrorCode#OFFLINE_STORAGE_TIME_INVALID}
 * (90026, see {@link #problem()}). The notes also mention clamping long values; Parley rejects them because
 * Tencent lists 90026 for exactly this case, and offers {@link #clamped()} for callers that prefer leniency.
 *
 * @param seconds the lifetime; the constructor accepts any value so that Bean Validation or {@link #problem()} can
 *     report it
 */
public record MsgLifeTime(@Min(0) @Max(MAX_SECONDS) long seconds) {

    /** The request field name. */
    public static final String FIELD = "MsgLifeTime";

    /** Seven days, the maximum and the default. */
    public static final int MAX_SECONDS = 604_800;

    /** The lifetime of a message sent without {@code MsgLifeTime}: 7 days. */
    public static final MsgLifeTime DEFAULT = new MsgLifeTime(MAX_SECONDS);

    /** {@code 0}: online delivery only. */
    public static final MsgLifeTime ONLINE_ONLY = new MsgLifeTime(0);

    /** Jackson entry point: the JSON integer. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MsgLifeTime of(long seconds) {
        return new MsgLifeTime(seconds);
    }

    /** The lifetime of an optional request field: {@link #DEFAULT} when null. */
    public static MsgLifeTime ofNullable(Long seconds) {
        return seconds == null ? DEFAULT : new MsgLifeTime(seconds);
    }

    /** The seconds, as Jackson writes them. */
    @Override
    @JsonValue
    public long seconds() {
        return seconds;
    }

    /** {@link ErrorCode#OFFLINE_STORAGE_TIME_INVALID} when outside 0..{@value #MAX_SECONDS}, else empty. */
    public Optional<ErrorCode> problem() {
        return seconds < 0 || seconds > MAX_SECONDS
                ? Optional.of(ErrorCode.OFFLINE_STORAGE_TIME_INVALID)
                : Optional.empty();
    }

    /** True for {@code 0}: deliver to online users only, store nothing. */
    public boolean onlineOnly() {
        return seconds == 0;
    }

    /** This lifetime forced into 0..{@value #MAX_SECONDS}. */
    public MsgLifeTime clamped() {
        return seconds < 0 ? ONLINE_ONLY : seconds > MAX_SECONDS ? DEFAULT : this;
    }
}
