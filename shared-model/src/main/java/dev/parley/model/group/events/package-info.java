/** Group facts on {@code im.group.events}, the source of truth of the group service's read model. */
package dev.parley.model.group.events;
