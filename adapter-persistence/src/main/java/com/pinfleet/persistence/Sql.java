package com.pinfleet.persistence;

import com.pinfleet.application.common.ConflictException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.StatementException;

/** Small helpers shared by the repositories. */
final class Sql {

    /** The SQL state both H2 and PostgreSQL report for a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** Runs a write, turning a unique constraint violation into a {@link ConflictException}. */
    static <T> T unique(Supplier<T> write, String conflictMessage) {
        try {
            return write.get();
        } catch (StatementException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException(conflictMessage);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text as it fits a column of {@code max} characters: cut there, never between the two halves of a
     * character outside the Basic Multilingual Plane. Null stays null.
     */
    static String fitting(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /** A search term for {@code like ... escape '!'}: its wildcards taken literally, matching anywhere. */
    static String containing(String term) {
        return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
