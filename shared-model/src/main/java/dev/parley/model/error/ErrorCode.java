package dev.parley.model.error;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static dev.parley.model.error.ErrorCode.Area.ACCOUNT;
import static dev.parley.model.error.ErrorCode.Area.C2C_MESSAGE;
import static dev.parley.model.error.ErrorCode.Area.CONVERSATION;
import static dev.parley.model.error.ErrorCode.Area.GATEWAY;
import static dev.parley.model.error.ErrorCode.Area.GROUP;
import static dev.parley.model.error.ErrorCode.Area.PROFILE;
import static dev.parley.model.error.ErrorCode.Area.RELATIONSHIP;

/**
 * Every Tencent IM REST error code of §2.1–§2.9 of the protocol document, as one table. {@link #info()} is the
 * {@code ErrorInfo} text and never holds user data. The client-SDK-only codes of §2.10 are not listed; the two
 * client-side codes that §2.1/§2.2 do list are kept and flagged {@link #clientOnly()}.
 */
public enum ErrorCode {
    /** Success: {@code ActionStatus "OK"}, empty {@code ErrorInfo}. */
    SUCCESS(0, GATEWAY, ""),

    // §2.1 REST gateway / common
    /** 60002: HTTP parse error, the request URL is malformed (path parse, §1.6 step 1). */
    HTTP_PARSE(60002, GATEWAY, "HTTP parse error, please check the request URL"),
    /** 60003: request JSON parse error; the gateway-level JSON-parse code (see {@link JsonParseCodes}). */
    GATEWAY_JSON_PARSE(60003, GATEWAY, "Request JSON parse error, please check the body"),
    /** 60004: account or signature error in URL/JSON. */
    ACCOUNT_OR_SIGNATURE_INVALID(60004, GATEWAY, "Account or signature error in request"),
    /** 60005: account or signature error in URL/JSON (variant of 60004). */
    ACCOUNT_OR_SIGNATURE_INVALID_ALT(60005, GATEWAY, "Account or signature error in request"),
    /** 60006: SDKAppID invalid or expired. */
    SDKAPPID_INVALID(60006, GATEWAY, "SDKAppID invalid or expired"),
    /** 60007: REST API call frequency exceeded. */
    REST_RATE_LIMITED(60007, GATEWAY, "REST API call frequency exceeded"),
    /** 60008: service timeout or malformed HTTP request. */
    SERVICE_TIMEOUT(60008, GATEWAY, "Service timeout or malformed HTTP request"),
    /** 60009: bad resource, unknown service name or command in the URL. */
    BAD_RESOURCE(60009, GATEWAY, "Bad resource, please check the request URL"),
    /** 60010: the request requires App administrator permission (identifier is not an admin). */
    ADMIN_REQUIRED(60010, GATEWAY, "Request requires App administrator permission"),
    /** 60011: SDKAppID-level call frequency exceeded. */
    SDKAPPID_RATE_LIMITED(60011, GATEWAY, "SDKAppID call frequency exceeded"),
    /** 60012: {@code sdkappid} missing from the URL. */
    SDKAPPID_MISSING(60012, GATEWAY, "SDKAppID missing from the request URL"),
    /** 60013: HTTP response JSON parse error (internal). */
    RESPONSE_JSON_PARSE(60013, GATEWAY, "Response JSON parse error"),
    /** 60014: account exchange (置换账号) timeout. */
    ACCOUNT_EXCHANGE_TIMEOUT(60014, GATEWAY, "Account exchange timeout"),
    /** 60015: an account field has the wrong type; accounts must be JSON strings. */
    ACCOUNT_FIELD_TYPE(60015, GATEWAY, "Account field type error, accounts must be strings"),
    /** 60016: SDKAppID disabled. */
    SDKAPPID_DISABLED(60016, GATEWAY, "SDKAppID disabled"),
    /** 60017: request disabled. */
    REQUEST_DISABLED(60017, GATEWAY, "Request disabled"),
    /** 60018: too many requests, retry later. */
    TOO_MANY_REQUESTS(60018, GATEWAY, "Too many requests, please retry later"),
    /** 60019: too many requests, retry later (variant of 60018). */
    TOO_MANY_REQUESTS_ALT(60019, GATEWAY, "Too many requests, please retry later"),
    /** 60020: package not purchased or Pro package expired (takes about 5 minutes after purchase). */
    PACKAGE_NOT_PURCHASED(60020, GATEWAY, "Package not purchased or expired"),
    /** 60021: REST API caller IP is not on the allow-list. */
    IP_NOT_ALLOWED(60021, GATEWAY, "Caller IP not allowed"),
    /** 80001: text blocked by the security filter (also an {@code import_group_msg} per-item result, §2.8). */
    CONTENT_BLOCKED(80001, GATEWAY, "Text content contains sensitive words"),
    /** 80002: message body too long (12 KB; historic docs 8 KB; also an import per-item result, §2.8). */
    MESSAGE_TOO_LONG(80002, GATEWAY, "Message body too long"),
    /** 80101: message content security strike; client-side code, never returned by REST. */
    CONTENT_SECURITY_STRIKE(80101, GATEWAY, "Message content security strike", true),

