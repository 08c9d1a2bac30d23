package dev.parley.message.pipeline;

/**
 * What the guard decided for one submission.
 *
 * @param code 0 to accept, else the Tencent code of the refusal
 * @param info refusal text
 * @param silent accept without storing or delivering (blacklist "show success" mode)
 * @param dropReason non-empty when frequency control dropped the message (the sender still gets success)
 */
public record Verdict(int code, String info, boolean silent, String dropReason) {
    /** Accepted. */
    public static final Verdict ACCEPT = new Verdict(0, "", false, "");

    /** Refused with a code. */
    public static Verdict refuse(int code, String info) {
        return new Verdict(code, info, false, "");
    }

    /** Answered as success, but neither stored nor delivered. */
    public static Verdict silentSuccess() {
        return new Verdict(0, "", true, "");
    }

    /** Dropped by frequency control, answered as success. */
    public static Verdict dropped(String reason) {
        return new Verdict(0, "", true, reason);
    }
}
