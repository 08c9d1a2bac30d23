/** Message: Send pipeline (guard, sequencer, store), history, recall, edit, extensions, read state and conversations. */
package dev.parley.message;
