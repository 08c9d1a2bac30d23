/** Session facts on {@code im.session.events} (key = appId:userId). */
package dev.parley.model.session.events;
