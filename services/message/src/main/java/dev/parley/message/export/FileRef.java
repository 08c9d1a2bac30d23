package dev.parley.message.export;

/**
 * One generated history file.
 *
 * @param appId SDKAppID
 * @param chatType {@code C2C} or {@code Group}
 * @param hour {@code YYYYMMDDHH} (Beijing)
 * @param fileId the version's id
 */
public record FileRef(String appId, String chatType, String hour, String fileId) {}
