/** Login state of accounts: logins, logouts and kicks. */
package dev.parley.model.session;
