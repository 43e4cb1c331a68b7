package com.pinfleet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void maps_the_value_of_an_accepted_input() {
        Parsed<String> parsed = Parsed.ok("lemon");

        Parsed<Integer> mapped = parsed.map(String::length);

        assertThat(mapped).isEqualTo(new Parsed.Ok<>(5));
    }

    @Test
    void keeps_the_reason_of_a_rejected_input_and_never_calls_the_mapper() {
        Parsed<String> parsed = Parsed.rejected("name is empty");
        AtomicInteger calls = new AtomicInteger();

        Parsed<Integer> mapped = parsed.map(value -> calls.incrementAndGet());

        assertThat(mapped).isEqualTo(new Parsed.Rejected<>("name is empty"));
        assertThat(calls).hasValue(0);
    }

    @Test
    void gives_the_value_of_an_accepted_input_on_or_throw() {
        Parsed<String> parsed = Parsed.ok("lemon");

        String value = parsed.orThrow("name");

        assertThat(value).isEqualTo("lemon");
    }

    @Test
    void throws_the_reason_for_the_named_field_on_or_throw_when_rejected() {
        Parsed<String> parsed = Parsed.rejected("name is empty");

        assertThatThrownBy(() -> parsed.orThrow("board_name"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("board_name");
                    assertThat(e.getMessage()).isEqualTo("name is empty");
                });
    }
}
