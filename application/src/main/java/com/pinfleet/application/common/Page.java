package com.pinfleet.application.common;

import java.util.List;

/** One page of a longer list. {@code page} is 1-based; {@code total} counts every item that matched. */
public record Page<T>(List<T> items, int page, int perPage, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return total == 0 ? 0 : (int) ((total + perPage - 1) / perPage);
    }
}
