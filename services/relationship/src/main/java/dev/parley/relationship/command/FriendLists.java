package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.parley.model.relationship.events.FriendGroupsChanged;
import dev.parley.relationship.store.RelationshipStore;

/**
 * One user's friend lists (Tag_SNS_IM_Group names) while a command decides: lists it creates (explicitly with
 * group_add, or implicitly when a friend is put in a list that does not exist yet, as Tencent does) and deletes,
 * with the limit of 32 lists. At most one {@link FriendGroupsChanged} per user and request, advancing the
 * sequence by one.
 */
final class FriendLists {
    /** Most friend lists a user may have (§5.8). */
    static final int LIMIT = 32;

    private final String appId;
    private final String userId;
    private final long sequence;
    private final Set<String> names;
    private final List<String> created = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();

    FriendLists(String appId, String userId, Collection<String> names, long sequence) {
        this.appId = appId;
        this.userId = userId;
        this.names = new LinkedHashSet<>(names);
        this.sequence = sequence;
    }

    /** The user's lists as stored. */
    static FriendLists load(RelationshipStore store, String appId, String userId) {
        return new FriendLists(
                appId, userId, store.friendLists(appId, userId), store.friendListSequence(appId, userId));
    }

    /** Whether the list exists (or was created by this request). */
    boolean contains(String name) {
        return names.contains(name);
    }

    /** The lists now, in order. */
    List<String> names() {
        return new ArrayList<>(names);
    }

    /**
     * Makes sure all {@code wanted} lists exist, creating the missing ones. False, and nothing created, when that
     * would pass {@link #LIMIT} (30011).
     */
    boolean ensure(Collection<String> wanted) {
        List<String> missing = new ArrayList<>();
        for (String name : wanted) {
            if (!names.contains(name) && !missing.contains(name)) {
                missing.add(name);
            }
        }
        if (names.size() + missing.size() > LIMIT) {
            return false;
        }
        for (String name : missing) {
            names.add(name);
            if (!deleted.remove(name)) {
                created.add(name);
            }
        }
        return true;
    }

    /** Deletes lists that exist. */
    void delete(Collection<String> gone) {
        for (String name : gone) {
            if (names.remove(name) && !created.remove(name)) {
                deleted.add(name);
            }
        }
    }

    /** Whether this request changed the lists. */
    boolean changed() {
        return !created.isEmpty() || !deleted.isEmpty();
    }

    /** CurrentSequence after this request. */
    long currentSequence() {
        return changed() ? sequence + 1 : sequence;
    }

    /** The fact recording this request's changes, if any. */
    Optional<FriendGroupsChanged> change() {
        if (!changed()) {
            return Optional.empty();
        }
        return Optional.of(
                new FriendGroupsChanged(appId, userId, List.copyOf(created), List.copyOf(deleted), currentSequence()));
    }
}
