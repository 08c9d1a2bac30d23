package dev.parley.model.message.events;

import java.util.List;
import jakarta.validation.constraints.NotBlank;

/**
 * A message's key-value extensions changed ({@code set_key_values}, {@code group_set_key_values}, §5.4). On
 * {@code im.message.events} keyed appId:conversationId. Since issue 6.
 *
 * @param appId SDKAppID
 * @param conversationId the conversation
 * @param seq the conversation sequence of the message
 * @param msgKey its MsgKey
 * @param operateType 1 set, 2 delete, 3 clear all
 * @param changes the keys that changed, each with its new value ("" when deleted) and new Seq
 * @param clearSeq the message's ClearSeq after the change
 * @param operator who changed them
 */
public record MessageExtensionsChanged(
        @NotBlank String appId,
        @NotBlank String conversationId,
        long seq,
        @NotBlank String msgKey,
        int operateType,
        List<Extension> changes,
        long clearSeq,
        String operator)
        implements MessageEvent {
    /**
     * One extension.
     *
     * @param key Key
     * @param value Value ("" when deleted)
     * @param seq the key's Seq after the change
     */
    public record Extension(String key, String value, long seq) {}
}
