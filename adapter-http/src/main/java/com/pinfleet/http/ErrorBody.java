package com.pinfleet.http;

import com.pinfleet.application.common.RowError;
import java.util.List;

/** The body of every error: {@code {"error": "..."}}, with each rejected row when an import applied none. */
public record ErrorBody(String error, List<RowError> errors) {

    public static ErrorBody of(String message) {
        return new ErrorBody(message, null);
    }
}
