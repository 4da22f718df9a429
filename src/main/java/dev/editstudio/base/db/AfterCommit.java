package dev.editstudio.base.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs something once the current transaction has committed (and not at all if it rolls back). */
@ApplicationScoped
public class AfterCommit {

    private final TransactionSynchronizationRegistry registry;

    public AfterCommit(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code action} after commit; outside a transaction, at once. */
    public void run(Runnable action) {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
