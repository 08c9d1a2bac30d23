package dev.parley.message.extension;

import java.util.List;

import dev.parley.message.store.MessageExtensionStore.Entry;

/**
 * One page of {@code get_key_values}: keys with {@code Seq >= StartSeq}, ordered by Seq then key.
 *
 * @param complete whether every such key is on this page (CompleteFlag)
 * @param latestSeq LatestSeq
 * @param clearSeq ClearSeq
 * @param entries the keys of the page
 */
public record ExtensionPage(boolean complete, long latestSeq, long clearSeq, List<Entry> entries) {}
