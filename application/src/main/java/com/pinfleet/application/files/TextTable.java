package com.pinfleet.application.files;

import java.util.List;

/** The records of a CSV (or similar) file in order, blank records left out; the first is usually a header. */
public record TextTable(String fileName, List<TableRecord> records) {

    public TextTable {
        records = List.copyOf(records);
    }
}
