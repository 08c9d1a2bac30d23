package dev.parley.platform.apps;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;

/** Read side of the app directory for the service's own code. */
@ApplicationScoped
public class AppDirectory {
    private final AppDirectoryStore store;

    AppDirectory(AppDirectoryStore store) {
        this.store = store;
    }

    /** The app, if this service has learned of it. */
    public Optional<AppInfo> find(String appId) {
        return store.find(appId);
    }
}
