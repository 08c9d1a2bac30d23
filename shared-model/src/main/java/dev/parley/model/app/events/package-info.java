/** Facts about apps, published by the auth service on {@code im.app.events} (key = app id). */
package dev.parley.model.app.events;
