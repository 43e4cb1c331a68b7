package com.pinfleet.application.common;

/**
 * Why one row of an import was not applied. A row of a file is named by {@code file} and {@code line}
 * (from 1); an entry of a JSON list by {@code row} (from 1). {@code value} is what the row said, shortened.
 */
public record RowError(String file, Integer line, Integer row, String value, String error) {

    public static RowError inFile(String file, int line, String value, String error) {
        return new RowError(file, line, null, shorten(value), error);
    }

    /** A problem with a whole file, such as one an import cannot tell the account of. */
    public static RowError ofFile(String file, String value, String error) {
        return new RowError(file, null, null, shorten(value), error);
    }

    public static RowError inList(int row, String value, String error) {
        return new RowError(null, null, row, shorten(value), error);
    }

    /** The error as one sentence naming where it is. */
    public String describe() {
        String where = file == null ? "row " + row : line == null ? file : file + " line " + line;
        return where + ": " + error;
    }

    private static String shorten(String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= 120 ? value : value.substring(0, 117) + "...";
    }
}
