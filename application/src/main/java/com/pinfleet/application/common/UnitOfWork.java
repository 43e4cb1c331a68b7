package com.pinfleet.application.common;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is stored, or none of it. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
