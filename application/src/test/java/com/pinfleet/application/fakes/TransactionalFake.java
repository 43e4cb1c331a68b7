package com.pinfleet.application.fakes;

/**
 * A fake whose state a {@link FakeUnitOfWork} can put back when a transaction fails, so "all of it or none of
 * it" holds for the fakes too.
 *
 * @param <S> a copy of the fake's state
 */
public interface TransactionalFake<S> {

    /** A copy of the whole state, taken when a transaction begins. */
    S snapshot();

    /** Puts back a state {@link #snapshot()} returned. */
    void restore(S snapshot);
}
