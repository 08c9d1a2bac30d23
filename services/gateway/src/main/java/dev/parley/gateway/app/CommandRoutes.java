package dev.parley.gateway.app;

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
    private static final Map<String, String> OWNER_BY_COMMAND = Map.of(
            "im_open_login_svc/account_import", "auth",
            "im_open_login_svc/multiaccount_import", "auth",
            "im_open_login_svc/account_delete", "auth",
            "im_open_login_svc/account_check", "auth",
            "im_open_login_svc/kick", "auth");

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
