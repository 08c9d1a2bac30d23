/** Accounts (UserIDs) of an app. */
package dev.parley.model.account;
