package coop.toitcommun.web;

import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.Houses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done at start for the first house, the one the data of a single-house installation belongs to: the demo
 * data, the first admin, documents from before they were stored in the database.
 */
@Component
public class FirstHouseWork {

    private final TransactionTemplate transactions;

    FirstHouseWork(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    public void run(Runnable work) {
        CurrentHouse.run(Houses.FIRST, work::run);
    }

    /** All or nothing: a start interrupted halfway leaves nothing half-written behind. */
    public void inTransaction(Runnable work) {
        run(() -> transactions.executeWithoutResult(status -> work.run()));
    }
}
