package com.pinfleet.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.domain.Parsed;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "mindful_recipes", "Fernweh_Notes", "user2026", "___",
        "abcdefghijklmnopqrstuvwxyz1234"})
    void accepts_three_to_thirty_letters_digits_and_underscores(String raw) {
        Parsed<Username> parsed = Username.parse(raw);

        assertThat(parsed).isEqualTo(Parsed.ok(new Username(raw)));
    }

    @Test
    void ignores_surrounding_blanks_and_a_leading_at_sign() {
        Parsed<Username> parsed = Username.parse("  @cozyhomecorner \t");

        assertThat(parsed).isEqualTo(Parsed.ok(new Username("cozyhomecorner")));
    }

    @Test
    void keeps_the_spelling_as_given() {
        Username username = Username.parse("Fernweh_Notes").orThrow("username");

        assertThat(username.value()).isEqualTo("Fernweh_Notes");
        assertThat(username).hasToString("Fernweh_Notes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "@ab", "abcdefghijklmnopqrstuvwxyz12345"})
    void refuses_a_name_shorter_than_three_or_longer_than_thirty_characters(String raw) {
        Parsed<Username> parsed = Username.parse(raw);

        assertThat(parsed).isInstanceOfSatisfying(Parsed.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("'" + raw + "'").contains("3 to 30 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mindful.recipes", "mindful-recipes", "mindful recipes", "café_corner", "kırmızı_ev"})
    void refuses_characters_pinterest_does_not_allow(String raw) {
        Parsed<Username> parsed = Username.parse(raw);

        assertThat(parsed).isInstanceOfSatisfying(Parsed.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("'" + raw + "'")
                        .contains("only letters A-Z, digits and underscores"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refuses_a_blank_name_as_missing(String raw) {
        Parsed<Username> parsed = Username.parse(raw);

        assertThat(parsed).isEqualTo(Parsed.rejected("username is missing"));
    }

    @Test
    void cannot_be_built_around_the_rule() {
        assertThatThrownBy(() -> new Username("no"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Username("with space"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Username(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compares_names_ignoring_case() {
        Username upper = new Username("CozyHomeCorner");
        Username lower = new Username("cozyhomecorner");

        assertThat(upper.key()).isEqualTo("cozyhomecorner");
        assertThat(upper.sameAs(lower)).isTrue();
        assertThat(upper.sameAs(new Username("cozyhomecorner2"))).isFalse();
    }

    @Test
    void compares_names_ignoring_case_the_same_way_under_a_turkish_default_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
        try {
            Username shouted = new Username("INSTAGRAM_I");
            Username quiet = new Username("instagram_i");

            String key = shouted.key();

            assertThat(key).isEqualTo("instagram_i");
            assertThat(shouted.sameAs(quiet)).isTrue();
            assertThat(quiet.sameAs(shouted)).isTrue();
        } finally {
            Locale.setDefault(before);
        }
    }
}