    // §2.2 Account / UserSig
    /** 70001: UserSig expired; regenerate it. */
    USERSIG_EXPIRED(70001, ACCOUNT, "UserSig expired, please regenerate it"),
    /** 70002: UserSig length is 0. */
    USERSIG_EMPTY(70002, ACCOUNT, "UserSig length is 0"),
    /** 70003: UserSig cannot be decoded or parsed (often truncated). */
    USERSIG_INVALID(70003, ACCOUNT, "UserSig verification failed, cannot parse UserSig"),
    /** 70005: UserSig verification failed (variant of 70003). */
    USERSIG_VERIFICATION_FAILED(70005, ACCOUNT, "UserSig verification failed"),
    /** 70009: signature mismatch, the UserSig was made with another app's key (v1: public key mismatch). */
    USERSIG_KEY_MISMATCH(70009, ACCOUNT, "UserSig verification failed, key mismatch"),
    /** 70013: the request's identifier differs from the UserID the UserSig was generated for. */
    USERSIG_IDENTIFIER_MISMATCH(70013, ACCOUNT, "UserID in request does not match UserSig"),
    /** 70014: the request's SDKAppID differs from the SDKAppID in the UserSig. */
    USERSIG_SDKAPPID_MISMATCH(70014, ACCOUNT, "SDKAppID in request does not match UserSig"),
    /** 70016: key or public key not found for this app. */
    APP_KEY_NOT_FOUND(70016, ACCOUNT, "Key not found for this SDKAppID"),
    /** 70020: SDKAppID not found. */
    SDKAPPID_NOT_FOUND(70020, ACCOUNT, "SDKAppID not found"),
    /** 70050: too many failed verifications; locked for about one minute. */
    USERSIG_VERIFY_LOCKED(70050, ACCOUNT, "Too many failed verifications, please retry in one minute"),
    /** 70051: the account is black-listed. */
    ACCOUNT_BLACKLISTED(70051, ACCOUNT, "Account is blacklisted"),
    /** 70052: UserSig has been invalidated (e.g. after {@code kick}); regenerate it. */
    USERSIG_INVALIDATED(70052, ACCOUNT, "UserSig has been invalidated, please regenerate it"),
    /** 70101: login ticket expired; client-side code, never returned by REST. */
    LOGIN_TICKET_EXPIRED(70101, ACCOUNT, "Login ticket expired", true),
    /** 70107: requested user account does not exist or was not imported. */
    ACCOUNT_NOT_FOUND(70107, ACCOUNT, "Account does not exist"),
    /** 70114: restricted for security reasons. */
    SECURITY_RESTRICTED(70114, ACCOUNT, "Restricted for security reasons"),
    /** 70169: server internal timeout, retry. */
    ACCOUNT_INTERNAL_TIMEOUT(70169, ACCOUNT, "Server internal timeout, please retry"),
    /** 70206: invalid batch count in the request. */
    INVALID_BATCH_COUNT(70206, ACCOUNT, "Invalid batch count in request"),
    /** 70398: account count exceeds the Free Trial edition limit. */
    TRIAL_ACCOUNT_LIMIT(70398, ACCOUNT, "Account count exceeds the Trial Edition limit"),
    /** 70402: invalid parameter; also {@code im_open_login_svc}'s JSON-parse code (§1.2). */
    ACCOUNT_INVALID_PARAMETER(70402, ACCOUNT, "Invalid parameter"),
    /** 70403: requires App administrator permission. */
    ACCOUNT_ADMIN_REQUIRED(70403, ACCOUNT, "Requires App administrator permission"),
    /** 70500: server internal error. */
    ACCOUNT_INTERNAL_ERROR(70500, ACCOUNT, "Server internal error"),
    /** 72000: DAU reaches the Trial Edition limit; login rejected. */
    TRIAL_DAU_LIMIT(72000, ACCOUNT, "DAU reaches the Trial Edition limit"),
    /** 72001: user status feature is not enabled. */
    USER_STATUS_NOT_ENABLED(72001, ACCOUNT, "User status feature not enabled"),

