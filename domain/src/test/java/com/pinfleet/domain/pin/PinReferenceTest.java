package com.pinfleet.domain.pin;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.domain.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PinReferenceTest {

    private static final String ID = "665234002987372764";

    @ParameterizedTest
    @ValueSource(strings = {
        "665234002987372764",
        "  665234002987372764  ",
        "\"665234002987372764\"",
        "https://www.pinterest.com/pin/665234002987372764/",
        "https://pinterest.com/pin/665234002987372764/",
        "https://pinterest.com/pin/665234002987372764",
        "http://www.pinterest.com/pin/665234002987372764/",
        "www.pinterest.com/pin/665234002987372764/",
        "pinterest.com/pin/665234002987372764",
        "https://www.pinterest.co.uk/pin/665234002987372764/",
        "https://pinterest.co.uk/pin/665234002987372764/",
        "https://de.pinterest.com/pin/665234002987372764/",
        "https://uk.pinterest.com/pin/665234002987372764/",
        "https://www.pinterest.com.au/pin/665234002987372764/",
        "https://pinterest.com.au/pin/665234002987372764",
        "https://www.pinterest.de/pin/665234002987372764/",
        "HTTPS://WWW.PINTEREST.COM/pin/665234002987372764/",
        "https://www.pinterest.com/pin/665234002987372764/?utm_source=share&nic=1",
        "https://www.pinterest.com/pin/665234002987372764?invite_code=abc",
        "https://www.pinterest.com/pin/665234002987372764/#comments",
        "https://www.pinterest.com/pin/one-pan-lemon-chicken--665234002987372764/",
        "https://www.pinterest.com/pin/one-pan-lemon-chicken--665234002987372764",
        "https://www.pinterest.com/pin/665234002987372764/sent/",
        "https://www.pinterest.com/pin/665234002987372764/sent/?invite_code=x&sender=y",
        "<https://www.pinterest.com/pin/665234002987372764/>",
        "https://www.pinterest.com/pin/665234002987372764/\u00a0",
        "\u200bhttps://www.pinterest.com/pin/665234002987372764/",
        "\ufeff665234002987372764\u202f",
        "\" https://www.pinterest.com/pin/665234002987372764/\u00a0\"",
    })
    void reads_the_pin_id_from_the_forms_operators_paste(String raw) {
        Parsed<PinId> parsed = PinReference.parse(raw);

        assertThat(parsed).isEqualTo(Parsed.ok(new PinId(ID)));
    }

    @Test
    void keeps_ids_beyond_two_to_the_fifty_third_exactly() {
        String big = "9007199254740993123";

        Parsed<PinId> parsed = PinReference.parse("https://www.pinterest.com/pin/" + big + "/");

        assertThat(parsed).isEqualTo(Parsed.ok(new PinId(big)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://pin.it/4AbCdEf", "pin.it/4AbCdEf", "http://PIN.IT/4AbCdEf"})
    void refuses_a_short_pin_it_link_and_asks_for_the_full_url(String raw) {
        Parsed<PinId> parsed = PinReference.parse(raw);

        assertThat(rejection(parsed)).contains(raw).contains("pin.it short link").contains("pinterest.com/pin/");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/pin/665234002987372764/",
        "https://notpinterest.com/pin/665234002987372764/",
        "https://pinterest.com.evil.example/pin/665234002987372764/",
        "https://www.instagram.com/p/665234002987372764/",
    })
    void refuses_a_url_on_another_site(String raw) {
        Parsed<PinId> parsed = PinReference.parse(raw);

        assertThat(rejection(parsed)).contains(raw).contains("is not a Pinterest URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.pinterest.com/mindfulrecipes/easy-recipes/",
        "https://www.pinterest.com/mindfulrecipes/",
        "https://www.pinterest.com/",
        "https://www.pinterest.com/pin/",
        "https://www.pinterest.com/pin/not-a-number/",
        "https://www.pinterest.com/search/pins/?q=665234002987372764",
    })
    void refuses_a_pinterest_url_that_is_not_a_pin_page(String raw) {
        Parsed<PinId> parsed = PinReference.parse(raw);

        assertThat(rejection(parsed)).contains(raw).contains("not a pin's").contains("/pin/<id>/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "{not a url}", "12 34"})
    void refuses_text_that_is_neither_an_id_nor_a_url(String raw) {
        Parsed<PinId> parsed = PinReference.parse(raw);

        assertThat(rejection(parsed)).contains(raw).contains("neither a pin URL nor a pin id");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\"\""})
    void refuses_an_empty_value_saying_the_pin_is_missing(String raw) {
        Parsed<PinId> parsed = PinReference.parse(raw);

        assertThat(rejection(parsed)).contains("pin").contains("empty");
    }

    @Test
    void shortens_a_very_long_value_in_the_reason() {
        String raw = "https://www.example.com/" + "a".repeat(200);

        Parsed<PinId> parsed = PinReference.parse(raw);

        assertThat(rejection(parsed)).doesNotContain(raw).contains("...").hasSizeLessThan(140);
    }

    private static String rejection(Parsed<PinId> parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Rejected.class);
        return ((Parsed.Rejected<PinId>) parsed).reason();
    }
}
