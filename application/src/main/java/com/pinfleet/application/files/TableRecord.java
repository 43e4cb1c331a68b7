package com.pinfleet.application.files;

import java.util.List;
import java.util.Optional;

/** One record of a table file, with the line it starts on (1-based, counting every line of the file). */
public record TableRecord(int line, List<String> cells) {

    public TableRecord {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, stripped; empty when the record is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    /** How many cells it has up to its last non-blank one: empty cells spreadsheets leave at the end do not count. */
    public int width() {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    /**
     * Why the record holds cells beyond the {@code columns} its file has, which no column would read; empty when
     * it fits. Such cells nearly always come from a cell holding the delimiter without quotes around it.
     *
     * @param layout what sets the number of columns, for the message: "the header has 8"
     */
    public Optional<String> overflow(int columns, String layout) {
        if (width() <= columns) {
            return Optional.empty();
        }
        return Optional.of("the row has " + width() + " cells where " + layout + ": likely a cell holds the"
                + " delimiter without quotes around it (write such a cell in double quotes: \"dessert, french\")");
    }
}