    // §2.3 Profile
    /** 40001: invalid request parameters; also {@code profile}'s JSON-parse code (§1.2). */
    PROFILE_INVALID_PARAMETER(40001, PROFILE, "Invalid request parameters"),
    /** 40002: no account specified for the profile pull. */
    PROFILE_NO_ACCOUNT(40002, PROFILE, "No account specified"),
    /** 40003: requested account does not exist. */
    PROFILE_ACCOUNT_NOT_FOUND(40003, PROFILE, "Account does not exist"),
    /** 40004: requires admin ({@code From_Account} differs from the caller, who is not an admin). */
    PROFILE_ADMIN_REQUIRED(40004, PROFILE, "Requires App administrator permission"),
    /** 40005: a profile field contains sensitive words. */
    PROFILE_SENSITIVE_WORDS(40005, PROFILE, "Profile field contains sensitive words"),
    /** 40006: internal error. */
    PROFILE_INTERNAL_ERROR(40006, PROFILE, "Internal error"),
    /** 40007: no read permission for the profile field. */
    PROFILE_NO_READ_PERMISSION(40007, PROFILE, "No read permission for profile field"),
    /** 40008: no write permission for the profile field. */
    PROFILE_NO_WRITE_PERMISSION(40008, PROFILE, "No write permission for profile field"),
    /** 40009: the profile tag does not exist. */
    PROFILE_TAG_NOT_FOUND(40009, PROFILE, "Profile tag does not exist"),
    /** 40601: profile value longer than 500 bytes. */
    PROFILE_VALUE_TOO_LONG(40601, PROFILE, "Profile value exceeds 500 bytes"),
    /** 40605: invalid value for a standard profile field. */
    PROFILE_VALUE_INVALID(40605, PROFILE, "Invalid value for standard profile field"),
    /** 40610: value type mismatch for a profile field. */
    PROFILE_VALUE_TYPE_MISMATCH(40610, PROFILE, "Profile field value type mismatch"),

