package dev.parley.relationship.command;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.parley.model.error.ErrorCode;
import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.platform.apps.AppInfo;
import dev.parley.platform.tencent.CommandRequest;
import dev.parley.platform.tencent.TencentCommand;
import dev.parley.platform.tencent.TencentReply;
import dev.parley.relationship.app.RelationshipWriter;
import dev.parley.relationship.store.RelationshipStore;

/**
 * Base of the {@code sns} and {@code profile} commands: resolves the app, applies the seed FAQ's rule for
 * {@code From_Account} (a request whose {@code From_Account} is not the caller is a backend request and needs an
 * App admin, else 30004/40004), checks that the acting account exists, and turns {@link BadRequest} into its code.
 * A subclass names its command and implements {@link #handle(AppInfo, CommandRequest)}.
 */
abstract class RelationshipCommand implements TencentCommand {
    /** The {@code sns} REST service. */
    static final String SNS = "sns";
    /** The {@code profile} REST service. */
    static final String PROFILE = "profile";
    /** Parley's own {@code sns} extensions. */
    static final String PARLEY_SNS = "parley_sns_svc";

    /** The relationship read model. */
    final RelationshipStore store;
    /** Commits relationship facts. */
    final RelationshipWriter writer;

    private final AppDirectory apps;
    private final AccountDirectory accounts;
    private final String service;
    private final Family family;

    /** A command of {@code service}, answering in {@code family}'s codes. */
    RelationshipCommand(RelationshipDeps deps, String service, Family family) {
        this.apps = deps.apps;
        this.accounts = deps.accounts;
        this.store = deps.store;
        this.writer = deps.writer;
        this.service = service;
        this.family = family;
    }

    @Override
    public final String service() {
        return service;
    }

    @Override
    public final ObjectNode handle(CommandRequest request) {
        Optional<AppInfo> app = apps.find(request.appId());
        if (app.isEmpty()) {
            return TencentReply.fail(ErrorCode.SDKAPPID_INVALID);
        }
        ObjectNode reply;
        try {
            reply = handle(app.get(), request);
        } catch (BadRequest e) {
            reply = TencentReply.fail(e.code(), e.getMessage());
        }
        if (!reply.has("ErrorDisplay")) {
            reply.put("ErrorDisplay", ""); // sns and profile answers always carry it (§5.8, §5.10)
        }
        return reply;
    }

    /** The command proper, for a known app. */
    abstract ObjectNode handle(AppInfo app, CommandRequest request);

    /** This command's error family. */
    Family family() {
        return family;
    }

    /**
     * The required {@code From_Account}: when it is not the caller, the caller must be an App admin (30004/40004);
     * the account must exist (30003/40003).
     */
    String fromAccount(AppInfo app, CommandRequest request) {
        String from = Fields.userId(family, request.body(), "From_Account");
        checkActingFor(app, request, from);
        if (!accounts.missing(app, List.of(from)).isEmpty()) {
            throw new BadRequest(family.notFound(), "From_Account does not exist");
        }
        return from;
    }

    /** The seed FAQ's rule: acting for someone else needs an App admin. */
    void checkActingFor(AppInfo app, CommandRequest request, String userId) {
        if (!userId.equals(request.identifier()) && !app.isAdmin(request.identifier())) {
            throw new BadRequest(family.adminRequired(), "Acting for another user requires an App administrator");
        }
    }

    /** The UserIDs among {@code ids} that are not imported accounts. */
    java.util.Set<String> missingAccounts(AppInfo app, java.util.Collection<String> ids) {
        return accounts.missing(app, ids);
    }

    /** Adds {@code {"To_Account":..,"ResultCode":..,"ResultInfo":..}} to a result array. */
    static void result(ArrayNode items, String toAccount, ErrorCode code) {
        items.addObject()
                .put("To_Account", toAccount)
                .put("ResultCode", code.code())
                .put("ResultInfo", code == ErrorCode.SUCCESS ? "" : code.info());
    }

    /** OK with an empty {@code ErrorDisplay}, as the sns and profile services answer. */
    static ObjectNode ok() {
        ObjectNode reply = TencentReply.ok();
        reply.put("ErrorDisplay", "");
        return reply;
    }

    /** {@code Fail_Account}: the accounts whose item failed. */
    static void failAccounts(ObjectNode reply, ArrayNode items, String idField) {
        ArrayNode failed = reply.putArray("Fail_Account");
        for (JsonNode item : items) {
            if (item.path("ResultCode").asInt() != 0) {
                failed.add(item.path(idField).asText());
            }
        }
    }
}
