package dev.parley.message.conversation;

import java.util.List;

import dev.parley.model.message.events.MessageCommitted;
import dev.parley.model.message.events.SendOptions;

/**
 * What a committed message does to conversations (§4.2, §4.3): an online-only message (not stored), a live-room
 * message and a group system notification do nothing; {@code SendMsgControl: NoLastMsg} leaves the conversation
 * list alone; {@code NoUnread}, a history import ({@code importMode} 2) and a targeted group message
 * ({@code To_Account}) do not count as unread; a targeted group message does not become the group's last message
 * either, since most members cannot see it.
 */
public final class MessageRules {
    private MessageRules() {}

    /**
     * The effect of one message.
     *
     * @param ignored does nothing to conversations
     * @param showsLast becomes the conversation's last message
     * @param countsUnread counts as unread for its receivers
     */
    public record Effect(boolean ignored, boolean showsLast, boolean countsUnread) {
        static final Effect NONE = new Effect(true, false, false);
    }

    /** The effect of {@code message}. */
    public static Effect of(MessageCommitted message) {
        SendOptions options = SendOptions.of(message.options());
        if (!message.stored() || options.system() || message.seq() <= 0) {
            return Effect.NONE;
        }
        List<String> control = message.sendMsgControl() == null ? List.of() : message.sendMsgControl();
        boolean targeted = "GROUP".equals(message.kind())
                && options.toMembers() != null
                && !options.toMembers().isEmpty();
        boolean showsLast = !control.contains("NoLastMsg") && !targeted;
        boolean countsUnread = !control.contains("NoUnread") && options.importMode() != 2 && !targeted;
        return new Effect(false, showsLast, countsUnread);
    }
}
