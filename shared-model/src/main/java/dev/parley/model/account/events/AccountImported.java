package dev.parley.model.account.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Emitted by auth when an account is imported or re-imported (re-import updates nick and face URL). Key:
 * appId:userId. Consumers: auth (account table), later message, group, relationship, billing. Since v1.
 *
 * @param appId SDKAppID
 * @param userId UserID, at most 32 bytes
 * @param nick nickname, may be null
 * @param faceUrl avatar URL, may be null
 */
public record AccountImported(
        @NotBlank String appId,
        @NotBlank @Size(max = 32) String userId,
        @Size(max = 500) String nick,
        @Size(max = 500) String faceUrl)
        implements AccountEvent {}
