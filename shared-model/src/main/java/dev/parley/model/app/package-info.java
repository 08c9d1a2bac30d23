/** Apps (tenants, one per SDKAppID): editions and data-center regions. */
package dev.parley.model.app;
