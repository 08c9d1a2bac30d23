/** The {@code im_open_login_svc} Tencent commands that auth owns; each is one small class. */
package dev.parley.auth.command;
