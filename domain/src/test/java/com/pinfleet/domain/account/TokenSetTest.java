package com.pinfleet.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenSetTest {

    private static final Instant EXPIRY = Instant.parse("2027-06-30T00:00:00Z");

    @Test
    void is_expired_from_its_expiry_on_and_not_before() {
        TokenSet tokens = new TokenSet("sim_at_x", "sim_rt_x", EXPIRY);

        assertThat(tokens.expiredAt(EXPIRY.minusSeconds(1))).isFalse();
        assertThat(tokens.expiredAt(EXPIRY)).isTrue();
        assertThat(tokens.expiredAt(EXPIRY.plusSeconds(1))).isTrue();
    }

    @Test
    void never_expires_when_the_file_gave_no_expiry() {
        TokenSet tokens = new TokenSet("sim_at_x", null, null);

        assertThat(tokens.expiredAt(Instant.parse("2999-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void never_prints_its_tokens() {
        TokenSet tokens = new TokenSet("sim_at_secret", "sim_rt_secret", EXPIRY);

        String printed = tokens.toString();

        assertThat(printed).doesNotContain("sim_at_secret").doesNotContain("sim_rt_secret").contains("2027-06-30");
    }

    @Test
    void needs_an_access_token() {
        assertThatThrownBy(() -> new TokenSet(" ", "sim_rt_x", EXPIRY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenSet(null, "sim_rt_x", EXPIRY)).isInstanceOf(IllegalArgumentException.class);
    }
}
