package dev.parley.model.error;

import java.util.Map;

/**
 * The "request body is not valid JSON" code of each REST service ({@code /v4/<service>/<command>}), per §1.2 of
 * the protocol document. Services without a documented code, {@code recentcontact} included, get the gateway's
 * {@link ErrorCode#GATEWAY_JSON_PARSE} (60003).
 */
public final class JsonParseCodes {

    /** Service name (case-sensitive, as in the URL) to its JSON-parse code; only services with a documented code. */
    private static final Map<String, ErrorCode> BY_SERVICE = Map.ofEntries(
            // §1.2
            Map.entry("im_open_login_svc", ErrorCode.ACCOUNT_INVALID_PARAMETER),
            Map.entry("openim", ErrorCode.C2C_JSON_PARSE),
            // §5.4: extensions are one-to-one and group message commands of the openim family
            Map.entry("openim_msg_ext_http_svc", ErrorCode.C2C_JSON_PARSE),
            Map.entry("group_open_http_svc", ErrorCode.GROUP_JSON_PARSE),
            Map.entry("sns", ErrorCode.SNS_INVALID_PARAMETER),
            Map.entry("profile", ErrorCode.PROFILE_INVALID_PARAMETER),
            // §5 service index: alias of group_open_http_svc ("accept both")
            Map.entry("group_open_attr_http_svc", ErrorCode.GROUP_JSON_PARSE),
            // §5.7 live-room commands belong to the group family
            Map.entry("group_open_avchatroom_http_svc", ErrorCode.GROUP_JSON_PARSE),
            // Parley's own group extensions (docs/compat.md): group codes throughout
            Map.entry("parley_group_svc", ErrorCode.GROUP_JSON_PARSE),
            // §5.13: "use the openim family (90001 JSON ...)"
            Map.entry("open_msg_svc", ErrorCode.C2C_JSON_PARSE),
            // §5.14.1: "Errors: 90001 JSON/MsgRandom invalid"
            Map.entry("timpush", ErrorCode.C2C_JSON_PARSE),
            // Parley's own relationship extensions (docs/compat.md)
            Map.entry("parley_sns_svc", ErrorCode.SNS_INVALID_PARAMETER));

    private JsonParseCodes() {}

    /**
     * @param service the {@code <servicename>} path segment, matched case-sensitively; may be null
     * @return the code to answer an unparseable body with; {@link ErrorCode#GATEWAY_JSON_PARSE} when not documented
     */
    public static ErrorCode forService(String service) {
        if (service == null) {
            return ErrorCode.GATEWAY_JSON_PARSE;
        }
        return BY_SERVICE.getOrDefault(service, ErrorCode.GATEWAY_JSON_PARSE);
    }

    /** The services that have their own JSON-parse code, with that code; every other service uses 60003. */
    public static Map<String, ErrorCode> documentedServices() {
        return BY_SERVICE;
    }
}
