/** Friends, friend requests, friend lists, blacklist and profile facts on {@code im.relationship.events}. */
package dev.parley.model.relationship.events;
