package com.pinfleet.application.common;

import com.pinfleet.domain.InvalidInputException;

/** Which page of a list to return: {@code page} from 1, {@code perPage} from 1 to {@link #MAX_PER_PAGE}. */
public record PageRequest(int page, int perPage) {

    public static final int MAX_PER_PAGE = 200;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInputException("page", "page must be 1 or more, not " + page);
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidInputException("per_page",
                    "per_page must be between 1 and " + MAX_PER_PAGE + ", not " + perPage);
        }
    }

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
