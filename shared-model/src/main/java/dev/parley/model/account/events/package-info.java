/** Account facts, published by auth on {@code im.account.events} (key = appId:userId). */
package dev.parley.model.account.events;
