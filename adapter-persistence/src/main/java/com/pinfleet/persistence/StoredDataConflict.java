package com.pinfleet.persistence;

import com.pinfleet.application.common.ConflictException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * A write the database refused because of what another request stored or deleted at the same time: a row it
 * refers to is gone, a row still refers to what it deletes, or a row with the same unique key exists (H2 and
 * PostgreSQL report these with SQL states of class 23; other states of that class, a missing value or a failed
 * check, are faults of Pinfleet, not races, and stay failures). A statement that gave up waiting for rows
 * another transaction held is one too.
 */
final class StoredDataConflict extends ConflictException {

    /** The SQL state H2 and PostgreSQL report for a unique constraint violation. */
    private static final String UNIQUE = "23505";
    /** Foreign key violations: PostgreSQL's, H2's (a child refers to a missing row), and restrict violations. */
    private static final Set<String> REFERENCE = Set.of("23503", "23506", "23001");
    /** H2's lock timeout, and PostgreSQL's when a lock timeout is set. */
    private static final Set<String> LOCK_TIMEOUT = Set.of("HYT00", "55P03");

    private final String sqlState;

    private StoredDataConflict(String sqlState, String message) {
        super(message);
        this.sqlState = sqlState;
    }

    /**
     * The conflict the failure stands for, if it is one. A batch's own exception may carry a state of its own,
     * so the first exception chained to it (the first refused row) is asked too.
     */
    static Optional<StoredDataConflict> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                Optional<StoredDataConflict> conflict = conflict(sql.getSQLState())
                        .or(() -> sql.getNextException() == null ? Optional.empty()
                                : conflict(sql.getNextException().getSQLState()));
                if (conflict.isPresent()) {
                    return conflict;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<StoredDataConflict> conflict(String sqlState) {
        if (sqlState == null) {
            return Optional.empty();
        }
        if (UNIQUE.equals(sqlState)) {
            return Optional.of(new StoredDataConflict(sqlState,
                    "Another request stored the same thing at the same time; reload and try again"));
        }
        if (REFERENCE.contains(sqlState)) {
            return Optional.of(new StoredDataConflict(sqlState, "Another request changed the same data at the"
                    + " same time: something this request refers to was deleted, or something now refers to what"
                    + " it deletes; reload and try again"));
        }
        if (LOCK_TIMEOUT.contains(sqlState)) {
            return Optional.of(new StoredDataConflict(sqlState, "Another request is changing the same data and"
                    + " took too long to finish (a large upload, perhaps); try again shortly"));
        }
        return Optional.empty();
    }

    boolean isUniqueViolation() {
        return UNIQUE.equals(sqlState);
    }
}
