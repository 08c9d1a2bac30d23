package dev.parley.message.pipeline;

import java.util.Optional;
import java.util.function.Supplier;
import jakarta.enterprise.context.ApplicationScoped;

import dev.parley.message.guard.GroupView;
import dev.parley.message.guard.RelationView;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.message.events.MessageSubmitted;
import dev.parley.platform.apps.AppInfo;

/**
 * The send guard: decides with the message service's own read models whether a submission may be sent. C2C: the
 * app's friend check (20009/20010/20011) and the receiver's blacklist (20007, or success that stores and delivers
 * nothing). Groups: existence (10010), membership (10007), member mute and mute-all (10017), frequency control.
 * App admins bypass membership, mutes and frequency control. A refusal that may come from a read model lagging
 * behind a just-committed fact is checked again for up to a second.
 */
@ApplicationScoped
public class SendGuard {
    private static final long CATCH_UP_MILLIS = 1_000;

    private final GroupView groups;
    private final RelationView relations;
    private final LiveRoomRateLimiter rates;

    SendGuard(GroupView groups, RelationView relations, LiveRoomRateLimiter rates) {
        this.groups = groups;
        this.relations = relations;
        this.rates = rates;
    }

    /** Decides one submission. */
    public Verdict check(AppInfo app, MessageSubmitted s) {
        return check(app, s, groups);
    }

    /** Decides one submission, reading groups through {@code view} (e.g. a drain's {@link DrainGroupView}). */
    public Verdict check(AppInfo app, MessageSubmitted s, GroupView view) {
        return check(app, s, view, relations);
    }

    /**
     * Decides one submission, reading groups and relations through the drain's views ({@link DrainGroupView},
     * {@link DrainRelationView}).
     */
    public Verdict check(AppInfo app, MessageSubmitted s, GroupView view, RelationView relations) {
        return "GROUP".equals(s.kind()) ? group(app, s, view) : c2c(app, s, relations);
    }

    private Verdict c2c(AppInfo app, MessageSubmitted s, RelationView relations) {
        String appId = app.appId();
        if (app.settings().friendCheckOnSend()) {
            Supplier<Verdict> friendship = () -> {
                boolean senderHasReceiver = relations.isFriend(appId, s.fromAccount(), s.toAccount());
                boolean receiverHasSender = relations.isFriend(appId, s.toAccount(), s.fromAccount());
                if (!senderHasReceiver && !receiverHasSender) {
                    return Verdict.refuse(20009, "Sender and receiver are not friends");
                }
                if (!receiverHasSender) {
                    return Verdict.refuse(20010, "Sender is not in the receiver's friend list");
                }
                if (!senderHasReceiver) {
                    return Verdict.refuse(20011, "Receiver is not in the sender's friend list");
                }
                return Verdict.ACCEPT;
            };
            Verdict verdict = settle(friendship);
            if (verdict.code() != 0) {
                return verdict;
            }
        }
        if (relations.blocks(appId, s.toAccount(), s.fromAccount())) {
            return app.settings().blacklistShowSuccess()
                    ? Verdict.silentSuccess()
                    : Verdict.refuse(ErrorCode.C2C_SENDER_BLACKLISTED.code(), ErrorCode.C2C_SENDER_BLACKLISTED.info());
        }
        return Verdict.ACCEPT;
    }

    private Verdict group(AppInfo app, MessageSubmitted s, GroupView groups) {
        String appId = app.appId();
        Verdict verdict = settle(() -> membership(appId, s, groups));
        if (verdict.code() != 0) {
            return verdict;
        }
        verdict = mutes(appId, s, groups);
        if (verdict.code() != 0) {
            return verdict;
        }
        GroupView.Group group = groups.group(appId, s.groupId()).orElseThrow();
        boolean exempt = s.senderIsAdmin()
                || s.fromAccount().equals(group.owner())
                || groups.member(appId, s.groupId(), s.fromAccount())
                        .map(m -> "Admin".equals(m.role()) || "Owner".equals(m.role()))
                        .orElse(false);
        if (rates.drop(appId + ":" + s.groupId(), s.priority(), exempt, s.submittedAt())) {
            return Verdict.dropped("MsgFreqCtrl");
        }
        return Verdict.ACCEPT;
    }

    private Verdict membership(String appId, MessageSubmitted s, GroupView groups) {
        Optional<GroupView.Group> found = groups.group(appId, s.groupId());
        if (found.isEmpty()) {
            return Verdict.refuse(ErrorCode.GROUP_NOT_FOUND.code(), ErrorCode.GROUP_NOT_FOUND.info());
        }
        if (s.senderIsAdmin()) {
            return Verdict.ACCEPT;
        }
        GroupView.Group group = found.get();
        Optional<GroupView.Member> member = groups.member(appId, s.groupId(), s.fromAccount());
        boolean owner = s.fromAccount().equals(group.owner());
        boolean in = group.type() == GroupType.AVCHATROOM
                ? owner || groups.presentInLiveRoom(appId, s.groupId(), s.fromAccount())
                : member.map(m -> m.role() != null).orElse(false);
        if (!in) {
            return Verdict.refuse(ErrorCode.GROUP_PERMISSION_DENIED.code(), "Sender is not a member of the group");
        }
        return Verdict.ACCEPT;
    }

    private Verdict mutes(String appId, MessageSubmitted s, GroupView groups) {
        if (s.senderIsAdmin()) {
            return Verdict.ACCEPT;
        }
        GroupView.Group group = groups.group(appId, s.groupId()).orElseThrow();
        Optional<GroupView.Member> member = groups.member(appId, s.groupId(), s.fromAccount());
        boolean owner = s.fromAccount().equals(group.owner());
        long now = System.currentTimeMillis() / 1000;
        if (member.map(m -> m.muteUntil() > now).orElse(false)) {
            return Verdict.refuse(ErrorCode.GROUP_SENDER_MUTED.code(), ErrorCode.GROUP_SENDER_MUTED.info());
        }
        boolean manager = owner
                || member.map(m -> "Admin".equals(m.role()) || "Owner".equals(m.role()))
                        .orElse(false);
        if (group.muteAll() && !manager) {
            return Verdict.refuse(ErrorCode.GROUP_SENDER_MUTED.code(), "All members are muted");
        }
        return Verdict.ACCEPT;
    }

    /** A refusal is checked again until it holds for a second, so a fact still on its way cannot cause it. */
    private static Verdict settle(Supplier<Verdict> check) {
        long deadline = System.currentTimeMillis() + CATCH_UP_MILLIS;
        Verdict verdict = check.get();
        while (verdict.code() != 0 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return verdict;
            }
            verdict = check.get();
        }
        return verdict;
    }
}
