package dev.parley.group.command;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupState;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.group.events.GroupAttrsChanged;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * The group attribute commands ({@code get/modify/set/clear_group_attr}, §5.5.1, §6.6), served under both
 * {@code group_open_http_svc} and {@code group_open_attr_http_svc}: one concrete class per (service, command)
 * pair, this class holds the logic. Attributes are lower-case {@code key}/{@code value} pairs of groups of every
 * type (newer Tencent docs extend them from AVChatRoom and Community to all types); at most 16 keys of 32 bytes,
 * values of 4096 bytes, 16 KB in all (10004). A non-admin {@code From_Account} must be a member (or present, in a
 * live room).
 */
abstract class GroupAttrCommand extends GroupCommand {
    /** The alias service name used by the doocs SDK. */
    static final String ATTR_SERVICE = "group_open_attr_http_svc";

    static final int MAX_KEYS = 16;
    static final int KEY_BYTES = 32;
    static final int VALUE_BYTES = 4096;
    static final int TOTAL_BYTES = 16 * 1024;

    /** The four commands, with the GroupAttrsChanged mode of the writes. */
    enum Operation {
        GET("get_group_attr", null),
        MODIFY("modify_group_attr", "Modify"),
        SET("set_group_attr", "Set"),
        CLEAR("clear_group_attr", "Clear");

        final String command;
        final String mode;

        Operation(String command, String mode) {
            this.command = command;
            this.mode = mode;
        }
    }

    private final GroupEngine engine;
    private final Operation operation;
    private final String service;

    GroupAttrCommand(AppDirectory apps, GroupEngine engine, Operation operation, String service) {
        super(apps);
        this.engine = engine;
        this.operation = operation;
        this.service = service;
    }

    @Override
    public final String service() {
        return service;
    }

    @Override
    public final String command() {
        return operation.command;
    }

    @Override
    final ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        Map<String, String> given = Map.of();
        if (operation == Operation.MODIFY || operation == Operation.SET) {
            given = parse(body, operation == Operation.MODIFY);
            overLimit(given).ifPresent(why -> {
                throw new BadRequest(why);
            });
        }
        Map<String, String> attrs = given;
        return engine.execute(app, actor, groupId, request.requestId(), context -> decide(context, attrs));
    }

    private Decision decide(GroupContext context, Map<String, String> given) {
        Optional<Decision> refused = requireGroup(context);
        if (refused.isPresent()) {
            return refused.get();
        }
        GroupState group = context.state();
        if (!mayAccess(context)) {
            return Decision.fail(ErrorCode.GROUP_PERMISSION_DENIED, "From_Account is not in this group");
        }
        Map<String, String> current = context.store().attrs(group.appId(), group.groupId());
        if (operation == Operation.GET) {
            ObjectNode reply = TencentReply.ok();
            ArrayNode list = reply.putArray("GroupAttrAry");
            current.forEach((key, value) -> list.addObject().put("key", key).put("value", value));
            return Decision.answer(reply);
        }
        if (operation == Operation.CLEAR && current.isEmpty()) {
            return Decision.answer(TencentReply.ok());
        }
        if (operation == Operation.MODIFY) {
            Map<String, String> merged = new LinkedHashMap<>(current);
            merged.putAll(given);
            Optional<String> over = overLimit(merged);
            if (over.isPresent()) {
                return Decision.fail(ErrorCode.GROUP_INVALID_PARAMETER, over.get());
            }
        }
        return Decision.commit(List.of(new GroupAttrsChanged(group.appId(), group.groupId(), operation.mode, given)));
    }

    /** App admins always; otherwise the owner, a stored member, or a user present in the live room. */
    private static boolean mayAccess(GroupContext context) {
        Actor actor = context.actor();
        if (actor.appAdmin() || actor.userId().equals(context.state().owner())) {
            return true;
        }
        if (context.state().type() == GroupType.AVCHATROOM) {
            return LivePresence.presence(context).containsKey(actor.userId());
        }
        return context.actorRole() != null;
    }

    /** {@code GroupAttr: [{key, value}]}; a repeated key keeps its last value. */
    static Map<String, String> parse(JsonNode body, boolean nonEmpty) {
        JsonNode array = body.get("GroupAttr");
        if (array == null || !array.isArray()) {
            throw new BadRequest("GroupAttr is required: an array of {key, value}");
        }
        if (nonEmpty && array.isEmpty()) {
            throw new BadRequest("GroupAttr must hold at least one attribute");
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (JsonNode item : array) {
            JsonNode key = item.get("key");
            JsonNode value = item.get("value");
            if (!item.isObject() || key == null || !key.isTextual() || value == null || !value.isTextual()) {
                throw new BadRequest("GroupAttr items need a key and a value string");
            }
            if (key.asText().isEmpty() || bytes(key.asText()) > KEY_BYTES) {
                throw new BadRequest("GroupAttr keys are 1 to " + KEY_BYTES + " bytes");
            }
            if (bytes(value.asText()) > VALUE_BYTES) {
                throw new BadRequest("GroupAttr values are limited to " + VALUE_BYTES + " bytes");
            }
            attrs.put(key.asText(), value.asText());
        }
        return attrs;
    }

    /** Why a group's attributes would exceed the limits, or empty. */
    static Optional<String> overLimit(Map<String, String> attrs) {
        if (attrs.size() > MAX_KEYS) {
            return Optional.of("A group holds at most " + MAX_KEYS + " attributes");
        }
        long total = attrs.entrySet().stream()
                .mapToLong(e -> bytes(e.getKey()) + bytes(e.getValue()))
                .sum();
        if (total > TOTAL_BYTES) {
            return Optional.of("A group's attributes are limited to " + TOTAL_BYTES + " bytes in all");
        }
        return Optional.empty();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
