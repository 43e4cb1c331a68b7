package com.pinfleet.files;

import static com.pinfleet.files.TestFiles.UTF8_BOM;
import static com.pinfleet.files.TestFiles.concat;
import static com.pinfleet.files.TestFiles.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.domain.account.TokenSet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalOperatorFilesTokenSetTest {

    private final OperatorFiles files = new LocalOperatorFiles();

    @Test
    void reads_a_token_set_with_an_iso_expiry() {
        Optional<TokenSet> tokens = files.tokenSet(json("""
                {"access_token": " sim_at_x ", "refresh_token": "sim_rt_x", "expires_at": "2027-06-30T00:00:00Z"}
                """));

        assertThat(tokens).contains(new TokenSet("sim_at_x", "sim_rt_x", Instant.parse("2027-06-30T00:00:00Z")));
    }

    @Test
    void reads_an_expiry_in_epoch_seconds() {
        Optional<TokenSet> tokens = files.tokenSet(json("""
                {"access_token": "sim_at_x", "refresh_token": "sim_rt_x", "expires_at": 1814313600}
                """));

        assertThat(tokens).contains(new TokenSet("sim_at_x", "sim_rt_x", Instant.parse("2027-06-30T00:00:00Z")));
    }

    @Test
    void reads_an_expiry_in_epoch_milliseconds() {
        Optional<TokenSet> tokens = files.tokenSet(json("""
                {"access_token": "sim_at_x", "refresh_token": "sim_rt_x", "expires_at": 1814313600000}
                """));

        assertThat(tokens).contains(new TokenSet("sim_at_x", "sim_rt_x", Instant.parse("2027-06-30T00:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"soon\"", "\"\""})
    void holds_no_token_set_without_a_readable_expiry(String expiry) {
        Optional<TokenSet> tokens = files.tokenSet(json("{\"access_token\": \"sim_at_x\", \"refresh_token\": "
                + "\"sim_rt_x\", \"expires_at\": " + expiry + "}"));

        assertThat(tokens).isEmpty();
    }

    @Test
    void holds_no_token_set_without_a_refresh_token() {
        Optional<TokenSet> tokens = files.tokenSet(json("""
                {"access_token": "sim_at_x", "expires_at": "2027-06-30T00:00:00Z"}
                """));

        assertThat(tokens).isEmpty();
    }

    @Test
    void reads_the_token_file_operators_upload() {
        Optional<TokenSet> tokens = files.tokenSet(sample("accounts/cookies.json").content());

        assertThat(tokens).contains(
                new TokenSet("sim_at_myaccount", "sim_rt_myaccount", Instant.parse("2027-06-30T00:00:00Z")));
    }

    @Test
    void reads_a_token_file_saved_with_a_byte_order_mark() {
        byte[] content = concat(UTF8_BOM, sample("accounts/cookies.json").content());

        Optional<TokenSet> tokens = files.tokenSet(content);

        assertThat(tokens).map(TokenSet::accessToken).contains("sim_at_myaccount");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"refresh_token\": \"sim_rt_x\", \"expires_at\": \"2027-06-30T00:00:00Z\"}",
        "{\"access_token\": \"   \"}",
        "{\"access_token\": 12345}",
        "{\"access_token\": null}",
        "{\"token\": {\"access_token\": \"sim_at_x\"}}",
    })
    void holds_no_token_set_without_an_access_token(String content) {
        assertThat(files.tokenSet(json(content))).isEmpty();
    }

    @Test
    void finds_no_token_set_in_a_browser_cookie_export() {
        Optional<TokenSet> tokens = files.tokenSet(json("""
                [{"domain": ".pinterest.com", "name": "_pinterest_sess", "value": "abc", "path": "/"},
                 {"domain": ".pinterest.com", "name": "access_token", "value": "def", "path": "/"}]
                """));

        assertThat(tokens).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json at all", "{\"access_token\": \"sim_at_x\"", "\"sim_at_x\"", "42"})
    void finds_no_token_set_in_what_is_not_a_json_object(String content) {
        assertThat(files.tokenSet(json(content))).isEmpty();
    }

    @Test
    void finds_no_token_set_in_a_fingerprint_file() {
        assertThat(files.tokenSet(sample("accounts/fingerprint.json").content())).isEmpty();
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
