package dev.parley.message.pipeline;

import java.util.Optional;
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
 * behind a just-committed fact (not a member, not friends) is marked {@link Verdict#recheck()}: it is checked again
 * off the lane by {@link RefusalRecheck} through {@link #standing}, so it never holds up the conversation's other
 * submissions.
 */
@ApplicationScoped
public class SendGuard {

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
        Verdict friendship = friendship(app, s, relations);
        if (friendship.code() != 0) {
            return friendship;
        }
        if (relations.blocks(appId, s.toAccount(), s.fromAccount())) {
            return app.settings().blacklistShowSuccess()
                    ? Verdict.silentSuccess()
                    : Verdict.refuse(ErrorCode.C2C_SENDER_BLACKLISTED.code(), ErrorCode.C2C_SENDER_BLACKLISTED.info());
        }
        return Verdict.ACCEPT;
    }

    /**
     * Only the part of the decision a lagging read model can get wrong (group existence and membership; the C2C
     * friend check), read afresh from the service's views: what {@link RefusalRecheck} asks again. Counts nothing
     * (no frequency control).
     */
    Verdict standing(AppInfo app, MessageSubmitted s) {
        return "GROUP".equals(s.kind()) ? membership(app.appId(), s, groups) : friendship(app, s, relations);
    }

    private static Verdict friendship(AppInfo app, MessageSubmitted s, RelationView relations) {
        if (!app.settings().friendCheckOnSend()) {
            return Verdict.ACCEPT;
        }
        String appId = app.appId();
        boolean senderHasReceiver = relations.isFriend(appId, s.fromAccount(), s.toAccount());
        boolean receiverHasSender = relations.isFriend(appId, s.toAccount(), s.fromAccount());
        if (!senderHasReceiver && !receiverHasSender) {
            return Verdict.refuseUnlessCaughtUp(20009, "Sender and receiver are not friends");
        }
        if (!receiverHasSender) {
            return Verdict.refuseUnlessCaughtUp(20010, "Sender is not in the receiver's friend list");
        }
        if (!senderHasReceiver) {
            return Verdict.refuseUnlessCaughtUp(20011, "Receiver is not in the sender's friend list");
        }
        return Verdict.ACCEPT;
    }

    private Verdict group(AppInfo app, MessageSubmitted s, GroupView groups) {
        String appId = app.appId();
        Verdict verdict = membership(appId, s, groups);
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
            return Verdict.refuseUnlessCaughtUp(ErrorCode.GROUP_NOT_FOUND.code(), ErrorCode.GROUP_NOT_FOUND.info());
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
            return Verdict.refuseUnlessCaughtUp(
                    ErrorCode.GROUP_PERMISSION_DENIED.code(), "Sender is not a member of the group");
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
}
