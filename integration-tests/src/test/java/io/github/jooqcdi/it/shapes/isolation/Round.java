package io.github.jooqcdi.it.shapes.isolation;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the clients of one round share: two rendezvous (every client has inserted its row; every client has read),
 * each waited for at most {@code wait}, and the keys of the JTA transactions they ran in. Odd clients commit, even
 * ones roll back.
 */
public final class Round {

    private final int number;
    private final int clients;
    private final Duration wait;
    private final CountDownLatch inserted;
    private final CountDownLatch read;
    private final Set<Object> transactions = ConcurrentHashMap.newKeySet();

    public Round(int number, int clients, Duration wait) {
        if (number < 1 || clients < 1 || clients > 999) {
            throw new IllegalArgumentException("round " + number + " of " + clients + " clients: a round from 1, "
                    + "1 to 999 clients");
        }
        this.number = number;
        this.clients = clients;
        this.wait = wait;
        this.inserted = new CountDownLatch(clients);
        this.read = new CountDownLatch(clients);
    }

    public int number() {
        return number;
    }

    /** The id of {@code client}'s row: {@code round * 1000 + client}. */
    public long id(int client) {
        return number * 1000L + client;
    }

    public boolean commits(int client) {
        return client % 2 == 1;
    }

    /** How many distinct transactions the clients ran in (all of them were open at the same time). */
    public int transactions() {
        return transactions.size();
    }

    void ranIn(Object transactionKey) {
        transactions.add(transactionKey);
    }

    /** Returns once every client has inserted its row (none has committed yet). */
    void allInserted(int client) {
        arrive(inserted, client, "inserted its row");
    }

    /** Returns once every client has read (none has committed yet). */
    void allRead(int client) {
        arrive(read, client, "read the table");
    }

    private void arrive(CountDownLatch latch, int client, String what) {
        latch.countDown();
        try {
            if (!latch.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("client " + client + " of round " + number + ": only "
                        + (clients - latch.getCount()) + " of " + clients + " clients had " + what + " after "
                        + wait.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("client " + client + " of round " + number + " was interrupted while "
                    + "waiting for the others", e);
        }
    }
}
