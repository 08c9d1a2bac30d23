/** Group contracts shared by the services: the group types and their REST spellings. */
package dev.parley.model.group;
