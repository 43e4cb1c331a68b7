package com.pinfleet.application.files;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds columns of a table by header name, ignoring case, surrounding blanks and the spacing inside. */
public final class Columns {

    private final Map<String, Integer> indexByName = new HashMap<>();
    private final Map<String, Integer> timesNamed = new HashMap<>();
    private final int width;

    public Columns(TableRecord header) {
        List<String> cells = header.cells();
        width = header.width();
        for (int i = 0; i < cells.size(); i++) {
            indexByName.putIfAbsent(normalize(cells.get(i)), i);
            timesNamed.merge(normalize(cells.get(i)), 1, Integer::sum);
        }
    }

    /** The index of the first of {@code names} the header has, or -1. */
    public int indexOf(String... names) {
        for (String name : names) {
            Integer index = indexByName.get(normalize(name));
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    public boolean has(String... names) {
        return indexOf(names) >= 0;
    }

    /**
     * The first of {@code names} the header has more than once: such a column is ambiguous, and reading the
     * first would drop what the others hold.
     */
    public Optional<String> repeated(String... names) {
        for (String name : names) {
            if (timesNamed.getOrDefault(normalize(name), 0) > 1) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code record} has cells beyond the header's last column, which would otherwise be lost; empty when it
     * fits.
     */
    public Optional<String> overflow(TableRecord record) {
        return record.overflow(width, "the header has " + width);
    }

    static String normalize(String header) {
        return header.strip().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
    }
}
