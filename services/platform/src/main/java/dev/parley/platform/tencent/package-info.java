/**
 * Tencent REST plumbing shared by the gateway and the services that own commands: the reply envelope, the
 * command interface, and the internal endpoint through which the gateway hands a command to its owner (ADR-0005).
 */
package dev.parley.platform.tencent;
