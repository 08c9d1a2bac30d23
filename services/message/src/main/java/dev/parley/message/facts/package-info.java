/** How the message service's projections take {@code im.message.events}: a poll at a time, in lanes by key. */
package dev.parley.message.facts;
