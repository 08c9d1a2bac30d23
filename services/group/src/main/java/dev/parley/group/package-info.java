/** Group: Groups of every type, members, roles, join approval, mute and custom data, as event-sourced state. */
package dev.parley.group;
