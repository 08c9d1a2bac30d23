/** The send pipeline's records: submissions, committed messages and answers (issue 6). */
package dev.parley.model.message.events;
