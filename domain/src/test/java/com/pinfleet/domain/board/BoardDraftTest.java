package com.pinfleet.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.domain.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BoardDraftTest {

    @Test
    void reads_a_board_with_blanks_stripped() {
        Parsed<BoardDraft> parsed = BoardDraft.parse("  Easy Recipes ", " Our favourite easy recipes ", "secret");

        assertThat(parsed).isEqualTo(
                Parsed.ok(new BoardDraft("Easy Recipes", "Our favourite easy recipes", BoardPrivacy.SECRET)));
    }

    @Test
    void takes_a_missing_description_for_an_empty_one_and_missing_privacy_for_public() {
        Parsed<BoardDraft> parsed = BoardDraft.parse("Easy Recipes", null, null);

        assertThat(parsed).isEqualTo(Parsed.ok(new BoardDraft("Easy Recipes", "", BoardPrivacy.PUBLIC)));
    }

    @Test
    void accepts_a_name_of_the_longest_length() {
        String name = "n".repeat(BoardDraft.MAX_NAME_LENGTH);

        Parsed<BoardDraft> parsed = BoardDraft.parse(name, "", "public");

        assertThat(parsed).isEqualTo(Parsed.ok(new BoardDraft(name, "", BoardPrivacy.PUBLIC)));
    }

    @Test
    void refuses_a_name_one_character_too_long() {
        Parsed<BoardDraft> parsed = BoardDraft.parse("n".repeat(181), "", "public");

        assertThat(parsed).isEqualTo(Parsed.rejected("board name is longer than 180 characters"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refuses_an_empty_name(String name) {
        assertThat(BoardDraft.parse(name, "d", "public")).isEqualTo(Parsed.rejected("board name is empty"));
    }

    @Test
    void accepts_a_description_of_the_longest_length() {
        String description = "d".repeat(BoardDraft.MAX_DESCRIPTION_LENGTH);

        Parsed<BoardDraft> parsed = BoardDraft.parse("Easy Recipes", description, "public");

        assertThat(parsed).isEqualTo(Parsed.ok(new BoardDraft("Easy Recipes", description, BoardPrivacy.PUBLIC)));
    }

    @Test
    void refuses_a_description_one_character_too_long_naming_the_board() {
        Parsed<BoardDraft> parsed = BoardDraft.parse("Easy Recipes", "d".repeat(501), "public");

        assertThat(parsed).isEqualTo(
                Parsed.rejected("description of board 'Easy Recipes' is longer than 500 characters"));
    }

    @Test
    void passes_on_the_reason_a_privacy_was_refused() {
        Parsed<BoardDraft> parsed = BoardDraft.parse("Easy Recipes", "", "friends");

        assertThat(parsed).isEqualTo(Parsed.rejected("privacy 'friends' is not one of public, protected, secret"));
    }

    @Test
    void cannot_be_built_without_a_name_or_with_one_too_long() {
        assertThatThrownBy(() -> new BoardDraft(" ", "", BoardPrivacy.PUBLIC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BoardDraft("n".repeat(181), "", BoardPrivacy.PUBLIC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keys_names_ignoring_case_and_surrounding_blanks() {
        assertThat(BoardDraft.key("  Easy RECIPES ")).isEqualTo(BoardDraft.key("easy recipes"));
        assertThat(BoardDraft.key("Easy Recipes")).isNotEqualTo(BoardDraft.key("Easy Recipe"));
    }
}
