package com.pinfleet.application.common;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is stored, or none of it. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs reads that all see the data as it stood when the first of them ran, whatever other transactions
     * commit meanwhile: a page and the count beside it then agree.
     */
    <T> T inSnapshot(Supplier<T> reads);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
