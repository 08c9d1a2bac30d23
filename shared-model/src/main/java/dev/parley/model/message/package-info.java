/**
 * The message model (§4 of the protocol document): {@link dev.parley.model.message.MsgBody} and its typed elements
 * ({@link dev.parley.model.message.MsgContent}), {@code CloudCustomData}, {@code OfflinePushInfo}, {@code
 * MsgPriority}, {@code SendMsgControl}, {@code ForbidCallbackControl}, {@code MsgLifeTime}, the REST validation
 * rules with Tencent's error codes ({@link dev.parley.model.message.MsgBodyValidator}) and the {@code MsgKey} and
 * group {@code MsgSeq} formats ({@link dev.parley.model.message.MsgKeys}). Pure Java plus Jackson annotations: bodies
 * are parsed by a small built-in JSON reader so that the exact text of every element is kept for storage.
 */
package dev.parley.model.message;
