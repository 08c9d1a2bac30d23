/** Which accounts of an app exist, as a service's own copy of the account stream (confirmed with auth on a miss). */
package dev.parley.platform.accounts;
