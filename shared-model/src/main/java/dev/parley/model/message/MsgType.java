package dev.parley.model.message;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code MsgType} of a message element a REST sender may use (§4.1). The client-only types {@code
 * TIMGroupTipElem} and {@code TIMGroupSystemNoticeElem} are deliberately absent: REST send APIs reject them.
 */
public enum MsgType {
    /** Text; content {@link TextElem}. */
    TEXT("TIMTextElem"),
    /** Location; content {@link LocationElem}. */
    LOCATION("TIMLocationElem"),
    /** Emoji; content {@link FaceElem}. */
    FACE("TIMFaceElem"),
    /** App-defined payload; content {@link CustomElem}. */
    CUSTOM("TIMCustomElem"),
    /** Voice; content {@link SoundElem}. */
    SOUND("TIMSoundElem"),
    /** Image; content {@link ImageElem}. */
    IMAGE("TIMImageElem"),
    /** File; content {@link FileElem}. */
    FILE("TIMFileElem"),
    /** Video; content {@link VideoFileElem}. */
    VIDEO_FILE("TIMVideoFileElem"),
    /** Merged/forwarded messages; content {@link RelayElem}. */
    RELAY("TIMRelayElem");

    private final String wireName;

    MsgType(String wireName) {
        this.wireName = wireName;
    }

    /** The exact, case-sensitive {@code MsgType} string. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * @param name a {@code MsgType} string, matched case-sensitively as Tencent does
     * @return the type, or empty for an unknown name
     */
    public static Optional<MsgType> find(String name) {
        for (MsgType t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a {@code MsgType} string, case-sensitive
     * @return the type
     * @throws MsgBodyException with {@link MsgBodyProblem#UNKNOWN_MSG_TYPE} for an unknown name
     */
    @JsonCreator
    public static MsgType fromWire(String name) {
        return find(name).orElseThrow(() -> new MsgBodyException(MsgBodyProblem.UNKNOWN_MSG_TYPE, "unknown MsgType"));
    }
}
