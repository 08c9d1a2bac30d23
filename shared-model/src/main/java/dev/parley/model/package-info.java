/**
 * Parley's wire and event contracts: records, validation annotations, topic names and error codes shared
 * by every service, plus the UserSig v2 codec ({@code dev.parley.model.usersig}), pure JDK code because
 * it is part of the wire contract. Depends only on Jakarta Validation and Jackson annotations.
 */
package dev.parley.model;