    // §2.4 Relationship chain
    /** 30001: invalid parameters (also already-friend/not-friend/blacklist cases); {@code sns}'s JSON-parse code. */
    SNS_INVALID_PARAMETER(30001, RELATIONSHIP, "Invalid parameters"),
    /** 30002: SDKAppID mismatch. */
    SNS_SDKAPPID_MISMATCH(30002, RELATIONSHIP, "SDKAppID mismatch"),
    /** 30003: requested account does not exist. */
    SNS_ACCOUNT_NOT_FOUND(30003, RELATIONSHIP, "Account does not exist"),
    /** 30004: requires App administrator permission. */
    SNS_ADMIN_REQUIRED(30004, RELATIONSHIP, "Requires App administrator permission"),
    /** 30005: a relationship field contains sensitive words. */
    SNS_SENSITIVE_WORDS(30005, RELATIONSHIP, "Relationship field contains sensitive words"),
    /** 30006: internal error. */
    SNS_INTERNAL_ERROR(30006, RELATIONSHIP, "Internal error"),
    /** 30007: network timeout. */
    SNS_TIMEOUT(30007, RELATIONSHIP, "Network timeout, please retry"),
    /** 30008: concurrent write conflict; use the batch API. */
    SNS_WRITE_CONFLICT(30008, RELATIONSHIP, "Concurrent write conflict, please use batch API"),
    /** 30009: the backend forbids this user from sending friend requests ({@code AdminForbid_Type_SendOut}). */
    FRIEND_REQUEST_FORBIDDEN(30009, RELATIONSHIP, "User is forbidden to send friend requests"),
    /** 30010: own friend count reached the limit. */
    FRIEND_LIMIT_REACHED(30010, RELATIONSHIP, "Friend count reached the limit"),
    /** 30011: friend-list (group) count reached the limit. */
    FRIEND_GROUP_LIMIT_REACHED(30011, RELATIONSHIP, "Friend list count reached the limit"),
    /** 30012: pending friend-request count reached the limit. */
    PENDING_LIMIT_REACHED(30012, RELATIONSHIP, "Pending request count reached the limit"),
    /** 30013: blacklist size reached the limit. */
    BLACKLIST_LIMIT_REACHED(30013, RELATIONSHIP, "Blacklist size reached the limit"),
    /** 30014: the peer's friend count reached the limit. */
    PEER_FRIEND_LIMIT_REACHED(30014, RELATIONSHIP, "Peer friend count reached the limit"),
    /** 30515: target is in your blacklist (§2.4); §5.8 gives the same number for "already a friend". */
    TARGET_IN_BLACKLIST(30515, RELATIONSHIP, "Target is in your blacklist"),
    /** 30516: target's AllowType is DenyAny. */
    TARGET_DENIES_ALL(30516, RELATIONSHIP, "Target denies all friend requests"),
    /** 30525: you are in the target's blacklist. */
    IN_TARGET_BLACKLIST(30525, RELATIONSHIP, "You are in the target's blacklist"),
    /** 30539: target requires confirmation; a pending request was created (not a hard error). */
    FRIEND_REQUEST_PENDING(30539, RELATIONSHIP, "Friend request pending confirmation"),
    /** 30540: friend add blocked by security policy (too frequent). */
    FRIEND_ADD_SECURITY_BLOCKED(30540, RELATIONSHIP, "Friend add blocked by security policy"),
    /** 30614: the pending request does not exist. */
    PENDING_NOT_FOUND(30614, RELATIONSHIP, "Pending request does not exist"),
    /** 31704: no friend relationship with the account to delete. */
    NOT_FRIENDS(31704, RELATIONSHIP, "Not a friend"),
    /** 31707: friend deletion blocked by security policy. */
    FRIEND_DELETE_SECURITY_BLOCKED(31707, RELATIONSHIP, "Friend deletion blocked by security policy"),
    /** 31804: requested account does not exist (second relationship code for this, besides 30003). */
    SNS_ACCOUNT_NOT_FOUND_ALT(31804, RELATIONSHIP, "Account does not exist"),

    // §2.5 Recent contacts / conversations
    /** 50001: requested account does not exist. */
    CONV_ACCOUNT_NOT_FOUND(50001, CONVERSATION, "Account does not exist"),
    /** 50002: invalid parameters. */
    CONV_INVALID_PARAMETER(50002, CONVERSATION, "Invalid parameters"),
    /** 50003: requires App administrator permission. */
    CONV_ADMIN_REQUIRED(50003, CONVERSATION, "Requires App administrator permission"),
    /** 50004: internal error. */
    CONV_INTERNAL_ERROR(50004, CONVERSATION, "Internal error"),
    /** 50005: network timeout. */
    CONV_TIMEOUT(50005, CONVERSATION, "Network timeout, please retry"),
    /** 51006: too many conversations marked or grouped in one request (max 100). */
    CONV_BATCH_TOO_LARGE(51006, CONVERSATION, "Too many conversations in one request"),
    /** 51007: conversation-group operation failed (internal, or group disbanded). */
    CONV_GROUP_OPERATION_FAILED(51007, CONVERSATION, "Conversation group operation failed"),
    /** 51008: total marked conversations exceeds the limit (1000). */
    CONV_MARK_LIMIT_REACHED(51008, CONVERSATION, "Marked conversation count exceeds the limit"),
    /** 51009: conversation group does not exist. */
    CONV_GROUP_NOT_FOUND(51009, CONVERSATION, "Conversation group does not exist"),
    /** 51010: number of conversation groups exceeds the limit (20). */
    CONV_GROUP_LIMIT_REACHED(51010, CONVERSATION, "Conversation group count exceeds the limit"),
    /** 51011: conversation group name exceeds 32 bytes. */
    CONV_GROUP_NAME_TOO_LONG(51011, CONVERSATION, "Conversation group name exceeds 32 bytes"),

