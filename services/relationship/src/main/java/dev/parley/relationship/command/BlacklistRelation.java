package dev.parley.relationship.command;

/**
 * The {@code Relation} values of {@code black_list_check} (§5.8) and how they follow from who blacklisted whom. A is
 * {@code From_Account}, B the checked {@code To_Account}.
 */
final class BlacklistRelation {
    /** {@code CheckType} asking only whether B is in A's blacklist. */
    static final String CHECK_SINGLE = "BlackCheckResult_Type_Single";
    /** {@code CheckType} asking both directions. */
    static final String CHECK_BOTH = "BlackCheckResult_Type_Both";
    /** Neither (or, for a single check, B is not in A's blacklist). */
    static final String NO = "BlackCheckResult_Type_NO";
    /** B is in A's blacklist only. */
    static final String A_WITH_B = "BlackCheckResult_Type_AWithB";
    /** A is in B's blacklist only. */
    static final String B_WITH_A = "BlackCheckResult_Type_BWithA";
    /** Both blacklisted each other. */
    static final String BOTH_WAY = "BlackCheckResult_Type_BothWay";

    private BlacklistRelation() {}

    /**
     * Whether {@code checkType} asks both directions; null when it is neither known value.
     *
     * @param checkType the request's {@code CheckType}, may be null
     */
    static Boolean bothWays(String checkType) {
        if (CHECK_BOTH.equals(checkType)) {
            return Boolean.TRUE;
        }
        if (CHECK_SINGLE.equals(checkType)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * The relation to answer.
     *
     * @param bothWays true for {@code BlackCheckResult_Type_Both}; a single check answers only NO or AWithB
     * @param aBlocksB B is in A's blacklist
     * @param bBlocksA A is in B's blacklist (ignored for a single check)
     */
    static String of(boolean bothWays, boolean aBlocksB, boolean bBlocksA) {
        boolean reverse = bothWays && bBlocksA;
        if (aBlocksB && reverse) {
            return BOTH_WAY;
        }
        if (aBlocksB) {
            return A_WITH_B;
        }
        return reverse ? B_WITH_A : NO;
    }
}
