package com.pinfleet.application.files;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds columns of a table by header name, ignoring case, surrounding blanks and the spacing inside. */
public final class Columns {

    private final Map<String, Integer> indexByName = new HashMap<>();

    public Columns(TableRecord header) {
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            indexByName.putIfAbsent(normalize(cells.get(i)), i);
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

    static String normalize(String header) {
        return header.strip().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
    }
}
