/** HTTP adapters of auth: the console API for apps (not a Tencent API). Depends on {@code app} only. */
package dev.parley.auth.api;