    // §2.6 One-to-one messages
    /** 20001: invalid request packet (check that sender and receiver exist). */
    C2C_INVALID_REQUEST(20001, C2C_MESSAGE, "Invalid request packet"),
    /** 20002: internal authentication failed. */
    C2C_AUTH_FAILED(20002, C2C_MESSAGE, "Internal authentication failed"),
    /** 20003: invalid UserID, or UserID not imported. */
    C2C_INVALID_USERID(20003, C2C_MESSAGE, "Invalid UserID or UserID not imported"),
    /** 20004: network error, retry. */
    C2C_NETWORK_ERROR(20004, C2C_MESSAGE, "Network error, please retry"),
    /** 20005: internal server error, retry. */
    C2C_INTERNAL_ERROR(20005, C2C_MESSAGE, "Internal server error, please retry"),
    /** 20006: refused by {@code C2C.CallbackBeforeSendMsg} (§2.9). */
    C2C_CALLBACK_REFUSED(20006, C2C_MESSAGE, "Message refused by App backend callback"),
    /** 20007: the sender is in the recipient's blacklist. */
    C2C_SENDER_BLACKLISTED(20007, C2C_MESSAGE, "Sender is in the recipient's blacklist"),
    /** 20009: the parties are not friends (only with the C2C friendship check enabled). */
    C2C_NOT_FRIENDS(20009, C2C_MESSAGE, "Both parties are not friends"),
    /** 20010: the sender is not the recipient's friend (one-way check). */
    C2C_SENDER_NOT_FRIEND(20010, C2C_MESSAGE, "Sender is not the recipient's friend"),
    /** 20011: the recipient is not the sender's friend (one-way check). */
    C2C_RECIPIENT_NOT_FRIEND(20011, C2C_MESSAGE, "Recipient is not the sender's friend"),
    /** 20012: the sender is muted (global mute). */
    C2C_SENDER_MUTED(20012, C2C_MESSAGE, "Sender is muted"),
    /** 20016: recall time limit exceeded (default 2 minutes). */
    C2C_RECALL_TIME_LIMIT(20016, C2C_MESSAGE, "Recall time limit exceeded"),
    /** 20018: internal error deleting roaming messages. */
    C2C_DELETE_ROAMING_FAILED(20018, C2C_MESSAGE, "Internal error deleting roaming messages"),
    /** 20022: the message to recall does not exist ({@code admin_msgwithdraw}). */
    C2C_RECALL_MSG_NOT_FOUND(20022, C2C_MESSAGE, "Message to recall does not exist"),
    /** 20023: the message was already recalled ({@code admin_msgwithdraw}). */
    C2C_ALREADY_RECALLED(20023, C2C_MESSAGE, "Message already recalled"),
    /** 23001: message-extension write conflict (concurrent modification, Seq mismatch). */
    MSG_EXT_WRITE_CONFLICT(23001, C2C_MESSAGE, "Message extension write conflict"),
    /** 23004: the message extension to delete does not exist. */
    MSG_EXT_KEY_NOT_FOUND(23004, C2C_MESSAGE, "Message extension key does not exist"),
    /** 90001: body JSON parse failure ({@code openim}; §5.3.7 also shows it as a per-peer ErrorList code). */
    C2C_JSON_PARSE(90001, C2C_MESSAGE, "Fail to Parse json data of body, Please check it"),
    /** 90002: {@code MsgBody} malformed or not an array. */
    MSG_BODY_INVALID(90002, C2C_MESSAGE, "MsgBody is invalid"),
    /** 90003: {@code To_Account} missing, of the wrong type, or not existing. */
    TO_ACCOUNT_INVALID(90003, C2C_MESSAGE, "To_Account is invalid"),
    /** 90005: {@code MsgRandom} missing or not an integer. */
    MSG_RANDOM_INVALID(90005, C2C_MESSAGE, "MsgRandom is missing or not an integer"),
    /** 90006: {@code MsgTimeStamp} missing or not an integer. */
    MSG_TIMESTAMP_INVALID(90006, C2C_MESSAGE, "MsgTimeStamp is missing or not an integer"),
    /** 90007: {@code MsgBody} is not an array. */
    MSG_BODY_NOT_ARRAY(90007, C2C_MESSAGE, "MsgBody is not an array"),
    /** 90008: {@code From_Account} missing or does not exist. */
    FROM_ACCOUNT_INVALID(90008, C2C_MESSAGE, "From_Account is invalid"),
    /** 90009: requires App administrator permission. */
    C2C_ADMIN_REQUIRED(90009, C2C_MESSAGE, "Requires App administrator permission"),
    /** 90010: message format does not match the TIMMsgElement definition. */
    MSG_ELEMENT_INVALID(90010, C2C_MESSAGE, "Message format does not match TIMMsgElement"),
    /** 90011: batch target count exceeds 500. */
    BATCH_TARGETS_TOO_MANY(90011, C2C_MESSAGE, "Too many target accounts, at most 500"),
    /** 90012: {@code To_Account} not registered or not found. */
    TO_ACCOUNT_NOT_FOUND(90012, C2C_MESSAGE, "To_Account does not exist"),
    /** 90026: offline storage time invalid (over 7 days). */
    OFFLINE_STORAGE_TIME_INVALID(90026, C2C_MESSAGE, "Offline storage time invalid"),
    /** 90031: {@code SyncOtherMachine} is not an integer. */
    SYNC_OTHER_MACHINE_INVALID(90031, C2C_MESSAGE, "SyncOtherMachine is not an integer"),
    /** 90044: {@code MsgLifeTime} is not an integer. */
    MSG_LIFETIME_INVALID(90044, C2C_MESSAGE, "MsgLifeTime is not an integer"),
    /** 90045: push feature not enabled ({@code timpush}, {@code all_member_push}). */
    PUSH_NOT_ENABLED(90045, C2C_MESSAGE, "Push feature not enabled"),
    /** 90048: requested account does not exist. */
    C2C_ACCOUNT_NOT_FOUND(90048, C2C_MESSAGE, "Account does not exist"),
    /** 90054: {@code MsgKey} in the recall request is invalid. */
    MSG_KEY_INVALID(90054, C2C_MESSAGE, "MsgKey is invalid"),
    /** 90057: {@code DataId} longer than 64 bytes ({@code timpush}). */
    DATA_ID_TOO_LONG(90057, C2C_MESSAGE, "DataId exceeds 64 bytes"),
    /** 90992: internal error; when every request fails with callbacks configured, check the callback server. */
    C2C_INTERNAL_ERROR_CHECK_CALLBACK(90992, C2C_MESSAGE, "Internal error, please retry"),
    /** 90994: internal service error, retry. */
    C2C_SERVICE_ERROR(90994, C2C_MESSAGE, "Internal service error, please retry"),
    /** 90995: internal service error, retry (variant of 90994). */
    C2C_SERVICE_ERROR_ALT(90995, C2C_MESSAGE, "Internal service error, please retry"),
    /** 91000: internal service error, retry (variant of 90994; also used by {@code timpush}). */
    C2C_SERVICE_ERROR_ALT2(91000, C2C_MESSAGE, "Internal service error, please retry"),
    /** 91101: Web long-poll kicked (too many concurrent Web instances). */
    WEB_LONG_POLL_KICKED(91101, C2C_MESSAGE, "Web long polling kicked"),
    /** 93000: JSON packet too long (12 KB; historic docs 8 KB). */
    C2C_PACKET_TOO_LONG(93000, C2C_MESSAGE, "JSON packet too long"),

