package dev.parley.message.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link GroupReceiptStore} in memory; membership writes keep the highest group version, like the real one. */
final class InMemoryGroupReceiptStore implements GroupReceiptStore {
    private record Membership(boolean present, long joinedMs, long version) {}

    private final Map<String, Map<String, Membership>> members = new HashMap<>();
    private final Map<String, Set<String>> receipts = new HashMap<>();
    private final Map<String, Target> targets = new HashMap<>();

    /** Makes a stored group message known. */
    void message(String appId, String groupId, Target target) {
        targets.put(appId + "|" + groupId + "|" + target.seq(), target);
    }

    private void write(String appId, String groupId, String userId, Membership m) {
        Map<String, Membership> of = members.computeIfAbsent(appId + "|" + groupId, k -> new HashMap<>());
        Membership existing = of.get(userId);
        if (existing == null || m.version() >= existing.version()) {
            of.put(userId, m);
        }
    }

    @Override
    public void memberJoined(String appId, String groupId, String userId, long version, long joinedMs) {
        write(appId, groupId, userId, new Membership(true, joinedMs, version));
    }

    @Override
    public void memberLeft(String appId, String groupId, String userId, long version) {
        write(appId, groupId, userId, new Membership(false, 0, version));
    }

    @Override
    public void groupDestroyed(String appId, String groupId, long version) {
        Map<String, Membership> of = members.getOrDefault(appId + "|" + groupId, Map.of());
        for (String user : Set.copyOf(of.keySet())) {
            memberLeft(appId, groupId, user, version);
        }
    }

    @Override
    public Map<String, Long> members(String appId, String groupId) {
        Map<String, Long> current = new HashMap<>();
        members.getOrDefault(appId + "|" + groupId, Map.of()).forEach((user, m) -> {
            if (m.present()) {
                current.put(user, m.joinedMs());
            }
        });
        return current;
    }

    @Override
    public void receipt(String appId, String groupId, long seq, String userId, long readAt) {
        receipts.computeIfAbsent(appId + "|" + groupId + "|" + seq, k -> new HashSet<>())
                .add(userId);
    }

    @Override
    public Set<String> readers(String appId, String groupId, long seq) {
        return Set.copyOf(receipts.getOrDefault(appId + "|" + groupId + "|" + seq, Set.of()));
    }

    @Override
    public Optional<Target> target(String appId, String groupId, long seq) {
        return Optional.ofNullable(targets.get(appId + "|" + groupId + "|" + seq));
    }
}
