package dev.parley.platform.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Tencent REST command after the gateway authenticated it: the app, the admin who called, and the parsed body.
 *
 * @param appId SDKAppID of the caller
 * @param identifier the App administrator named in the URL
 * @param requestId id of this request, for logs and correlation
 * @param body the JSON body (an empty object when the request had none)
 */
public record CommandRequest(String appId, String identifier, String requestId, ObjectNode body) {}
