/** Use cases of auth: deciding app facts and publishing them. */
package dev.parley.auth.app;
