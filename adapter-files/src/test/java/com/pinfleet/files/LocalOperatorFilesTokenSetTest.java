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

    @Test
    void reads_an_expiry_given_as_a_date_as_the_start_of_that_day_in_utc() {
        Optional<TokenSet> tokens = files.tokenSet(json("""
                {"access_token": "sim_at_x", "refresh_token": "sim_rt_x", "expires_at": "2030-01-01"}
                """));

        assertThat(tokens).map(TokenSet::expiresAt).contains(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void reads_an_expiry_given_with_its_offset() {
        Optional<TokenSet> tokens = files.tokenSet(json("""
                {"access_token": "sim_at_x", "refresh_token": "sim_rt_x", "expires_at": "2030-01-01T02:00:00+02:00"}
                """));

        assertThat(tokens).map(TokenSet::expiresAt).contains(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void counts_the_expiry_of_pinterests_own_token_answer_from_when_it_is_read() {
        byte[] answer = json("""
                {"access_token": "pina_abc", "refresh_token": "pinr_def", "expires_in": 2592000,
                 "refresh_token_expires_in": 31536000, "token_type": "bearer", "scope": "boards:read,pins:read"}
                """);
        Instant readAt = Instant.parse("2026-12-04T10:00:00.123456789Z");

        byte[] counted = files.withExpiryCounted(answer, readAt).orElseThrow();

        assertThat(files.tokenSet(answer)).isEmpty();
        assertThat(files.tokenSet(counted))
                .contains(new TokenSet("pina_abc", "pinr_def", Instant.parse("2027-01-03T10:00:00Z")));
        assertThat(new String(counted, StandardCharsets.UTF_8)).contains("\"scope\":\"boards:read,pins:read\"")
                .contains("\"expires_in\":2592000");
    }

    @Test
    void counts_an_expiry_given_in_seconds_as_text() {
        byte[] file = json("{\"access_token\": \"a\", \"refresh_token\": \"r\", \"expires_in\": \"3600\"}");

        byte[] counted = files.withExpiryCounted(file, Instant.parse("2026-12-04T10:00:00Z")).orElseThrow();

        assertThat(files.tokenSet(counted)).map(TokenSet::expiresAt).contains(Instant.parse("2026-12-04T11:00:00Z"));
    }

    @Test
    void leaves_a_file_that_gives_its_expiry_as_a_point_in_time_as_it_is() {
        byte[] file = json("""
                {"access_token": "a", "refresh_token": "r", "expires_at": "2027-06-30T00:00:00Z", "expires_in": 60}
                """);

        assertThat(files.withExpiryCounted(file, Instant.parse("2026-12-04T10:00:00Z"))).isEmpty();
        assertThat(files.withExpiryCounted(sample("accounts/cookies.json").content(), Instant.EPOCH)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-60", "1.5", "\"soon\"", "\"-60\"", "null", "true", "99999999999999999999"})
    void counts_no_expiry_from_what_is_not_a_whole_number_of_seconds(String expiresIn) {
        byte[] file = json("{\"access_token\": \"a\", \"refresh_token\": \"r\", \"expires_in\": " + expiresIn + "}");

        assertThat(files.withExpiryCounted(file, Instant.parse("2026-12-04T10:00:00Z"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1, 2]", "{\"expires_in\": 60"})
    void counts_no_expiry_in_what_is_not_a_json_object(String content) {
        assertThat(files.withExpiryCounted(json(content), Instant.parse("2026-12-04T10:00:00Z"))).isEmpty();
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
