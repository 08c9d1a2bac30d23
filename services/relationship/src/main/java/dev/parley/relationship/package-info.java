/** Relationship: Friends, friend requests and groups, blacklist and profiles. */
package dev.parley.relationship;
