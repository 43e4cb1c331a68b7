package com.pinfleet.domain;

import java.util.function.Function;

/**
 * The answer of a rule that reads operator input and may say no: either the value, or the reason it was
 * refused. Callers that collect per-row errors switch over it instead of catching exceptions.
 */
public sealed interface Parsed<T> {

    record Ok<T>(T value) implements Parsed<T> {
    }

    record Rejected<T>(String reason) implements Parsed<T> {
    }

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> rejected(String reason) {
        return new Rejected<>(reason);
    }

    default <R> Parsed<R> map(Function<T, R> mapper) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(mapper.apply(ok.value()));
            case Rejected<T> rejected -> new Rejected<>(rejected.reason());
        };
    }

    /** The value, or an {@link InvalidInputException} for {@code field} carrying the reason. */
    default T orThrow(String field) {
        return switch (this) {
            case Ok<T> ok -> ok.value();
            case Rejected<T> rejected -> throw new InvalidInputException(field, rejected.reason());
        };
    }
}
