package com.pinfleet.persistence;

import com.pinfleet.application.common.UnitOfWork;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * A database transaction around a piece of work. Repositories called inside it on the same thread share
 * its handle, so their statements commit or roll back together.
 */
public final class JdbiUnitOfWork implements UnitOfWork {

    private final Jdbi jdbi;

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}
