package dev.parley.model.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A C2C {@code MsgKey}, {@code <MsgSeq>_<MsgRandom>_<MsgTime>} (§4.2, §5.3.1), e.g. {@code
 * 48374_2837546_1557481126}. Each part is an unsigned 32-bit decimal without sign or leading zeros, so the text and
 * the triple map one to one; see {@link MsgKeys} for what is and is not certain about the format.
 *
 * @param msgSeq the message's {@code MsgSeq}, 0..{@value MsgKeys#MAX_UINT32}
 * @param msgRandom the message's {@code MsgRandom}, 0..{@value MsgKeys#MAX_UINT32}
 * @param msgTime the message's {@code MsgTime} (Unix seconds), 0..{@value MsgKeys#MAX_UINT32}
 */
public record C2cMsgKey(long msgSeq, long msgRandom, long msgTime) {

    /** Rejects parts outside the unsigned 32-bit range. */
    public C2cMsgKey {
        if (!MsgKeys.isUint32(msgSeq) || !MsgKeys.isUint32(msgRandom) || !MsgKeys.isUint32(msgTime)) {
            throw new IllegalArgumentException("MsgKey part out of the uint32 range");
        }
    }

    /**
     * Jackson entry point.
     *
     * @throws IllegalArgumentException when {@code text} is not a well-formed key (answer 90054)
     */
    @JsonCreator
    public static C2cMsgKey parse(String text) {
        return MsgKeys.parseC2cMsgKey(text).orElseThrow(() -> new IllegalArgumentException("invalid MsgKey"));
    }

    /** The wire text, {@code <MsgSeq>_<MsgRandom>_<MsgTime>}. */
    @JsonValue
    public String wire() {
        return msgSeq + "_" + msgRandom + "_" + msgTime;
    }

    /** The wire text. */
    @Override
    public String toString() {
        return wire();
    }
}
