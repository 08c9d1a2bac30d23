package dev.parley.model.relationship.events;

import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * userId's profile changed: the friends at that moment are to be notified (online devices, a later issue);
 * strangers are not. Key: appId:userId (per-user order). Since v1.
 *
 * @param appId SDKAppID
 * @param userId the user whose profile changed
 * @param recipients userId's friends
 * @param changes Tag_Profile_* to JSON-encoded value
 */
public record ProfileChangeNotified(
        @NotBlank String appId,
        @NotBlank String userId,
        @NotNull List<String> recipients,
        @NotNull Map<String, String> changes)
        implements RelationshipEvent {}
