package dev.parley.gateway.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.config.ConfigMapping;

/**
 * Which service owns each Tencent command (ADR-0005). A command not listed here answers 60009 like an unknown URL;
 * docs/compat.md says which commands are implemented.
 */
@ApplicationScoped
public class CommandRoutes {
    private static final Map<String, String> OWNER_BY_COMMAND = routes(
            "auth",
            "im_open_login_svc",
            List.of("account_import", "multiaccount_import", "account_delete", "account_check", "kick"),
            "group",
            "group_open_http_svc",
            List.of(
                    "create_group",
                    "import_group",
                    "get_group_info",
                    "get_group_member_info",
                    "get_specified_group_member_info",
                    "modify_group_base_info",
                    "add_group_member",
                    "delete_group_member",
                    "modify_group_member_info",
                    "destroy_group",
                    "get_joined_group_list",
                    "get_role_in_group",
                    "forbid_send_msg",
                    "get_group_muted_account",
                    "get_group_shutted_uin",
                    "change_group_owner",
                    "import_group_member",
                    "set_unread_msg_num",
                    "get_appid_group_list",
                    "get_online_member_num",
                    "get_group_attr",
                    "modify_group_attr",
                    "set_group_attr",
                    "clear_group_attr"),
            "group",
            "group_open_attr_http_svc",
            List.of("get_group_attr", "modify_group_attr", "set_group_attr", "clear_group_attr"),
            "group",
            "group_open_avchatroom_http_svc",
            List.of("get_members", "check_members"),
            "group",
            "parley_group_svc",
            List.of("apply_join_group", "get_join_applications", "handle_join_application", "quit_group"),
            "relationship",
            "sns",
            List.of(
                    "friend_add",
                    "friend_import",
                    "friend_update",
                    "friend_delete",
                    "friend_delete_all",
                    "friend_check",
                    "friend_get",
                    "friend_get_list",
                    "group_add",
                    "group_delete",
                    "group_get",
                    "black_list_add",
                    "black_list_delete",
                    "black_list_get",
                    "black_list_check"),
            "relationship",
            "profile",
            List.of("portrait_get", "portrait_set"),
            "relationship",
            "parley_sns_svc",
            List.of("friend_response", "friend_pendency_get"),
            "message",
            "openim",
            List.of(
                    "sendmsg",
                    "batchsendmsg",
                    "importmsg",
                    "admin_getroammsg",
                    "admin_msgwithdraw",
                    "admin_set_msg_read",
                    "get_c2c_unread_msg_num",
                    "modify_c2c_msg",
                    "delete_c2c_msg_ramble"),
            "message",
            "group_open_http_svc",
            List.of(
                    "send_group_msg",
                    "send_group_system_notification",
                    "group_msg_get_simple",
                    "group_msg_recall",
                    "modify_group_msg",
                    "import_group_msg",
                    "group_msg_receipt",
                    "get_group_msg_receipt",
                    "get_group_msg_receipt_detail"),
            "message",
            "openim_msg_ext_http_svc",
            List.of("get_key_values", "set_key_values", "group_get_key_values", "group_set_key_values"),
            "message",
            "recentcontact",
            List.of("get_list", "delete"),
            "message",
            "open_msg_svc",
            List.of("get_history"),
            "message",
            "parley_recentcontact_svc",
            List.of("set_pinned"));

    /** Builds command to owner from (owner, service, commands) triples. */
    private static Map<String, String> routes(Object... triples) {
        Map<String, String> routes = new HashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            String owner = (String) triples[i];
            String service = (String) triples[i + 1];
            for (Object command : (List<?>) triples[i + 2]) {
                routes.put(service + "/" + command, owner);
            }
        }
        return Map.copyOf(routes);
    }

    private final Owners owners;

    CommandRoutes(Owners owners) {
        this.owners = owners;
    }

    /** Base URL of the service owning {@code service/command}, empty for an unknown command. */
    public Optional<String> ownerUrl(String service, String command) {
        String owner = OWNER_BY_COMMAND.get(service + "/" + command);
        return owner == null
                ? Optional.empty()
                : Optional.ofNullable(owners.owners().get(owner));
    }

    /** Base URLs of the owning services, {@code parley.gateway.owners.<service>}. */
    @ConfigMapping(prefix = "parley.gateway")
    public interface Owners {
        /** Owner key (e.g. {@code auth}) to base URL (e.g. {@code http://127.0.0.1:8081}). */
        Map<String, String> owners();

        /** Time allowed to the owner, Tencent's REST timeout. */
        java.time.Duration ownerTimeout();
    }
}
