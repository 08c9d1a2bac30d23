package dev.parley.group.domain;

/**
 * Who performs a group operation. A REST call acts as the App admin unless it names a non-admin
 * {@code From_Account} or {@code Operator_Account}; then it is checked with that user's rights in the group
 * (docs/compat.md), the same rules a client will get.
 *
 * @param userId the acting UserID
 * @param appAdmin true for an App administrator, who has owner rights in every group
 */
public record Actor(String userId, boolean appAdmin) {}
