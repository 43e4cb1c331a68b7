package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.file;
import static com.pinfleet.bootstrap.ApiClient.Part.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input an operator should not send, and what the server answers: a 4xx naming the problem, nothing half done. */
class BadInputHttpTest {

    @TempDir
    Path dataDir;

    private RunningServer server;
    private ApiClient admin;

    @BeforeEach
    void start() {
        server = RunningServer.start(dataDir);
        admin = server.admin();
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "first_one"), Map.of("username", "second_one"))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_batch_with_an_empty_username_changes_nothing() {
        List<String> usernames = new ArrayList<>(Arrays.asList("first_one", null));

        ApiClient.Answer answer = admin.postJson("/api/accounts/batch/delete", Map.of("usernames", usernames));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("entry 2");
        assertThat(admin.get("/api/accounts/first_one").status()).isEqualTo(200);
    }

    @Test
    void a_number_where_text_belongs_or_a_fraction_where_a_whole_number_belongs_is_refused() {
        ApiClient.Answer fraction = admin.postJson("/api/settings/concurrency", "{\"max_concurrent\": 6.5}");
        ApiClient.Answer number = admin.postJson("/api/categories", "{\"name\": 123}");
        ApiClient.Answer duplicate = admin.postJson("/api/settings/concurrency",
                "{\"max_concurrent\": 6, \"max_concurrent\": 7}");

        assertThat(fraction.status()).isEqualTo(400);
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.error()).contains("name").contains("text");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.error()).contains("max_concurrent").doesNotContain("com.pinfleet");
    }

    @Test
    void bulk_import_reports_a_field_of_the_wrong_type_as_that_rows_error() {
        ApiClient.Answer answer = admin.postJson("/api/accounts/bulk-import",
                "{\"accounts\": [{\"username\": \"typed_ok\"}, {\"username\": 123}, \"just text\"]}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("imported").asInt()).isEqualTo(1);
        assertThat(answer.get("errors")).extracting(e -> e.get("row").asInt()).containsExactly(2, 3);
        assertThat(answer.get("errors").get(0).get("error").asText()).contains("'username' must be text");
    }

    @Test
    void malformed_json_says_where() {
        ApiClient.Answer answer = admin.postJson("/api/categories", "{\"name\": \"x\",,}");

        assertThat(answer.error()).startsWith("request body is not valid JSON (line 1, column")
                .doesNotContain("REDACTED");
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_naming_the_byte() {
        byte[] body = "{\"name\":\"bad??utf\"}".getBytes(StandardCharsets.US_ASCII);
        body[12] = (byte) 0xFF;
        body[13] = (byte) 0xFE;

        ApiClient.Answer answer = admin.send("POST", "/api/categories", "application/json", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).startsWith("request body is not valid UTF-8 (line 1, column 13): byte 0xFF");
        assertThat(admin.get("/api/categories").text()).doesNotContain("bad");
    }

    @Test
    void anything_after_the_json_object_is_refused_and_nothing_of_it_is_stored() {
        ApiClient.Answer word = admin.postJson("/api/categories", "{\"name\":\"trail1\"} garbage");
        ApiClient.Answer second = admin.postJson("/api/categories", "{\"name\":\"trail2\"}{\"name\":\"trail3\"}");
        ApiClient.Answer blanks = admin.postJson("/api/categories", "{\"name\":\"trail4\"} \r\n ");

        assertThat(word.status()).isEqualTo(400);
        assertThat(word.error()).isEqualTo("request body is not valid JSON (line 1, column 19): more follows the JSON"
                + " object; send a single JSON object");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.error()).contains("(line 1, column 18)");
        assertThat(blanks.status()).isEqualTo(200);
        assertThat(admin.get("/api/categories").text()).doesNotContain("trail1", "trail2", "trail3");
    }

    @Test
    void json_a_script_got_wrong_is_explained_in_plain_words() {
        List<String> bodies = List.of("{\"a\":".repeat(1_100) + "1" + "}".repeat(1_100), "{\"name\": NaN}",
                "{'name': 'x'}", "{\"name\": \"x\" /* note */}", "{\"name\": \"a\tb\"}", "{\"name\": \"x\"",
                "{\"name\": tru}", "{\"name\": 0123}", "{\"name\": " + "1".repeat(1_100) + "}");

        List<String> errors = bodies.stream().map(body -> admin.postJson("/api/categories", body).error()).toList();

        assertThat(errors).allSatisfy(error -> assertThat(error)
                .doesNotContain("Feature", "StreamReadConstraints", "REDACTED", "`", "code "));
        assertThat(errors).containsExactly(
                "request body is not valid JSON: it is nested more than 1000 levels deep",
                "request body is not valid JSON (line 1, column 13): NaN is not a JSON number",
                "request body is not valid JSON (line 1, column 2): text and field names take double quotes, not"
                        + " single",
                "request body is not valid JSON (line 1, column 14): JSON has no comments",
                "request body is not valid JSON (line 1, column 12): the control character U+0009 must be escaped"
                        + " inside text (a line break as \\n, a tab as \\t)",
                "request body is not valid JSON (line 1, column 13): the body ends before the JSON does (a closing"
                        + " quote, } or ] is missing)",
                "request body is not valid JSON (line 1, column 10): found 'tru', which is no JSON value (text takes"
                        + " double quotes)",
                "request body is not valid JSON (line 1, column 11): a number may not start with 0",
                "request body is not valid JSON: a number is longer than 1000 digits");
    }

    @Test
    void a_json_null_is_not_a_request() {
        ApiClient.Answer nothing = admin.postJson("/api/categories", "null");

        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.error()).isEqualTo("request body must be a JSON object");
    }

    @Test
    void a_number_too_large_for_its_field_is_named_as_such() {
        ApiClient.Answer huge = admin.postJson("/api/settings/concurrency", "{\"max_concurrent\": 99999999999}");

        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.error()).isEqualTo("field 'max_concurrent' holds a number too large for it");
    }

    @Test
    void a_json_body_over_the_size_limit_is_a_413_that_names_the_limit() {
        String name = "a".repeat(17 * 1024 * 1024);

        ApiClient.Answer answer = admin.postJson("/api/categories", "{\"name\": \"" + name + "\"}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.error()).startsWith("request body is larger than 16 MiB");
    }

    @Test
    void numbers_too_large_for_a_parameter_are_named_as_such() {
        assertThat(admin.get("/api/activity/recent?limit=999999999999").error())
                .isEqualTo("limit 999999999999 is too large");
    }

    @Test
    void an_upload_over_the_size_limit_is_a_413() {
        byte[] big = new byte[33 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');

        ApiClient.Answer answer = admin.postMultipart("/api/accounts/first_one/save-queue/upload",
                new ApiClient.Part("file", "big.txt", big));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.error()).contains("MiB");
    }

    @Test
    void a_broken_multipart_body_is_a_400() {
        byte[] body = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n123\r\n"
                .getBytes(StandardCharsets.US_ASCII);

        ApiClient.Answer truncated = server.admin().send("POST", "/api/accounts/first_one/save-queue/upload",
                "multipart/form-data; boundary=XYZ", body);
        ApiClient.Answer noBoundary = server.admin().send("POST", "/api/accounts/first_one/save-queue/upload",
                "multipart/form-data", "abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.error()).startsWith("the multipart/form-data body cannot be read");
        assertThat(noBoundary.status()).isEqualTo(400);
    }

    @Test
    void an_upload_of_two_files_where_one_is_taken_is_refused() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/first_one/save-queue/upload",
                file("file", "a.txt", "111\n"), file("file", "b.txt", "222\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("one file").contains("a.txt, b.txt");
        assertThat(admin.get("/api/accounts/first_one/save-queue").get("counts").get("total").asInt()).isZero();
    }

    @Test
    void a_boards_file_with_only_a_header_is_a_400() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/first_one/upload-boards",
                file("csv", "h.csv", "name,description,privacy\n\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("h.csv: the file holds no boards");
    }

    @Test
    void a_misspelt_file_field_is_refused_rather_than_ignored() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/add", text("username", "misspelt"),
                new ApiClient.Part("cookie", "cookies.json", RunningServer.sampleBytes("accounts/cookies.json")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("'cookie'").contains("cookies");
        assertThat(admin.get("/api/accounts/misspelt").status()).isEqualTo(404);
    }

    @Test
    void a_token_file_sent_as_a_text_field_is_read_as_the_file() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/add", text("username", "as_text"),
                text("cookies", RunningServer.sample("accounts/cookies.json")));

        assertThat(answer.get("auth_status").asText()).isEqualTo("connected");
    }

    @Test
    void credential_files_that_are_not_what_they_should_be_are_kept_with_a_warning() {
        ApiClient.Answer notJson = admin.postMultipart("/api/accounts/add", text("username", "garbled"),
                file("cookies", "cookies.json", "{not json"), file("fingerprint", "fingerprint.json", "\u0001\u0002"));
        ApiClient.Answer expired = admin.postMultipart("/api/accounts/add", text("username", "expired_one"),
                file("cookies", "cookies.json", "{\"access_token\": \"a\", \"refresh_token\": \"r\","
                        + " \"expires_at\": \"2020-01-01T00:00:00Z\"}"));

        assertThat(notJson.status()).isEqualTo(200);
        assertThat(notJson.get("auth_status").asText()).isEqualTo("needs_auth");
        assertThat(notJson.get("warnings").toString()).contains("cookies file is not JSON")
                .contains("fingerprint file is not JSON");
        assertThat(expired.get("auth_status").asText()).isEqualTo("needs_auth");
        assertThat(expired.get("warnings").get(0).asText()).contains("expired");
    }

    @Test
    void an_account_whose_token_pinterest_refuses_is_added_and_needs_auth() {
        ApiClient.Answer added = Fleet.connected(admin, "refused_one", "sim_revoked_token");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.get("auth_status").asText()).isEqualTo("needs_auth");
        assertThat(added.get("sync").get("errors").get(0).asText()).contains("refused");
        assertThat(admin.get("/api/accounts/refused_one").get("auth_status").asText()).isEqualTo("needs_auth");
        assertThat(admin.post("/api/accounts/refused_one/sync-boards").status()).isEqualTo(409);
    }

    @Test
    void create_board_with_two_body_forms_at_once_is_refused() {
        Fleet.connected(admin, "maker", "sim_at_maker");

        ApiClient.Answer answer = admin.postJson("/api/accounts/maker/create-board",
                Map.of("name", "Both1", "names", List.of("Both2")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(admin.get("/api/accounts/maker/boards").get("board_count").asInt()).isZero();
    }

    @Test
    void names_with_control_characters_are_refused() {
        assertThat(admin.postJson("/api/settings/username", Map.of("new_username", "ad\nmin")).status())
                .isEqualTo(400);
        assertThat(admin.postJson("/api/categories", Map.of("name", "tab\there")).status()).isEqualTo(400);
        Fleet.connected(admin, "maker", "sim_at_maker");
        assertThat(admin.postJson("/api/accounts/maker/create-board", Map.of("name", "line\nbreak")).status())
                .isEqualTo(400);
    }

    @Test
    void a_username_with_a_look_alike_character_is_refused_naming_the_character() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/add", text("username", "\u212Anitwit"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("U+212A");
    }

    @Test
    void changing_the_password_ends_browser_sessions_and_wrong_guesses_are_throttled() {
        ApiClient browser = server.loggedIn();
        admin.postJson("/api/settings/password",
                Map.of("current_password", RunningServer.ADMIN_PASSWORD, "new_password", "another-password"));

        assertThat(browser.get("/api/settings").status()).isEqualTo(401);
        for (int i = 0; i < 10; i++) {
            admin.postJson("/api/settings/password", Map.of("current_password", "guess" + i,
                    "new_password", "whatever-long"));
        }
        ApiClient.Answer throttled = admin.postJson("/api/settings/password",
                Map.of("current_password", "another-password", "new_password", "whatever-long"));
        assertThat(throttled.status()).isEqualTo(429);
    }

    @Test
    void a_schedule_row_missing_a_field_is_named_by_its_position() {
        ApiClient.Answer answer = admin.postJson("/api/settings/smart-saves-schedule", Map.of("schedule", List.of(
                Map.of("day_threshold", 7, "min_saves", 3, "max_saves", 8),
                Map.of("day_threshold", 999999, "min_saves", 10))));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("field 'schedule[2].max_saves' is required");
    }

    @Test
    void the_smart_saves_schedule_is_replaced_checked_and_reset() {
        JsonNode before = admin.get("/api/settings/smart-saves-schedule").json();
        ApiClient.Answer replaced = admin.postJson("/api/settings/smart-saves-schedule", Map.of("schedule", List.of(
                Map.of("day_threshold", 3, "min_saves", 1, "max_saves", 2),
                Map.of("day_threshold", 999999, "min_saves", 4, "max_saves", 6))));
        ApiClient.Answer backwards = admin.postJson("/api/settings/smart-saves-schedule", Map.of("schedule", List.of(
                Map.of("day_threshold", 9, "min_saves", 1, "max_saves", 2),
                Map.of("day_threshold", 3, "min_saves", 4, "max_saves", 6))));

        assertThat(before.get("is_default").asBoolean()).isTrue();
        assertThat(before.get("schedule").get(0).get("max_saves").asInt()).isEqualTo(8);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(admin.get("/api/settings/smart-saves-schedule").get("schedule").get(1).get("min_saves").asInt())
                .isEqualTo(4);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.error()).contains("row 2");
        admin.post("/api/settings/smart-saves-schedule/reset");
        assertThat(admin.get("/api/settings/smart-saves-schedule").get("is_default").asBoolean()).isTrue();
    }
}
