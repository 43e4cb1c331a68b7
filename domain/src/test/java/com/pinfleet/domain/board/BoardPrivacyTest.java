package com.pinfleet.domain.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.domain.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BoardPrivacyTest {

    @ParameterizedTest
    @CsvSource({"public,PUBLIC", "Public,PUBLIC", "protected,PROTECTED", "SECRET,SECRET", "' secret ',SECRET",
        "private,SECRET", "Private,SECRET"})
    void reads_the_privacy_column(String raw, BoardPrivacy expected) {
        assertThat(BoardPrivacy.parse(raw)).isEqualTo(Parsed.ok(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void takes_a_blank_privacy_for_public(String raw) {
        assertThat(BoardPrivacy.parse(raw)).isEqualTo(Parsed.ok(BoardPrivacy.PUBLIC));
    }

    @Test
    void refuses_an_unknown_privacy_naming_it_and_the_choices() {
        assertThat(BoardPrivacy.parse(" hidden "))
                .isEqualTo(Parsed.rejected("privacy 'hidden' is not one of public, protected, secret"));
    }

    @Test
    void writes_its_name_as_api_v5_does() {
        assertThat(BoardPrivacy.SECRET.wireName()).isEqualTo("secret");
        assertThat(BoardPrivacy.PROTECTED.wireName()).isEqualTo("protected");
    }
}
