package dev.parley.gateway.app;

/**
 * A {@code /v4/<service>/<command>} request as it arrived: URL parts, the query parameters Tencent defines, the
 * body.
 *
 * @param service service name
 * @param command command name
 * @param sdkAppId {@code sdkappid}, may be null
 * @param identifier {@code identifier}, may be null
 * @param userSig {@code usersig}, may be null
 * @param body raw body, may be empty
 */
public record RestRequest(
        String service, String command, String sdkAppId, String identifier, String userSig, String body) {}
