package com.pinfleet.application.fakes;

import com.pinfleet.application.common.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs work as one transaction over the fakes it was given: when the work throws, every one of them is put back
 * as it was when the transaction began. A transaction begun inside another joins it, as on the database.
 *
 * <p>Putting back also undoes what other threads changed meanwhile, which a database would keep: tests that
 * make a transaction fail should run on one thread.
 */
public final class FakeUnitOfWork implements UnitOfWork {

    private final List<TransactionalFake<?>> participants;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);
    private final AtomicInteger committed = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();

    public FakeUnitOfWork(TransactionalFake<?>... participants) {
        this.participants = List.of(participants);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inside.get()) {
            return work.get();
        }
        List<Runnable> undo = new ArrayList<>();
        participants.forEach(participant -> undo.add(undoing(participant)));
        inside.set(true);
        try {
            T result = work.get();
            committed.incrementAndGet();
            return result;
        } catch (RuntimeException | Error e) {
            undo.forEach(Runnable::run);
            rolledBack.incrementAndGet();
            throw e;
        } finally {
            inside.set(false);
        }
    }

    private static <S> Runnable undoing(TransactionalFake<S> participant) {
        S before = participant.snapshot();
        return () -> participant.restore(before);
    }

    /** How many outermost transactions ended with their work stored. */
    public int committed() {
        return committed.get();
    }

    /** How many outermost transactions were undone. */
    public int rolledBack() {
        return rolledBack.get();
    }
}
