package com.pinfleet.domain.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.domain.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyModeTest {

    @ParameterizedTest
    @CsvSource({"iproyal,IPROYAL", "IPRoyal,IPROYAL", "custom,CUSTOM", "' Custom ',CUSTOM", "DIRECT,DIRECT"})
    void reads_a_mode_ignoring_case_and_blanks(String raw, ProxyMode expected) {
        assertThat(ProxyMode.parse(raw)).isEqualTo(Parsed.ok(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void refuses_a_missing_mode_naming_the_choices(String raw) {
        assertThat(ProxyMode.parse(raw))
                .isEqualTo(Parsed.rejected("proxy mode is missing (iproyal, custom or direct)"));
    }

    @Test
    void refuses_an_unknown_mode_naming_it_and_the_choices() {
        assertThat(ProxyMode.parse(" socks "))
                .isEqualTo(Parsed.rejected("proxy mode 'socks' is not one of iproyal, custom, direct"));
    }

    @Test
    void writes_its_name_in_lower_case() {
        assertThat(ProxyMode.IPROYAL.wireName()).isEqualTo("iproyal");
        assertThat(ProxyMode.DIRECT.wireName()).isEqualTo("direct");
    }
}
