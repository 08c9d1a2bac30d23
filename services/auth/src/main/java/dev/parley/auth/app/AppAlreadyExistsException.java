package dev.parley.auth.app;

/** The requested SDKAppID is already registered. */
public final class AppAlreadyExistsException extends RuntimeException {
    /**
     * @param appId the taken SDKAppID
     */
    public AppAlreadyExistsException(String appId) {
        super("app " + appId + " already exists");
    }
}
