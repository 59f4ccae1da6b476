package io.escalationdesk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions at once, as two nodes run them: the first does its work and holds its commit a
 * moment, so the second meets its rows uncommitted and has to wait for it. Both commit; the test
 * runs outside its own transaction and deletes what they stored.
 */
public final class TwoTransactions {

    /** Long enough for the second transaction to reach the first's rows before they commit. */
    private static final long HELD_MS = 200;

    private TwoTransactions() {}

    /**
     * @param second runs on this thread while the first is held, in a transaction of its own
     * @return what the first returned
     */
    public static <T> T race(TransactionTemplate transaction, Supplier<T> first, Runnable second) {
        CountDownLatch worked = new CountDownLatch(1);
        CompletableFuture<T> held = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            T result = first.get();
            worked.countDown();
            sleep(HELD_MS);
            return result;
        }));
        held.whenComplete((result, failure) -> worked.countDown());
        try {
            worked.await();
            transaction.executeWithoutResult(status -> second.run());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            held.join();
        }
        return held.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
