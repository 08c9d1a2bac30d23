package dev.parley.relationship.command;

import jakarta.inject.Singleton;

import dev.parley.platform.accounts.AccountDirectory;
import dev.parley.platform.apps.AppDirectory;
import dev.parley.relationship.app.RelationshipWriter;
import dev.parley.relationship.store.RelationshipStore;

/** What every {@code sns} and {@code profile} command is built from, injected as one bean. */
@Singleton
final class RelationshipDeps {
    final AppDirectory apps;
    final AccountDirectory accounts;
    final RelationshipStore store;
    final RelationshipWriter writer;

    RelationshipDeps(AppDirectory apps, AccountDirectory accounts, RelationshipStore store, RelationshipWriter writer) {
        this.apps = apps;
        this.accounts = accounts;
        this.store = store;
        this.writer = writer;
    }
}
