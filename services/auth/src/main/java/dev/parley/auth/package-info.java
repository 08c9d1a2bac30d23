/** Auth: Apps (SDKAppID, edition, region, secret), accounts, admins, UserSig and login state. */
package dev.parley.auth;
