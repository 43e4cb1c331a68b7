package com.pinfleet.domain.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.domain.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryNameTest {

    @Test
    void reads_a_name_with_blanks_stripped() {
        assertThat(CategoryName.parse("  Baking & Bread ")).isEqualTo(Parsed.ok("Baking & Bread"));
    }

    @Test
    void accepts_a_name_of_a_hundred_characters() {
        String name = "c".repeat(100);

        assertThat(CategoryName.parse(name)).isEqualTo(Parsed.ok(name));
    }

    @Test
    void refuses_a_name_of_a_hundred_and_one_characters() {
        assertThat(CategoryName.parse("c".repeat(101)))
                .isEqualTo(Parsed.rejected("category name is longer than 100 characters"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void refuses_an_empty_name(String raw) {
        assertThat(CategoryName.parse(raw)).isEqualTo(Parsed.rejected("category name is empty"));
    }

    @Test
    void refuses_a_slash_which_separates_levels_of_a_path() {
        Parsed<String> parsed = CategoryName.parse("Food/Baking");

        assertThat(parsed).isEqualTo(
                Parsed.rejected("category name 'Food/Baking' contains '/', which separates levels of a path"));
    }

    @Test
    void keys_names_ignoring_case_and_surrounding_blanks() {
        assertThat(CategoryName.key(" FOOD ")).isEqualTo("food");
    }

    @Test
    void keeps_a_name_in_composed_form_so_both_spellings_of_an_accent_are_one_name() {
        assertThat(CategoryName.parse("Cafe\u0301")).isEqualTo(Parsed.ok("Caf\u00e9"));
        assertThat(CategoryName.key("CAFE\u0301")).isEqualTo(CategoryName.key("caf\u00e9"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200b\u200d\ufeff", "\u00a0\u2003"})
    void refuses_a_name_with_nothing_visible(String raw) {
        assertThat(CategoryName.parse(raw)).isEqualTo(Parsed.rejected("category name holds no visible character"));
    }

    @Test
    void refuses_half_of_a_surrogate_pair_but_accepts_a_whole_one() {
        assertThat(CategoryName.parse("Pins \ud800")).isEqualTo(
                Parsed.rejected("category name holds a broken character (half of a surrogate pair)"));
        assertThat(CategoryName.parse("Pins \ud83d\udccc")).isEqualTo(Parsed.ok("Pins \ud83d\udccc"));
    }

    @Test
    void reads_a_path_dropping_blanks_around_names_and_empty_levels() {
        assertThat(CategoryName.parsePath(" food // cakes /")).isEqualTo(Parsed.ok(List.of("food", "cakes")));
        assertThat(CategoryName.parsePath("Garden")).isEqualTo(Parsed.ok(List.of("Garden")));
    }

    @Test
    void refuses_a_path_without_names_or_with_a_bad_name() {
        assertThat(CategoryName.parsePath(" / // ")).isEqualTo(Parsed.rejected("category ' / // ' names no category"));
        assertThat(CategoryName.parsePath("food/\u200b")).isEqualTo(
                Parsed.rejected("category name holds no visible character"));
    }

    @Test
    void accepts_a_path_of_ten_levels_and_refuses_eleven() {
        String ten = String.join("/", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));

        assertThat(CategoryName.parsePath(ten).orThrow("category")).hasSize(10);
        assertThat(CategoryName.parsePath(ten + "/k")).isEqualTo(
                Parsed.rejected("category path 'a/b/c/d/e/f/g/h/i/j/k' has 11 levels; at most 10 are allowed"));
    }
}
