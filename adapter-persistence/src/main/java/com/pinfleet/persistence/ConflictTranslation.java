package com.pinfleet.persistence;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Wraps every piece of work a repository gives JDBI so that a write refused because of a concurrent change
 * leaves the repository as a {@link StoredDataConflict}, which the application knows as a conflict, rather
 * than as a JDBI exception it cannot tell from a fault.
 */
final class ConflictTranslation implements HandleCallbackDecorator {

    @Override
    public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
        return handle -> {
            try {
                return callback.withHandle(handle);
            } catch (StatementException e) {
                throw StoredDataConflict.of(e).orElseThrow(() -> e);
            }
        };
    }
}
