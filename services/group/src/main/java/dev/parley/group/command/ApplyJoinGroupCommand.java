package dev.parley.group.command;

import java.util.List;
import java.util.Optional;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.group.app.Decision;
import dev.parley.group.app.GroupContext;
import dev.parley.group.app.GroupEngine;
import dev.parley.group.domain.Actor;
import dev.parley.group.domain.GroupRules;
import dev.parley.group.domain.GroupState;
import dev.parley.group.domain.JoinOption;
import dev.parley.group.store.GroupStore;
import dev.parley.model.error.ErrorCode;
import dev.parley.model.group.GroupType;
import dev.parley.model.group.events.JoinRequested;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentReply;

/**
 * {@code parley_group_svc/apply_join_group}: {@code Applicant_Account} applies to join. FreeAccess joins at once
 * ({@code JoinResult: Joined}), NeedPermission leaves a pending request ({@code Pending}), DisableApply and Work
 * groups refuse (10007). In an AVChatRoom the user enters the live room.
 */
@Singleton
public class ApplyJoinGroupCommand extends ParleyGroupCommand {
    static final int APPLY_MSG_BYTES = 300;

    private final GroupEngine engine;
    private final GroupStore store;
    private final AccountDirectory accounts;
    private final LivePresence live;

    ApplyJoinGroupCommand(
            AppDirectory apps, GroupEngine engine, GroupStore store, AccountDirectory accounts, LivePresence live) {
        super(apps);
        this.engine = engine;
        this.store = store;
        this.accounts = accounts;
        this.live = live;
    }

    @Override
    public String command() {
        return "apply_join_group";
    }

    @Override
    ObjectNode handle(AppInfo app, Actor actor, CommandRequest request) {
        JsonNode body = request.body();
        String groupId = Fields.groupId(body);
        String applicant = Fields.userId(body, "Applicant_Account");
        String message = Fields.optionalText(body, "ApplyMsg", APPLY_MSG_BYTES);
        Optional<GroupState> group = store.group(app.appId(), groupId);
        if (group.isEmpty()) {
            return TencentReply.fail(ErrorCode.GROUP_NOT_FOUND);
        }
        if (!accounts.missing(app, List.of(applicant)).isEmpty()) {
            return TencentReply.fail(ErrorCode.GROUP_ACCOUNT_NOT_FOUND, "Applicant_Account is not imported");
        }
        Actor applying = named(app, applicant);
        if (group.get().type() == GroupType.AVCHATROOM) {
            return live.enter(app, applying, groupId, applicant, request.requestId());
        }
        return engine.execute(
                app, applying, groupId, request.requestId(), context -> decide(context, applicant, message));
    }

    private static Decision decide(GroupContext context, String applicant, String message) {
        Optional<Decision> refused = requireGroup(context);
        if (refused.isPresent()) {
            return refused.get();
        }
        GroupState group = context.state();
        if (context.member(applicant).isPresent()) {
            return Decision.fail(ErrorCode.GROUP_ALREADY_MEMBER);
        }
        JoinOption option =
                JoinOption.parseApply(group.applyJoinOption()).orElse(GroupRules.defaultApplyOption(group.type()));
        if (!GroupRules.acceptsApplications(group.type()) || option == JoinOption.DISABLE_APPLY) {
            return Decision.fail(ErrorCode.GROUP_PERMISSION_DENIED, "This group does not accept applications");
        }
        if (option == JoinOption.NEED_PERMISSION
                && context.store()
                        .joinRequests(context.app().appId(), context.groupId())
                        .containsKey(applicant)) {
            return Decision.answer(result("Pending"));
        }
        refused = Joining.refusal(context, applicant);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (option == JoinOption.NEED_PERMISSION) {
            return Decision.commit(
                    List.of(new JoinRequested(
                            group.appId(), group.groupId(), applicant, message == null ? "" : message, context.now())),
                    result("Pending"));
        }
        return Decision.commit(List.of(Joining.member(context, applicant, "Apply")), result("Joined"));
    }

    private static ObjectNode result(String joinResult) {
        return TencentReply.ok().put("JoinResult", joinResult);
    }
}