    // §2.7 Groups (§2.8 import results reuse 10004, 80001, 80002)
    /** 10002: internal server error, retry. */
    GROUP_INTERNAL_ERROR(10002, GROUP, "Internal server error, please retry"),
    /** 10003: invalid command or interface name. */
    GROUP_INVALID_COMMAND(10003, GROUP, "Invalid command"),
    /** 10004: invalid parameter; also {@code import_group_msg}'s per-item "invalid send time" result (§2.8). */
    GROUP_INVALID_PARAMETER(10004, GROUP, "Invalid parameter"),
    /** 10005: too many accounts in the request. */
    GROUP_TOO_MANY_ACCOUNTS(10005, GROUP, "Too many accounts in request"),
    /** 10006: operation frequency limited. */
    GROUP_FREQUENCY_LIMITED(10006, GROUP, "Operation frequency limited"),
    /** 10007: insufficient permission. */
    GROUP_PERMISSION_DENIED(10007, GROUP, "Insufficient permission"),
    /** 10008: invalid request (signature info check failed). */
    GROUP_INVALID_REQUEST(10008, GROUP, "Invalid request"),
    /** 10009: the group owner may not quit this group type. */
    GROUP_OWNER_CANNOT_QUIT(10009, GROUP, "Group owner cannot quit this group"),
    /** 10010: group does not exist or has been disbanded. */
    GROUP_NOT_FOUND(10010, GROUP, "Group does not exist or has been disbanded"),
    /** 10011: JSON body parse failure ({@code group_open_http_svc}'s JSON-parse code). */
    GROUP_JSON_PARSE(10011, GROUP, "JSON parse error, please check the body"),
    /** 10012: operator UserID invalid. */
    GROUP_OPERATOR_INVALID(10012, GROUP, "Operator UserID is invalid"),
    /** 10013: the invited user is already a member. */
    GROUP_ALREADY_MEMBER(10013, GROUP, "User is already a group member"),
    /** 10014: the group is full. */
    GROUP_FULL(10014, GROUP, "Group is full"),
    /** 10015: group ID invalid, or no group with this ID. */
    GROUP_ID_INVALID(10015, GROUP, "Group ID is invalid"),
    /** 10016: refused by an App backend Before* callback (send, create group, apply join; §2.9). */
    GROUP_CALLBACK_REFUSED(10016, GROUP, "Refused by App backend callback"),
    /** 10017: the sender is muted in this group (or MuteAllMember is on, or global mute). */
    GROUP_SENDER_MUTED(10017, GROUP, "Sender is muted in this group"),
    /** 10018: response exceeds 1 MB; request less data. */
    GROUP_RESPONSE_TOO_LARGE(10018, GROUP, "Response exceeds 1 MB, please request less data"),
    /** 10019: requested account does not exist. */
    GROUP_ACCOUNT_NOT_FOUND(10019, GROUP, "Account does not exist"),
    /** 10021: the custom group ID is already used. */
    GROUP_ID_IN_USE(10021, GROUP, "Group ID is already used"),
    /** 10023: message frequency limit exceeded. */
    GROUP_MSG_FREQUENCY_LIMITED(10023, GROUP, "Message frequency limit exceeded"),
    /** 10024: invitation or application already processed. */
    GROUP_REQUEST_ALREADY_PROCESSED(10024, GROUP, "Request already processed"),
    /** 10025: group ID already used and the operator is its owner (§5.5.1 also says "id invalid"). */
    GROUP_ID_OWNED_BY_OPERATOR(10025, GROUP, "Group ID is already used by the operator"),
    /** 10026: command disabled for this SDKAppID. */
    GROUP_COMMAND_DISABLED(10026, GROUP, "Command disabled for this SDKAppID"),
    /** 10027: custom data key not registered/enabled (from §5.5.1, §5.5.6, §6.6; not listed in §2.7). */
    GROUP_CUSTOM_FIELD_NOT_ENABLED(10027, GROUP, "Custom field not enabled"),
    /** 10030: the message to recall does not exist. */
    GROUP_RECALL_MSG_NOT_FOUND(10030, GROUP, "Message to recall does not exist"),
    /** 10031: recall time limit exceeded (default 2 minutes). */
    GROUP_RECALL_TIME_LIMIT(10031, GROUP, "Recall time limit exceeded"),
    /** 10032: message does not support recall. */
    GROUP_MSG_NOT_RECALLABLE(10032, GROUP, "Message does not support recall"),
    /** 10033: group type does not support recall (AVChatRoom). */
    GROUP_TYPE_NO_RECALL(10033, GROUP, "Group type does not support recall"),
    /** 10034: message type does not support deletion. */
    GROUP_MSG_NOT_DELETABLE(10034, GROUP, "Message type does not support deletion"),
    /** 10035: live and broadcast groups do not support message deletion. */
    GROUP_TYPE_NO_DELETE(10035, GROUP, "Group type does not support message deletion"),
    /** 10036: live-group (AVChatRoom) creation count exceeded for the plan. */
    AVCHATROOM_LIMIT_REACHED(10036, GROUP, "AVChatRoom count exceeds the limit"),
    /** 10037: a user's created plus joined group count exceeded. */
    USER_GROUP_LIMIT_REACHED(10037, GROUP, "User group count exceeds the limit"),
    /** 10038: group member count exceeded the plan limit. */
    GROUP_MEMBER_LIMIT_REACHED(10038, GROUP, "Group member count exceeds the limit"),
    /** 10041: the app is configured to disallow group message recall. */
    GROUP_RECALL_DISABLED(10041, GROUP, "Group message recall is disabled"),
    /** 10050: group attribute key does not exist. */
    GROUP_ATTR_KEY_NOT_FOUND(10050, GROUP, "Group attribute key does not exist"),
    /** 10056: group attribute write conflict; re-read attributes then retry. */
    GROUP_ATTR_WRITE_CONFLICT(10056, GROUP, "Group attribute write conflict, please retry"),
    /** 10059: not available on this edition (Ultimate/Flagship only). */
    EDITION_NOT_SUPPORTED(10059, GROUP, "Feature not available on this edition");

