/**
 * Parley's wire and event contracts: records, validation annotations, topic names and error codes shared
 * by every service. Depends only on Jakarta Validation and Jackson annotations; holds no behaviour beyond
 * invariants.
 */
package dev.parley.model;
