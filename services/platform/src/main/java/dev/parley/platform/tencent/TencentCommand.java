package dev.parley.platform.tencent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Tencent REST command, implemented in the service that owns it as an {@code @ApplicationScoped} bean. The
 * gateway has already checked the URL, app, UserSig, admin rights, rate limit and JSON syntax; the command checks
 * its fields and answers a full Tencent body built with {@link TencentReply}. It never throws for bad input.
 */
public interface TencentCommand {
    /** Service name as in the URL, e.g. {@code im_open_login_svc}. */
    String service();

    /** Command name as in the URL, e.g. {@code account_import}. */
    String command();

    /**
     * @param request the authenticated request
     * @return the response body
     */
    ObjectNode handle(CommandRequest request);
}
