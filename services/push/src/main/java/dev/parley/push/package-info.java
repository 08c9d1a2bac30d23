/** Push: Routes committed messages to the gateway holding each online device, and offline push to vendor channels. */
package dev.parley.push;