    /** Area of an error code: the §2 subsection, i.e. which service family returns it. */
    public enum Area {
        /** §2.1 REST gateway and common codes (60000s, 80000s). */
        GATEWAY,
        /** §2.2 accounts and UserSig ({@code im_open_login_svc}, 70000–72999). */
        ACCOUNT,
        /** §2.3 profiles ({@code profile}, 40000s). */
        PROFILE,
        /** §2.4 relationship chain ({@code sns}, 30000s). */
        RELATIONSHIP,
        /** §2.5 recent contacts / conversations ({@code recentcontact}, 50000s). */
        CONVERSATION,
        /** §2.6 one-to-one messages ({@code openim}, 20000s, 90000s). */
        C2C_MESSAGE,
        /** §2.7 groups ({@code group_open_http_svc}, 10000s). */
        GROUP,
        /** §2.9 codes chosen by the App backend in callback answers; no constant has it, see {@link #areaOf}. */
        CALLBACK
    }

    /** Lowest custom code an App backend may return from {@code C2C.CallbackBeforeSendMsg} (§2.9). */
    public static final int C2C_CALLBACK_CUSTOM_MIN = 120001;
    /** Highest custom code an App backend may return from {@code C2C.CallbackBeforeSendMsg} (§2.9). */
    public static final int C2C_CALLBACK_CUSTOM_MAX = 130000;
    /** Lowest per-item refusal code of {@code Sns.CallbackPrevFriendAdd} (§2.4, §2.9). */
    public static final int FRIEND_ADD_CALLBACK_MIN = 38000;
    /** Highest per-item refusal code of {@code Sns.CallbackPrevFriendAdd} (§2.4, §2.9). */
    public static final int FRIEND_ADD_CALLBACK_MAX = 39000;

