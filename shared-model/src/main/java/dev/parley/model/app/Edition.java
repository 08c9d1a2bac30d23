package dev.parley.model.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Tencent IM editions. The edition drives limits such as the trial's 100-account cap and the default message
 * retention (7 days for trial and pro, 30 for ultimate and enterprise).
 */
public enum Edition {
    /** 体验版: free, at most 100 accounts. */
    TRIAL("trial", 7),
    /** 专业版. */
    PRO("pro", 7),
    /** 旗舰版. */
    ULTIMATE("ultimate", 30),
    /** 企业版. */
    ENTERPRISE("enterprise", 30);

    private final String wireName;
    private final int defaultRetentionDays;

    Edition(String wireName, int defaultRetentionDays) {
        this.wireName = wireName;
        this.defaultRetentionDays = defaultRetentionDays;
    }

    /** The lower-case name used in JSON and configuration. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Days of message history kept when the app has not configured its own retention. */
    public int defaultRetentionDays() {
        return defaultRetentionDays;
    }

    /**
     * @param name a wire name, case-insensitive
     * @return the edition
     * @throws IllegalArgumentException for an unknown name
     */
    @JsonCreator
    public static Edition fromWire(String name) {
        for (Edition e : values()) {
            if (e.wireName.equalsIgnoreCase(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown edition");
    }
}
