package dev.parley.relationship.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.model.relationship.events.FriendAdded;
import dev.parley.model.relationship.events.FriendRequestResolved;
import dev.parley.model.relationship.events.RelationshipEvent;
import dev.parley.relationship.domain.ProfileTags;
import dev.parley.relationship.store.RelationshipStore;

/**
 * Rules and facts shared by the friend commands: limits (3,000 friends, 100 pending requests), add and delete
 * types, request outcomes, the profile tags that govern adding (AllowType, AdminForbidType), the {@link FriendAdded}
 * / {@link FriendRequestResolved} facts, and the friend lists of the users a request touches.
 */
final class Friendship {
    /** Most friends a user may have (§5.8). */
    static final int FRIEND_LIMIT = 3_000;
    /** Most pending requests a user may have sent (§5.8). */
    static final int PENDING_LIMIT = 100;

    static final String ADD_TYPE_SINGLE = "Add_Type_Single";
    static final String ADD_TYPE_BOTH = "Add_Type_Both";

    static final String ALLOW_ANY = "AllowType_Type_AllowAny";
    static final String NEED_CONFIRM = "AllowType_Type_NeedConfirm";
    static final String DENY_ANY = "AllowType_Type_DenyAny";
    static final String FORBID_SEND_OUT = "AdminForbid_Type_SendOut";

    static final String AGREED = "Agreed";
    static final String AGREED_AND_ADDED = "AgreedAndAdded";
    static final String REJECTED = "Rejected";
    static final String SUPERSEDED = "Superseded";

    private Friendship() {}

    /** {@code AddType}: Add_Type_Single or Add_Type_Both (the default). */
    static String addType(Family family, JsonNode body) {
        String value = Fields.optionalText(family, body, "AddType");
        if (value == null || value.isEmpty()) {
            return ADD_TYPE_BOTH;
        }
        if (!value.equals(ADD_TYPE_SINGLE) && !value.equals(ADD_TYPE_BOTH)) {
            throw family.bad("AddType must be Add_Type_Single or Add_Type_Both");
        }
        return value;
    }

    /** {@code DeleteType}: true for Delete_Type_Both (the default), false for Delete_Type_Single. */
    static boolean deleteBoth(Family family, JsonNode body) {
        String value = Fields.optionalText(family, body, "DeleteType");
        if (value == null || value.isEmpty() || value.equals("Delete_Type_Both")) {
            return true;
        }
        if (value.equals("Delete_Type_Single")) {
            return false;
        }
        throw family.bad("DeleteType must be Delete_Type_Single or Delete_Type_Both");
    }

    /** The user's value of a string profile tag (AllowType, AdminForbidType), with Tencent's default. */
    static String profileText(RelationshipStore store, String appId, String userId, String tag) {
        return ProfileTags.valueOf(store.profile(appId, userId), tag)
                .map(stored -> ProfileTags.decode(stored).asText())
                .orElse("");
    }

    /** Who may add the user: AllowAny, NeedConfirm (the default) or DenyAny. */
    static String allowType(RelationshipStore store, String appId, String userId) {
        return profileText(store, appId, userId, ProfileTags.ALLOW_TYPE);
    }

    /** Whether the backend forbids the user to send friend requests (30009). */
    static boolean forbiddenToSend(RelationshipStore store, String appId, String userId) {
        return FORBID_SEND_OUT.equals(profileText(store, appId, userId, ProfileTags.ADMIN_FORBID_TYPE));
    }

    /** The code for an item about someone who is not a friend: 30003 when the account does not exist. */
    static ErrorCode notFriend(Set<String> missing, String userId, ErrorCode otherwise) {
        return missing.contains(userId) ? ErrorCode.SNS_ACCOUNT_NOT_FOUND : otherwise;
    }

    /** {@code friendId} joins {@code userId}'s list by friend_add or an accepted request. */
    static FriendAdded added(
            String appId,
            String userId,
            String friendId,
            String remark,
            List<String> groups,
            String addSource,
            String addWording,
            long now) {
        return new FriendAdded(
                appId,
                userId,
                friendId,
                remark,
                List.copyOf(groups),
                addSource,
                addWording,
                now,
                remark == null || remark.isEmpty() ? 0 : now,
                Map.of(),
                false);
    }

    /** {@code friendId} joins {@code userId}'s list by friend_import. */
    static FriendAdded imported(
            String appId,
            String userId,
            String friendId,
            String remark,
            List<String> groups,
            String addSource,
            String addWording,
            long addTime,
            long remarkTime,
            Map<String, String> custom) {
        return new FriendAdded(
                appId,
                userId,
                friendId,
                remark,
                List.copyOf(groups),
                addSource,
                addWording,
                addTime,
                remarkTime,
                Map.copyOf(custom),
                true);
    }

    /** The pending request from {@code requester} to {@code target} ended. */
    static FriendRequestResolved resolved(String appId, String requester, String target, String outcome, long now) {
        return new FriendRequestResolved(appId, requester, target, outcome, now);
    }

    /**
     * The facts to commit: the friend-list changes first (a friend may be put in a list created by the same
     * request), then the others.
     */
    static List<RelationshipEvent> withListChanges(Collection<FriendLists> lists, List<RelationshipEvent> facts) {
        List<RelationshipEvent> all = new ArrayList<>();
        for (FriendLists userLists : lists) {
            userLists.change().ifPresent(all::add);
        }
        all.addAll(facts);
        return all;
    }

    /** Friend lists of several users, loaded when first needed. */
    static final class ListsByUser {
        private final RelationshipStore store;
        private final String appId;
        private final Map<String, FriendLists> loaded = new HashMap<>();

        ListsByUser(RelationshipStore store, String appId) {
            this.store = store;
            this.appId = appId;
        }

        /** The user's lists. */
        FriendLists of(String userId) {
            return loaded.computeIfAbsent(userId, user -> FriendLists.load(store, appId, user));
        }

        /** Every user's lists loaded so far. */
        Collection<FriendLists> all() {
            return loaded.values();
        }
    }
}
