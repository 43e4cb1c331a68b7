package com.pinfleet.persistence;

import com.pinfleet.application.common.ConflictException;
import java.util.function.Supplier;

/** Small helpers shared by the repositories. */
final class Sql {

    private Sql() {
    }

    /** Runs a write, turning a unique constraint violation into a {@link ConflictException} with this message. */
    static <T> T unique(Supplier<T> write, String conflictMessage) {
        try {
            return write.get();
        } catch (StoredDataConflict e) {
            if (e.isUniqueViolation()) {
                throw new ConflictException(conflictMessage);
            }
            throw e;
        }
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
}
