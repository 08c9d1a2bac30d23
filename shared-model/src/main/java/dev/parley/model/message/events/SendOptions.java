package dev.parley.model.message.events;

import java.util.List;

/**
 * The less common send options a submission carries to the sequencer and a committed message carries to its
 * consumers (conversations, push, callbacks). Absent in events written before issue 6's second slice: consumers
 * read a null as {@link #NONE}.
 *
 * @param supportExtension {@code SupportMessageExtension: 1}: the message accepts key-value extensions (§5.4)
 * @param needReadReceipt {@code IsNeedReadReceipt} / {@code NeedReadReceipt}: the sender asks for read receipts
 * @param forbidCallback {@code ForbidCallbackControl} values (e.g. {@code ForbidBeforeSendMsgCallback})
 * @param atAll group {@code GroupAtInfo} with {@code GroupAtAllFlag: 1}
 * @param atAccounts group {@code GroupAtInfo} accounts mentioned one by one
 * @param toMembers group {@code To_Account}: a targeted message only these members see; empty = everyone
 * @param importMode 0 a live send; 1 a real-time import (counts unread, pushes); 2 a history import (neither)
 * @param system a group system notification (online only, no sequence, no history)
 */
public record SendOptions(
        boolean supportExtension,
        boolean needReadReceipt,
        List<String> forbidCallback,
        boolean atAll,
        List<String> atAccounts,
        List<String> toMembers,
        int importMode,
        boolean system) {
    /** No options. */
    public static final SendOptions NONE =
            new SendOptions(false, false, List.of(), false, List.of(), List.of(), 0, false);

    /** The options of an event that may predate them. */
    public static SendOptions of(SendOptions options) {
        return options == null ? NONE : options;
    }

    /** Whether the message is an import (real-time or history). */
    public boolean imported() {
        return importMode != 0;
    }
}
