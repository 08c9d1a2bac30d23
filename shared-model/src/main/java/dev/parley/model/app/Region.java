package dev.parley.model.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Data-center regions an app can be created in, as Tencent IM offers them. */
public enum Region {
    /** Mainland China ({@code console.tim.qq.com}). */
    CHINA("china"),
    /** Singapore ({@code adminapisgp}). */
    SINGAPORE("singapore"),
    /** Seoul ({@code adminapikr}). */
    SEOUL("seoul"),
    /** Frankfurt ({@code adminapiger}). */
    FRANKFURT("frankfurt"),
    /** Mumbai ({@code adminapiind}). */
    MUMBAI("mumbai"),
    /** Silicon Valley ({@code adminapiusa}). */
    SILICON_VALLEY("silicon-valley"),
    /** Jakarta ({@code adminapiidn}). */
    JAKARTA("jakarta"),
    /** Tokyo ({@code adminapijpn}). */
    TOKYO("tokyo");

    private final String wireName;

    Region(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON and configuration. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * @param name a wire name, case-insensitive
     * @return the region
     * @throws IllegalArgumentException for an unknown name
     */
    @JsonCreator
    public static Region fromWire(String name) {
        for (Region r : values()) {
            if (r.wireName.equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region");
    }
}
