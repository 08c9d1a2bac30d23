package dev.parley.message.guard;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link GroupView} for one drain of one conversation lane: remembers what it found (the group, a member, a
 * presence) so a burst into one group reads each of them once, not once per message. Only positive answers are
 * remembered: a refusal ("no such group", "not a member") is read again, so the guard's re-check of refusals still
 * sees a fact that arrives meanwhile. Not thread-safe: a drain runs on one thread at a time.
 */
public final class DrainGroupView implements GroupView {
    private final GroupView delegate;
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, Member> members = new HashMap<>();
    private final Map<String, Boolean> present = new HashMap<>();

    /** Wraps the service's group view. */
    public DrainGroupView(GroupView delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Group> group(String appId, String groupId) {
        String key = appId + ":" + groupId;
        Group known = groups.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Group> found = delegate.group(appId, groupId);
        found.ifPresent(g -> groups.put(key, g));
        return found;
    }

    @Override
    public Optional<Member> member(String appId, String groupId, String userId) {
        String key = appId + ":" + groupId + ":" + userId;
        Member known = members.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Member> found = delegate.member(appId, groupId, userId);
        found.ifPresent(m -> members.put(key, m));
        return found;
    }

    @Override
    public boolean presentInLiveRoom(String appId, String groupId, String userId) {
        String key = appId + ":" + groupId + ":" + userId;
        if (present.containsKey(key)) {
            return true;
        }
        boolean found = delegate.presentInLiveRoom(appId, groupId, userId);
        if (found) {
            present.put(key, true);
        }
        return found;
    }
}