    private static final Map<Integer, ErrorCode> BY_CODE = new HashMap<>();

    static {
        for (ErrorCode e : values()) {
            if (BY_CODE.put(e.code, e) != null) {
                throw new IllegalStateException("duplicate error code " + e.code);
            }
        }
    }

    private final int code;
    private final Area area;
    private final String info;
    private final boolean clientOnly;

    ErrorCode(int code, Area area, String info) {
        this(code, area, info, false);
    }

    ErrorCode(int code, Area area, String info, boolean clientOnly) {
        this.code = code;
        this.area = area;
        this.info = info;
        this.clientOnly = clientOnly;
    }

    /** The numeric {@code ErrorCode} sent on the wire. */
    public int code() {
        return code;
    }

    /** The default {@code ErrorInfo} text: short English, free of user data; empty for {@link #SUCCESS}. */
    public String info() {
        return info;
    }

    /** The §2 subsection this code is listed in. */
    public Area area() {
        return area;
    }

    /** True for codes the document marks as client-side only; a REST server never returns them. */
    public boolean clientOnly() {
        return clientOnly;
    }

    /** True only for {@link #SUCCESS}. */
    public boolean isSuccess() {
        return this == SUCCESS;
    }

    /**
     * @param code a numeric error code
     * @return its constant, or empty for an unlisted code (including callback-chosen codes)
     */
    public static Optional<ErrorCode> of(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * @param code a numeric error code
     * @return the area of a listed code, {@link Area#CALLBACK} for the §2.9 callback ranges, else empty
     */
    public static Optional<Area> areaOf(int code) {
        ErrorCode known = BY_CODE.get(code);
        if (known != null) {
            return Optional.of(known.area);
        }
        return isC2cCallbackCustomCode(code) || isFriendAddCallbackCode(code)
                ? Optional.of(Area.CALLBACK)
                : Optional.empty();
    }

    /** True when {@code code} is in the custom range [120001, 130000] of {@code C2C.CallbackBeforeSendMsg}. */
    public static boolean isC2cCallbackCustomCode(int code) {
        return code >= C2C_CALLBACK_CUSTOM_MIN && code <= C2C_CALLBACK_CUSTOM_MAX;
    }

    /** True when {@code code} is in the refusal range [38000, 39000] of {@code Sns.CallbackPrevFriendAdd}. */
    public static boolean isFriendAddCallbackCode(int code) {
        return code >= FRIEND_ADD_CALLBACK_MIN && code <= FRIEND_ADD_CALLBACK_MAX;
    }
}
