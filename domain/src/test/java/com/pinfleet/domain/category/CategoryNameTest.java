package com.pinfleet.domain.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.domain.Parsed;
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
}
