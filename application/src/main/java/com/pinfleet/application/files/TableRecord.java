package com.pinfleet.application.files;

import java.util.List;

/** One record of a table file, with the line it starts on (1-based, counting every line of the file). */
public record TableRecord(int line, List<String> cells) {

    public TableRecord {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, stripped; empty when the record is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }
}
