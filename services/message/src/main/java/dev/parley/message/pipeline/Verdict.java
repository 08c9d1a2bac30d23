package dev.parley.message.pipeline;

/**
 * What the guard decided for one submission.
 *
 * @param code 0 to accept, else the Tencent code of the refusal
 * @param info refusal text
 * @param silent accept without storing or delivering (blacklist "show success" mode)
 * @param dropReason non-empty when frequency control dropped the message (the sender still gets success)
 * @param recheck a refusal that may come from a read model lagging behind a fact committed just before the send
 *     (not a member, not friends): {@link RefusalRecheck} checks it again, off the lane, before it is answered
 */
public record Verdict(int code, String info, boolean silent, String dropReason, boolean recheck) {
    /** Accepted. */
    public static final Verdict ACCEPT = new Verdict(0, "", false, "", false);

    /** Refused with a code. */
    public static Verdict refuse(int code, String info) {
        return new Verdict(code, info, false, "", false);
    }

    /** Refused with a code, unless the read models, once caught up, say otherwise. */
    public static Verdict refuseUnlessCaughtUp(int code, String info) {
        return new Verdict(code, info, false, "", true);
    }

    /** Answered as success, but neither stored nor delivered. */
    public static Verdict silentSuccess() {
        return new Verdict(0, "", true, "", false);
    }

    /** Dropped by frequency control, answered as success. */
    public static Verdict dropped(String reason) {
        return new Verdict(0, "", true, reason, false);
    }
}
