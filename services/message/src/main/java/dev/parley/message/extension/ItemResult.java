package dev.parley.message.extension;

import dev.parley.message.store.MessageExtensionStore.Entry;

/**
 * The answer for one item: {@code {ErrorCode, Extension: {Key, Value, Seq}}}. On success the extension as written;
 * on 23001/23004 the key's current state ({@code ""} and 0 when it does not exist).
 *
 * @param errorCode 0, 23001 or 23004
 * @param key Key
 * @param value Value
 * @param seq Seq
 */
public record ItemResult(int errorCode, String key, String value, long seq) {
    /** A refusal carrying the key's current state; {@code current} null when the key does not exist. */
    static ItemResult current(int code, String key, Entry current) {
        return current == null
                ? new ItemResult(code, key, "", 0)
                : new ItemResult(code, key, current.value(), current.seq());
    }
}
