package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.file;
import static com.pinfleet.bootstrap.ApiClient.Part.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsHttpTest {

    @TempDir
    Path dataDir;

    private RunningServer server;
    private ApiClient admin;

    @BeforeEach
    void start() {
        server = RunningServer.start(dataDir);
        admin = server.admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_account_added_with_a_token_file_is_connected_and_keeps_both_files() {
        ApiClient.Answer added = addMindfulRecipes();

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.get("success").asBoolean()).isTrue();
        assertThat(added.get("auth_status").asText()).isEqualTo("connected");
        assertThat(added.get("sync").get("synced").asBoolean()).isTrue();
        JsonNode detail = admin.get("/api/accounts/mindfulrecipes").json();
        assertThat(detail.get("has_cookies").asBoolean()).isTrue();
        assertThat(detail.get("has_fingerprint").asBoolean()).isTrue();
        assertThat(detail.get("category").asText()).isEqualTo("food");
        assertThat(detail.get("auth_status").asText()).isEqualTo("connected");
    }

    @Test
    void a_cookies_file_without_a_token_set_is_kept_but_the_account_needs_auth() {
        ApiClient.Answer added = admin.postMultipart("/api/accounts/add", text("username", "browser_only"),
                file("cookies", "cookies.json", "[{\"name\": \"_pinterest_sess\", \"value\": \"abc\"}]"));

        assertThat(added.get("auth_status").asText()).isEqualTo("needs_auth");
        assertThat(added.get("sync").get("synced").asBoolean()).isFalse();
        assertThat(admin.get("/api/accounts/browser_only").get("has_cookies").asBoolean()).isTrue();
    }

    @Test
    void pinterests_own_token_answer_connects_an_account_and_the_answer_says_how_its_expiry_was_counted() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        ApiClient.Answer added = admin.postMultipart("/api/accounts/add", text("username", "oauth_answer"),
                file("cookies", "cookies.json", """
                        {"access_token": "pina_oauth_answer", "refresh_token": "pinr_oauth_answer",
                         "expires_in": 2592000, "refresh_token_expires_in": 31536000, "token_type": "bearer",
                         "scope": "boards:read,boards:write,pins:read,pins:write"}
                        """));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.get("auth_status").asText()).isEqualTo("connected");
        assertThat(added.get("warnings")).isEmpty();
        String note = added.get("notes").get(0).asText();
        assertThat(note).contains("expires_in").contains("counted from now");
        Instant expiresAt = Instant.parse(note.substring(note.lastIndexOf(' ') + 1));
        assertThat(expiresAt).isBetween(before.plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(30)));
        assertThat(added.get("sync").get("synced").asBoolean()).isTrue();
    }

    @Test
    void a_token_file_whose_expiry_is_a_date_connects_the_account_until_that_day() {
        ApiClient.Answer added = admin.postMultipart("/api/accounts/add", text("username", "dated_expiry"),
                file("cookies", "cookies.json",
                        "{\"access_token\": \"a\", \"refresh_token\": \"r\", \"expires_at\": \"2099-01-01\"}"));

        assertThat(added.get("auth_status").asText()).isEqualTo("connected");
        assertThat(added.get("warnings")).isEmpty();
        assertThat(added.get("notes")).isEmpty();
    }

    @Test
    void secrets_never_appear_in_answers() {
        addMindfulRecipes();
        admin.postMultipart("/api/accounts/add", text("username", "proxied"),
                text("proxy", "http://user7:s3cret-pass@proxy.example.net:8080"));

        String everything = admin.get("/api/accounts?per_page=200").text()
                + admin.get("/api/accounts/mindfulrecipes").text() + admin.get("/api/accounts/proxied").text();

        assertThat(everything).doesNotContain("sim_at_myaccount").doesNotContain("sim_rt_myaccount")
                .doesNotContain("s3cret-pass").contains("http://user7:****@proxy.example.net:8080");
    }

    @Test
    void a_username_taken_in_any_case_is_a_409() {
        addMindfulRecipes();

        ApiClient.Answer again = admin.postMultipart("/api/accounts/add", text("username", "MindfulRecipes"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).contains("already exists");
    }

    @Test
    void a_username_pinterest_would_refuse_is_a_400_naming_it() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/add", text("username", "no spaces allowed"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("no spaces allowed").contains("letters");
    }

    @Test
    void a_custom_proxy_mode_without_a_proxy_is_a_400() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/add", text("username", "needs_proxy"),
                text("proxy_mode", "custom"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("custom needs a proxy");
        assertThat(admin.get("/api/accounts/needs_proxy").status()).isEqualTo(404);
    }

    @Test
    void the_sample_bulk_import_adds_twelve_and_skips_the_existing_account() {
        addMindfulRecipes();

        ApiClient.Answer imported = admin.postJson("/api/accounts/bulk-import",
                RunningServer.sample("accounts/bulk-import.json"));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.get("imported").asInt()).isEqualTo(12);
        assertThat(imported.get("skipped").asInt()).isEqualTo(1);
        assertThat(imported.get("errors")).isEmpty();
        JsonNode list = admin.get("/api/accounts?per_page=100").json();
        assertThat(list.get("total").asInt()).isEqualTo(13);
        assertThat(list.get("uncategorized_count").asInt()).isEqualTo(1);
        assertThat(usernames(list)).contains("Fernweh_Notes", "sunnysideplanner");
    }

    @Test
    void a_bulk_import_applies_the_valid_rows_and_reports_each_invalid_one() {
        ApiClient.Answer imported = admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "good_one"),
                Map.of("username", "x"),
                Map.of("username", "good_two", "proxy", "not a proxy"),
                Map.of("username", "GOOD_ONE"),
                Map.of("username", "good_three", "proxy", "10.0.0.1:3128"))));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.get("imported").asInt()).isEqualTo(2);
        assertThat(imported.get("skipped").asInt()).isEqualTo(1);
        assertThat(imported.get("errors")).hasSize(2);
        assertThat(imported.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(imported.get("errors").get(1).get("row").asInt()).isEqualTo(3);
        assertThat(imported.get("errors").get(1).get("error").asText()).contains("proxy");
        assertThat(admin.get("/api/accounts/good_three").get("proxy_mode").asText()).isEqualTo("custom");
    }

    @Test
    void a_category_id_with_a_fraction_is_refused_not_rounded() {
        long food = admin.postJson("/api/categories", Map.of("name", "Food")).get("category").get("id").asLong();

        ApiClient.Answer imported = admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "whole", "category_id", food),
                Map.of("username", "fraction", "category_id", food + 0.5))));

        assertThat(imported.get("imported").asInt()).isEqualTo(1);
        assertThat(imported.get("errors").get(0).get("error").asText()).contains("category_id")
                .contains("whole number");
        assertThat(admin.get("/api/accounts/fraction").status()).isEqualTo(404);
    }

    @Test
    void a_bulk_import_with_no_valid_row_applies_nothing_and_is_a_400() {
        ApiClient.Answer imported = admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "ab"), Map.of("proxy", "10.0.0.1:3128"))));

        assertThat(imported.status()).isEqualTo(400);
        assertThat(imported.error()).startsWith("no account imported: row 1:");
        assertThat(imported.get("errors")).hasSize(2);
        assertThat(admin.get("/api/accounts").get("total_all").asInt()).isZero();
    }

    @Test
    void a_bulk_import_without_an_accounts_list_is_a_400() {
        assertThat(admin.postJson("/api/accounts/bulk-import", Map.of()).error())
                .isEqualTo("field 'accounts' is required");
        assertThat(admin.postJson("/api/accounts/bulk-import", Map.of("accounts", "x")).status()).isEqualTo(400);
    }

    @Test
    void listing_pages_and_searches_by_username_ignoring_case() {
        List<Map<String, String>> accounts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            accounts.add(Map.of("username", String.format("fleet_%02d", i), "category", i % 2 == 0 ? "even" : "odd"));
        }
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", accounts));

        JsonNode second = admin.get("/api/accounts?per_page=10&page=2").json();
        JsonNode search = admin.get("/api/accounts?search=FLEET_1").json();
        JsonNode even = admin.get("/api/accounts?category=even&per_page=200").json();

        assertThat(second.get("total").asInt()).isEqualTo(25);
        assertThat(second.get("total_pages").asInt()).isEqualTo(3);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(usernames(second)).containsExactly("fleet_10", "fleet_11", "fleet_12", "fleet_13", "fleet_14",
                "fleet_15", "fleet_16", "fleet_17", "fleet_18", "fleet_19");
        assertThat(usernames(search)).hasSize(10).allMatch(name -> name.startsWith("fleet_1"));
        assertThat(even.get("total").asInt()).isEqualTo(13);
        assertThat(even.get("total_all").asInt()).isEqualTo(25);
    }

    @Test
    void per_page_above_200_is_held_to_200_and_a_bad_page_is_a_400() {
        assertThat(admin.get("/api/accounts?per_page=5000").get("per_page").asInt()).isEqualTo(200);
        assertThat(admin.get("/api/accounts?page=0").status()).isEqualTo(400);
        assertThat(admin.get("/api/accounts?page=abc").error()).contains("page");
    }

    @Test
    void an_account_is_deleted_with_everything_it_had() {
        addMindfulRecipes();
        admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "saves.txt", "298750246289414544\n"));

        ApiClient.Answer deleted = admin.delete("/api/accounts/mindfulrecipes");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(admin.get("/api/accounts/mindfulrecipes").status()).isEqualTo(404);
        assertThat(admin.delete("/api/accounts/mindfulrecipes").status()).isEqualTo(404);
        assertThat(addMindfulRecipes().status()).isEqualTo(200);
        assertThat(admin.get("/api/accounts/mindfulrecipes/save-queue").get("items")).isEmpty();
    }

    @Test
    void a_batch_delete_answers_per_username() {
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "first_one"), Map.of("username", "second_one"))));

        ApiClient.Answer answer = admin.postJson("/api/accounts/batch/delete",
                Map.of("usernames", List.of("first_one", "ghost_account", "Second_One")));

        assertThat(answer.get("results").get("first_one").asText()).isEqualTo("deleted");
        assertThat(answer.get("results").get("ghost_account").asText()).isEqualTo("not found");
        assertThat(answer.get("results").get("Second_One").asText()).isEqualTo("deleted");
        assertThat(admin.get("/api/accounts").get("total_all").asInt()).isZero();
    }

    @Test
    void a_batch_delete_naming_an_account_twice_deletes_it_once_and_says_so_for_each_spelling() {
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "race_3a"), Map.of("username", "race_3b"))));

        ApiClient.Answer repeated = admin.postJson("/api/accounts/batch/delete",
                Map.of("usernames", List.of("race_3a", "race_3a")));
        ApiClient.Answer spelt = admin.postJson("/api/accounts/batch/delete",
                Map.of("usernames", List.of("race_3b", "RACE_3B", "@race_3b")));

        assertThat(repeated.get("results").toString()).isEqualTo("{\"race_3a\":\"deleted\"}");
        assertThat(spelt.get("results").toString())
                .isEqualTo("{\"race_3b\":\"deleted\",\"RACE_3B\":\"deleted\",\"@race_3b\":\"deleted\"}");
        assertThat(admin.get("/api/accounts").get("total_all").asInt()).isZero();
    }

    private ApiClient.Answer addMindfulRecipes() {
        return admin.postMultipart("/api/accounts/add", text("username", "mindfulrecipes"), text("category", "food"),
                new ApiClient.Part("cookies", "cookies.json", RunningServer.sampleBytes("accounts/cookies.json")),
                new ApiClient.Part("fingerprint", "fingerprint.json",
                        RunningServer.sampleBytes("accounts/fingerprint.json")));
    }

    static List<String> usernames(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("accounts").forEach(account -> names.add(account.get("username").asText()));
        return names;
    }
}
