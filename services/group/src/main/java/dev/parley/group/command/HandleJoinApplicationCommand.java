package dev.parley.group.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.Role;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.events.GroupEvent;
import dev.parley.model.group.events.JoinRequestDecided;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;

/**
 * {@code parley_group_svc/handle_join_application}: approves ({@code HandleResult: Agree}) or rejects
 * ({@code Reject}) the pending request of {@code Applicant_Account}; 10024 when there is none. A non-admin
 * {@code Handler_Account} must be the owner or an admin of the group. An approval fails with 10014 or 10037, and
 * decides nothing, when the applicant cannot join now.
 */
@Singleton
public class HandleJoinApplicationCommand extends ParleyGroupCommand {
    static final int HANDLE_MSG_BYTES = 300;

    private final GroupEngine engine;

    HandleJoinApplicationCommand(AppDirectory apps, GroupEngine engine) {
        super(apps);
        this.engine = engine;
    }

    @Override
    public String command() {
        return "handle_join_application";
    }

    /**
     * A parsed request.
     *
     * @param applicant whose request
     * @param agree approve or reject
     * @param message the decision text, never null
     */
    private record Handling(String applicant, boolean agree, String message) {}

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        String applicant = Fields.userId(body, "Applicant_Account");
        String result = Fields.optionalText(body, "HandleResult");
        if (!"Agree".equals(result) && !"Reject".equals(result)) {
            throw new BadRequest("HandleResult is required: Agree or Reject");
        }
        String message = Fields.optionalText(body, "HandleMsg", HANDLE_MSG_BYTES);
        String handlerId = Fields.optionalUserId(body, "Handler_Account");
        Actor handler = handlerId == null ? actor : named(app, handlerId);
        Handling handling = new Handling(applicant, "Agree".equals(result), message == null ? "" : message);
        return engine.execute(app, handler, groupId, request.requestId(), context -> decide(context, handling));
    }

    private static Decision decide(GroupContext context, Handling handling) {
        Optional<Decision> refused = requireGroup(context);
        if (refused.isPresent()) {
            return refused.get();
        }
        Role role = context.actorRole();
        if (role == null || !role.manages()) {
            return Decision.fail(
                    ErrorCode.GROUP_PERMISSION_DENIED, "Only the owner or an admin may handle applications");
        }
        String applicant = handling.applicant();
        if (!context.store()
                .joinRequests(context.app().appId(), context.groupId())
                .containsKey(applicant)) {
            return Decision.fail(ErrorCode.GROUP_REQUEST_ALREADY_PROCESSED);
        }
        List<GroupEvent> facts = new ArrayList<>();
        facts.add(new JoinRequestDecided(
                context.app().appId(),
                context.groupId(),
                applicant,
                handling.agree(),
                context.actor().userId(),
                handling.message(),
                context.now()));
        if (handling.agree() && context.member(applicant).isEmpty()) {
            refused = Joining.refusal(context, applicant);
            if (refused.isPresent()) {
                return refused.get();
            }
            facts.add(Joining.member(context, applicant, "Approve"));
        }
        return Decision.commit(facts);
    }
}
