package dev.parley.model.message;

/**
 * Which kind of conversation a message is sent into; it decides the error codes of a rejected body (§2.6 for
 * one-to-one messages, §2.7 for groups).
 */
public enum MsgScope {
    /** One-to-one ({@code openim}: {@code sendmsg}, {@code batchsendmsg}, {@code importmsg}, ...). */
    C2C,
    /** Group ({@code group_open_http_svc}: {@code send_group_msg}, {@code import_group_msg}, ...). */
    GROUP
}
