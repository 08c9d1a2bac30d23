package dev.parley.message.extension;

/**
 * One {@code ExtensionList} item of a set or delete call.
 *
 * @param key Key (1 to 100 bytes)
 * @param value Value (at most 1000 bytes; '' for a delete)
 * @param seq the Seq the caller last saw (0 for a key it believes new); null when the item carries none, which
 *     writes unconditionally
 */
public record ExtensionItem(String key, String value, Long seq) {}
