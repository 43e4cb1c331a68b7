package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.file;
import static com.pinfleet.bootstrap.ApiClient.Part.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountChangesHttpTest {

    @TempDir
    Path dataDir;

    private RunningServer server;
    private ApiClient admin;

    @BeforeEach
    void start() {
        server = RunningServer.start(dataDir);
        admin = server.admin();
        admin.postJson("/api/accounts/bulk-import", RunningServer.sample("accounts/bulk-import.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void update_connects_an_account_with_a_token_file_and_queues_its_board_sync() {
        ApiClient.Answer updated = admin.postMultipart("/api/accounts/cozyhomecorner/update",
                new ApiClient.Part("cookies", "cookies.json", RunningServer.sampleBytes("accounts/cookies.json")));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.get("auth_status").asText()).isEqualTo("connected");
        JsonNode status = admin.get("/api/accounts/sync-status").json();
        assertThat(status.get("total").asInt()).isEqualTo(1);
        assertThat(status.get("jobs").get(0).get("username").asText()).isEqualTo("cozyhomecorner");
    }

    @Test
    void a_cookies_file_without_a_usable_token_set_is_refused_for_a_connected_account_which_keeps_its_own() {
        Fleet.connected(admin, "working", "sim_at_working");
        byte[] randomBytes = new byte[300];
        new Random(3).nextBytes(randomBytes);

        ApiClient.Answer garbage = admin.postMultipart("/api/accounts/working/update", text("category", "elsewhere"),
                new ApiClient.Part("cookies", "cookies.json", randomBytes));
        ApiClient.Answer noTokens = admin.postMultipart("/api/accounts/working/update",
                file("cookies", "cookies.json", "{\"not\": \"tokens\"}"));
        ApiClient.Answer expired = admin.postMultipart("/api/accounts/working/update",
                file("cookies", "cookies.json", "{\"access_token\": \"a\", \"refresh_token\": \"r\","
                        + " \"expires_at\": \"2020-01-01T00:00:00Z\"}"));

        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.error()).contains("not JSON").contains("expires at 2099-01-01T00:00:00Z");
        assertThat(noTokens.status()).isEqualTo(400);
        assertThat(noTokens.error()).contains("holds no token set");
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.error()).contains("expired at 2020-01-01T00:00:00Z");
        JsonNode detail = admin.get("/api/accounts/working").json();
        assertThat(detail.get("auth_status").asText()).isEqualTo("connected");
        assertThat(detail.get("category").isNull()).isTrue();
        assertThat(admin.post("/api/accounts/working/sync-boards").status()).isEqualTo(200);
    }

    @Test
    void a_cookies_file_without_a_token_set_is_kept_with_a_warning_for_an_account_that_has_none_working() {
        ApiClient.Answer updated = admin.postMultipart("/api/accounts/cozyhomecorner/update",
                file("cookies", "cookies.json", "{\"not\": \"tokens\"}"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.get("auth_status").asText()).isEqualTo("needs_auth");
        assertThat(updated.get("warnings").get(0).asText()).contains("holds no token set");
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("has_cookies").asBoolean()).isTrue();
    }

    @Test
    void update_changes_only_the_parts_given() {
        admin.putJson("/api/accounts/cozyhomecorner/update", Map.of("proxy", "10.1.2.3:3128:joe:pw"));
        admin.putJson("/api/accounts/cozyhomecorner/update", Map.of("category", "home/small spaces"));

        JsonNode detail = admin.get("/api/accounts/cozyhomecorner").json();

        assertThat(detail.get("proxy").asText()).isEqualTo("http://joe:****@10.1.2.3:3128");
        assertThat(detail.get("proxy_mode").asText()).isEqualTo("custom");
        assertThat(detail.get("category_path").asText()).isEqualTo("home/small spaces");
    }

    @Test
    void update_reads_a_url_encoded_form_too() {
        ApiClient.Answer updated = admin.postForm("/api/accounts/cozyhomecorner/update",
                "proxy=10.1.2.3%3A3128&category=home%2Fsmall+spaces");

        JsonNode detail = admin.get("/api/accounts/cozyhomecorner").json();

        assertThat(updated.status()).isEqualTo(200);
        assertThat(detail.get("proxy").asText()).isEqualTo("http://10.1.2.3:3128");
        assertThat(detail.get("category_path").asText()).isEqualTo("home/small spaces");
        assertThat(admin.postForm("/api/accounts/cozyhomecorner/update", "proxi=x").error()).contains("'proxi'");
    }

    @Test
    void an_empty_proxy_removes_it_and_an_empty_category_files_under_none() {
        admin.putJson("/api/accounts/cozyhomecorner/update", Map.of("proxy", "10.1.2.3:3128"));

        admin.putJson("/api/accounts/cozyhomecorner/update", Map.of("proxy", "", "category", ""));

        JsonNode detail = admin.get("/api/accounts/cozyhomecorner").json();
        assertThat(detail.get("proxy").asText()).isEmpty();
        assertThat(detail.get("proxy_mode").asText()).isEqualTo("direct");
        assertThat(detail.get("category").isNull()).isTrue();
    }

    @Test
    void an_update_with_a_bad_proxy_changes_nothing() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/cozyhomecorner/update",
                text("proxy", "nonsense"), text("category", "elsewhere"),
                new ApiClient.Part("cookies", "cookies.json", RunningServer.sampleBytes("accounts/cookies.json")));

        assertThat(answer.status()).isEqualTo(400);
        JsonNode detail = admin.get("/api/accounts/cozyhomecorner").json();
        assertThat(detail.get("category").asText()).isEqualTo("home");
        assertThat(detail.get("has_cookies").asBoolean()).isFalse();
    }

    @Test
    void a_renamed_account_keeps_its_boards_and_queue() {
        Fleet.connected(admin, "renameme", "sim_at_renameme");
        Fleet.uploadSampleBoards(admin, "renameme");
        Fleet.uploadSampleSaves(admin, "renameme");

        ApiClient.Answer renamed = admin.postJson("/api/accounts/renameme/rename", Map.of("new_username", "Renamed"));

        assertThat(renamed.get("username").asText()).isEqualTo("Renamed");
        assertThat(admin.get("/api/accounts/renameme").status()).isEqualTo(404);
        assertThat(admin.get("/api/accounts/renamed/boards").get("board_count").asInt()).isEqualTo(6);
        assertThat(admin.get("/api/accounts/Renamed/save-queue").get("counts").get("total").asInt()).isEqualTo(40);
    }

    @Test
    void renaming_onto_another_account_is_a_409_but_changing_case_is_allowed() {
        ApiClient.Answer taken = admin.postJson("/api/accounts/cozyhomecorner/rename",
                Map.of("new_username", "MindfulRecipes"));
        ApiClient.Answer recased = admin.postJson("/api/accounts/cozyhomecorner/rename",
                Map.of("new_username", "CozyHomeCorner"));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(recased.status()).isEqualTo(200);
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("username").asText()).isEqualTo("CozyHomeCorner");
    }

    @Test
    void a_name_the_api_uses_in_its_paths_is_refused_for_an_account() {
        ApiClient.Answer renamed = admin.postJson("/api/accounts/cozyhomecorner/rename",
                Map.of("new_username", "Batch"));
        ApiClient.Answer added = admin.postMultipart("/api/accounts/add", text("username", "batch"));
        ApiClient.Answer imported = admin.postJson("/api/accounts/bulk-import",
                Map.of("accounts", List.of(Map.of("username", "batch"), Map.of("username", "not_batch"))));

        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.error()).contains("'Batch'").contains("/api/accounts/batch/");
        assertThat(added.status()).isEqualTo(400);
        assertThat(imported.get("imported").asInt()).isEqualTo(1);
        assertThat(imported.get("errors").get(0).get("row").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("username").asText()).isEqualTo("cozyhomecorner");
        assertThat(admin.get("/api/accounts/batch").status()).isEqualTo(404);
    }

    @Test
    void proxy_mode_answers_as_the_reference_shows() {
        admin.putJson("/api/accounts/cozyhomecorner/update", Map.of("proxy", "http://u:p@10.0.0.9:8080"));

        ApiClient.Answer direct = admin.postJson("/api/accounts/cozyhomecorner/proxy-mode", Map.of("mode", "direct"));
        ApiClient.Answer customWithout = admin.postJson("/api/accounts/cozyhomecorner/proxy-mode",
                Map.of("mode", "custom"));
        ApiClient.Answer customWith = admin.postJson("/api/accounts/cozyhomecorner/proxy-mode",
                Map.of("mode", "custom", "proxy", "10.0.0.10:8080"));
        ApiClient.Answer unknown = admin.postJson("/api/accounts/cozyhomecorner/proxy-mode", Map.of("mode", "tor"));

        assertThat(direct.json()).isEqualTo(admin.postJson("/api/accounts/cozyhomecorner/proxy-mode",
                Map.of("mode", "direct")).json());
        assertThat(direct.get("success").asBoolean()).isTrue();
        assertThat(direct.get("proxy_mode").asText()).isEqualTo("direct");
        assertThat(direct.get("proxy").asText()).isEmpty();
        assertThat(direct.get("location").asText()).isEmpty();
        assertThat(customWithout.status()).isEqualTo(200);
        assertThat(customWithout.get("proxy").asText()).isEqualTo("http://u:****@10.0.0.9:8080");
        assertThat(customWith.get("proxy").asText()).isEqualTo("http://10.0.0.10:8080");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).contains("tor");
    }

    @Test
    void going_direct_keeps_the_proxy_so_custom_takes_it_up_again_without_sending_it() {
        admin.putJson("/api/accounts/trailandtable/update", Map.of("proxy", "http://user7:s3cret@10.0.0.9:8080"));

        admin.postJson("/api/accounts/batch/proxy-mode", Map.of("usernames", List.of("trailandtable"),
                "mode", "direct"));
        JsonNode whileDirect = admin.get("/api/accounts/trailandtable").json();
        ApiClient.Answer backToCustom = admin.postJson("/api/accounts/trailandtable/proxy-mode",
                Map.of("mode", "custom"));
        ApiClient.Answer directWithProxy = admin.postJson("/api/accounts/trailandtable/proxy-mode",
                Map.of("mode", "direct", "proxy", "10.0.0.10:8080"));

        assertThat(whileDirect.get("proxy_mode").asText()).isEqualTo("direct");
        assertThat(whileDirect.get("proxy").asText()).isEqualTo("http://user7:****@10.0.0.9:8080");
        assertThat(backToCustom.status()).isEqualTo(200);
        assertThat(backToCustom.get("proxy_mode").asText()).isEqualTo("custom");
        assertThat(backToCustom.get("proxy").asText()).isEqualTo("http://user7:****@10.0.0.9:8080");
        assertThat(backToCustom.text()).doesNotContain("s3cret");
        assertThat(directWithProxy.status()).isEqualTo(400);
        assertThat(admin.get("/api/accounts/trailandtable").get("proxy_mode").asText()).isEqualTo("custom");
    }

    @Test
    void a_proxy_with_a_password_but_no_user_is_refused_and_changes_nothing() {
        ApiClient.Answer answer = admin.putJson("/api/accounts/cozyhomecorner/update",
                Map.of("proxy", "https://:s3cret@proxy.example.net:443"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("no user name").doesNotContain("s3cret");
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("proxy").asText()).isEmpty();
    }

    @Test
    void direct_save_is_toggled_and_filtered() {
        ApiClient.Answer toggled = admin.patchJson("/api/accounts/cozyhomecorner/direct-save",
                Map.of("enabled", true));

        assertThat(toggled.get("direct_save_enabled").asBoolean()).isTrue();
        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?direct_save=true").json()))
                .containsExactly("cozyhomecorner");
        assertThat(admin.get("/api/accounts?direct_save=false").get("total").asInt()).isEqualTo(12);
        assertThat(admin.get("/api/accounts?direct_save=maybe").status()).isEqualTo(400);
    }

    @Test
    void saves_limit_is_set_cleared_and_checked() {
        ApiClient.Answer set = admin.postJson("/api/accounts/cozyhomecorner/saves-limit",
                Map.of("daily_saves_limit_max", 2));

        assertThat(set.status()).isEqualTo(200);
        JsonNode saves = admin.get("/api/accounts/cozyhomecorner").get("limits").get("saves_per_day");
        assertThat(saves.get("max").asInt()).isEqualTo(2);
        assertThat(saves.get("source").asText()).isEqualTo("override");
        assertThat(admin.postJson("/api/accounts/cozyhomecorner/saves-limit", Map.of("daily_saves_limit_max", -1))
                .status()).isEqualTo(400);
        assertThat(admin.postJson("/api/accounts/cozyhomecorner/saves-limit", Map.of("daily_saves_limit_max", 100000))
                .status()).isEqualTo(400);
        admin.postJson("/api/accounts/cozyhomecorner/saves-limit", Map.of("clear", true));
        JsonNode cleared = admin.get("/api/accounts/cozyhomecorner").get("limits").get("saves_per_day");
        assertThat(cleared.get("source").asText()).isEqualTo("schedule");
        assertThat(cleared.get("max").asInt()).isEqualTo(8);
    }

    @Test
    void a_saves_limit_below_the_schedule_holds_every_number_shown_to_it() {
        Fleet.connected(admin, "planned", "sim_at_planned");
        admin.post("/api/automation/planned/enable");
        int drawn = awaitTodayTarget("planned");

        admin.postJson("/api/accounts/planned/saves-limit", Map.of("daily_saves_limit_max", 2));

        JsonNode saves = admin.get("/api/accounts/planned").get("limits").get("saves_per_day");
        JsonNode today = admin.get("/api/accounts/planned/schedule").get("today");
        assertThat(drawn).isBetween(3, 8);
        assertThat(saves.get("min").asInt()).isEqualTo(2);
        assertThat(saves.get("max").asInt()).isEqualTo(2);
        assertThat(saves.get("today_target").asInt()).isEqualTo(2);
        assertThat(saves.get("source").asText()).isEqualTo("override");
        assertThat(saves.get("schedule_max").asInt()).isEqualTo(8);
        assertThat(today.get("save_target").asInt()).isEqualTo(2);
    }

    @Test
    void a_limit_set_and_cleared_in_one_request_is_refused() {
        admin.postJson("/api/accounts/cozyhomecorner/saves-limit", Map.of("daily_saves_limit_max", 4));
        admin.postJson("/api/accounts/cozyhomecorner/creates-limit", Map.of("daily_creates", 12));

        ApiClient.Answer saves = admin.postJson("/api/accounts/cozyhomecorner/saves-limit",
                Map.of("clear", true, "daily_saves_limit_max", 30));
        ApiClient.Answer batchSaves = admin.postJson("/api/automation/batch/saves-limit",
                Map.of("usernames", List.of("cozyhomecorner"), "clear", true, "daily_saves_limit_max", 30));
        ApiClient.Answer creates = admin.postJson("/api/accounts/cozyhomecorner/creates-limit",
                Map.of("clear", true, "daily_creates", 10));
        ApiClient.Answer batchCreates = admin.postJson("/api/automation/batch/creates-limit",
                Map.of("usernames", List.of("cozyhomecorner"), "clear", true, "daily_creates", 10));

        assertThat(List.of(saves, batchSaves, creates, batchCreates)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.error()).contains("'clear'").contains("contradict");
        });
        JsonNode account = admin.get("/api/accounts/cozyhomecorner").json();
        assertThat(account.get("daily_saves_limit_max").asInt()).isEqualTo(4);
        assertThat(account.get("daily_creates").asInt()).isEqualTo(12);
    }

    @Test
    void the_creates_limit_is_cleared_back_to_the_default() {
        admin.postJson("/api/accounts/cozyhomecorner/creates-limit", Map.of("daily_creates", 12));

        ApiClient.Answer cleared = admin.postJson("/api/accounts/cozyhomecorner/creates-limit", Map.of("clear", true));

        assertThat(cleared.get("daily_creates").asInt()).isEqualTo(5);
        JsonNode creates = admin.get("/api/accounts/cozyhomecorner").get("limits").get("creates_per_day");
        assertThat(creates.get("daily_creates").asInt()).isEqualTo(5);
        assertThat(creates.get("source").asText()).isEqualTo("default");
    }

    /** Today's target once the scheduler, woken by enabling, has planned the day. */
    private int awaitTodayTarget(String username) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode target = admin.get("/api/accounts/" + username).get("limits").get("saves_per_day").get("today_target");
        while (target.isNull() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            target = admin.get("/api/accounts/" + username).get("limits").get("saves_per_day").get("today_target");
        }
        return target.asInt();
    }

    @Test
    void creates_limit_is_set_and_reported_with_its_source() {
        JsonNode before = admin.get("/api/accounts/cozyhomecorner").get("limits").get("creates_per_day");

        admin.postJson("/api/accounts/cozyhomecorner/creates-limit", Map.of("daily_creates", 12));

        JsonNode after = admin.get("/api/accounts/cozyhomecorner").get("limits").get("creates_per_day");
        assertThat(before.get("source").asText()).isEqualTo("default");
        assertThat(after.get("daily_creates").asInt()).isEqualTo(12);
        assertThat(after.get("source").asText()).isEqualTo("override");
        assertThat(admin.postJson("/api/accounts/cozyhomecorner/creates-limit", Map.of("daily_creates", "ten"))
                .status()).isEqualTo(400);
    }

    @Test
    void batch_changes_answer_per_username() {
        Map<String, Object> categoryBody = new HashMap<>();
        categoryBody.put("usernames", List.of("cozyhomecorner", "ghost_account"));
        categoryBody.put("category_id", null);

        ApiClient.Answer category = admin.postJson("/api/accounts/batch/set-category", categoryBody);
        ApiClient.Answer mode = admin.postJson("/api/accounts/batch/proxy-mode",
                Map.of("usernames", List.of("cozyhomecorner", "trailandtable"), "mode", "custom"));
        ApiClient.Answer direct = admin.postJson("/api/accounts/batch/direct-save",
                Map.of("usernames", List.of("cozyhomecorner"), "enabled", true));
        ApiClient.Answer saves = admin.postJson("/api/automation/batch/saves-limit",
                Map.of("usernames", List.of("cozyhomecorner", "trailandtable"), "daily_saves_limit_max", 4));
        ApiClient.Answer creates = admin.postJson("/api/automation/batch/creates-limit",
                Map.of("usernames", List.of("cozyhomecorner"), "daily_creates", 3));

        assertThat(category.get("results").get("cozyhomecorner").asText()).isEqualTo("updated");
        assertThat(category.get("results").get("ghost_account").asText()).isEqualTo("not found");
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("category").isNull()).isTrue();
        assertThat(mode.get("results").get("cozyhomecorner").asText()).startsWith("error:");
        assertThat(direct.get("results").get("cozyhomecorner").asText()).isEqualTo("updated");
        assertThat(saves.get("results").get("trailandtable").asText()).isEqualTo("updated");
        assertThat(admin.get("/api/accounts/trailandtable").get("daily_saves_limit_max").asInt()).isEqualTo(4);
        assertThat(creates.get("results").get("cozyhomecorner").asText()).isEqualTo("updated");
    }

    @Test
    void a_batch_with_an_unknown_category_changes_nothing() {
        ApiClient.Answer answer = admin.postJson("/api/accounts/batch/set-category",
                Map.of("usernames", List.of("cozyhomecorner"), "category_id", 9999));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("category").asText()).isEqualTo("home");
    }

    @Test
    void set_category_without_a_category_or_with_a_misspelt_field_changes_nothing() {
        ApiClient.Answer misspelt = admin.postJson("/api/accounts/batch/set-category",
                Map.of("usernames", List.of("cozyhomecorner"), "categoryId", 3));
        ApiClient.Answer missing = admin.postJson("/api/accounts/batch/set-category",
                Map.of("usernames", List.of("cozyhomecorner")));

        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.error()).contains("'categoryId'").contains("category_id");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error()).contains("'category_id' is required");
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("category").asText()).isEqualTo("home");
    }

    @Test
    void set_category_takes_a_name_and_refuses_a_name_and_an_id_that_disagree() {
        long food = admin.get("/api/accounts/mindfulrecipes").get("category_id").asLong();
        Map<String, Object> nullAndName = new HashMap<>();
        nullAndName.put("usernames", List.of("cozyhomecorner"));
        nullAndName.put("category_id", null);
        nullAndName.put("category", "food");

        ApiClient.Answer disagree = admin.postJson("/api/accounts/batch/set-category",
                Map.of("usernames", List.of("cozyhomecorner"), "category_id", food, "category", "garden"));
        ApiClient.Answer contradict = admin.postJson("/api/accounts/batch/set-category", nullAndName);
        ApiClient.Answer agree = admin.postJson("/api/accounts/batch/set-category",
                Map.of("usernames", List.of("cozyhomecorner"), "category_id", food, "category", "Food"));
        ApiClient.Answer byName = admin.postJson("/api/accounts/batch/set-category",
                Map.of("usernames", List.of("trailandtable"), "category", "garden"));

        assertThat(disagree.status()).isEqualTo(400);
        assertThat(disagree.error()).contains("'garden'").contains("category_id " + food).contains("(food)");
        assertThat(contradict.status()).isEqualTo(400);
        assertThat(agree.get("results").get("cozyhomecorner").asText()).isEqualTo("updated");
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("category").asText()).isEqualTo("food");
        assertThat(byName.get("results").get("trailandtable").asText()).isEqualTo("updated");
        assertThat(admin.get("/api/accounts/trailandtable").get("category").asText()).isEqualTo("garden");
    }

    @Test
    void update_refuses_a_category_and_an_id_that_disagree() {
        long food = admin.get("/api/accounts/mindfulrecipes").get("category_id").asLong();

        ApiClient.Answer form = admin.postMultipart("/api/accounts/cozyhomecorner/update",
                text("category", "garden"), text("category_id", Long.toString(food)));
        ApiClient.Answer json = admin.putJson("/api/accounts/cozyhomecorner/update",
                Map.of("category", "garden", "category_id", food));

        assertThat(form.status()).isEqualTo(400);
        assertThat(form.error()).contains("different categories");
        assertThat(json.status()).isEqualTo(400);
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("category").asText()).isEqualTo("home");
    }

    @Test
    void an_update_with_nothing_to_change_or_an_unknown_field_changes_nothing() {
        ApiClient.Answer emptyForm = admin.postMultipart("/api/accounts/cozyhomecorner/update");
        ApiClient.Answer emptyJson = admin.putJson("/api/accounts/cozyhomecorner/update", Map.of());
        ApiClient.Answer misspeltForm = admin.postMultipart("/api/accounts/cozyhomecorner/update",
                text("proxy", "10.0.0.1:8080"), text("categry", "garden"));
        ApiClient.Answer misspeltJson = admin.putJson("/api/accounts/cozyhomecorner/update",
                Map.of("proxy", "10.0.0.1:8080", "categoryId", 3));

        assertThat(emptyForm.status()).isEqualTo(400);
        assertThat(emptyForm.error()).startsWith("nothing to change");
        assertThat(emptyJson.status()).isEqualTo(400);
        assertThat(emptyJson.error()).startsWith("nothing to change");
        assertThat(misspeltForm.status()).isEqualTo(400);
        assertThat(misspeltForm.error()).contains("'categry'");
        assertThat(misspeltJson.status()).isEqualTo(400);
        assertThat(misspeltJson.error()).contains("'categoryId'");
        JsonNode detail = admin.get("/api/accounts/cozyhomecorner").json();
        assertThat(detail.get("category").asText()).isEqualTo("home");
        assertThat(detail.get("proxy").asText()).isEmpty();
    }

    @Test
    void a_bulk_import_row_whose_category_and_id_disagree_is_refused() {
        long food = admin.get("/api/accounts/mindfulrecipes").get("category_id").asLong();

        ApiClient.Answer answer = admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "agreeing", "category", "food", "category_id", food),
                Map.of("username", "disagreeing", "category", "garden", "category_id", food))));

        assertThat(answer.get("imported").asInt()).isEqualTo(1);
        assertThat(answer.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(answer.get("errors").get(0).get("error").asText()).contains("different categories");
        assertThat(admin.get("/api/accounts/agreeing").get("category").asText()).isEqualTo("food");
        assertThat(admin.get("/api/accounts/disagreeing").status()).isEqualTo(404);
    }

    @Test
    void the_schedule_shows_the_plan_in_force() {
        Fleet.connected(admin, "planned", "sim_at_planned");
        admin.post("/api/automation/planned/enable");

        JsonNode schedule = admin.get("/api/accounts/planned/schedule").json();
        JsonNode posted = admin.postJson("/api/accounts/planned/schedule", Map.of("anything", 1)).json();

        assertThat(schedule.get("managed_by").asText()).isEqualTo("smart_saves_schedule");
        assertThat(schedule.get("automation_enabled").asBoolean()).isTrue();
        assertThat(schedule.get("automation_day").asInt()).isEqualTo(1);
        assertThat(schedule.get("week").asInt()).isEqualTo(1);
        assertThat(schedule.get("schedule_row").get("min_saves").asInt()).isEqualTo(3);
        assertThat(schedule.get("schedule_row").get("max_saves").asInt()).isEqualTo(8);
        assertThat(posted.get("managed_by").asText()).isEqualTo("smart_saves_schedule");
    }

    @Test
    void listings_filter_by_proxy_mode_status_and_week() {
        admin.putJson("/api/accounts/trailandtable/update", Map.of("proxy", "10.0.0.1:8080"));
        Fleet.connected(admin, "weekling", "sim_at_weekling");
        admin.post("/api/automation/weekling/enable");

        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?proxy_mode=custom").json()))
                .containsExactly("trailandtable");
        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?status=sleeping").json()))
                .containsExactly("weekling");
        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?week=1").json())).containsExactly("weekling");
        assertThat(admin.get("/api/accounts?week=2").get("total").asInt()).isZero();
        assertThat(admin.get("/api/accounts?status=disabled").get("total").asInt()).isEqualTo(13);
        assertThat(admin.get("/api/accounts?status=asleep").status()).isEqualTo(400);
        assertThat(admin.get("/api/accounts?proxy_mode=vpn").status()).isEqualTo(400);
        assertThat(admin.get("/api/accounts?week=0").status()).isEqualTo(400);
    }

    @Test
    void the_bulk_upload_creates_new_accounts_and_updates_existing_ones_from_folders_leaving_system_files_out() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/bulk-upload",
                file("files", "accounts/cozyhomecorner/cookies.json", RunningServer.sample("accounts/cookies.json")),
                file("files", "accounts/brand_new/cookies.json", RunningServer.sample("accounts/cookies.json")),
                file("files", "accounts/brand_new/fingerprint.json", RunningServer.sample("accounts/fingerprint.json")),
                file("files", "accounts/notes.txt", "not an account file"),
                file("files", "accounts/.DS_Store", "\u0000\u0000\u0000\u0001Bud1"),
                file("files", "accounts/brand_new/._cookies.json", "\u0000\u0005\u0016\u0007"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("created").asInt()).isEqualTo(1);
        assertThat(answer.get("updated").asInt()).isEqualTo(1);
        assertThat(answer.get("errors")).hasSize(1);
        assertThat(answer.get("errors").get(0).get("file").asText()).isEqualTo("accounts/notes.txt");
        assertThat(admin.get("/api/accounts/brand_new").get("has_fingerprint").asBoolean()).isTrue();
        assertThat(admin.get("/api/accounts/cozyhomecorner").get("auth_status").asText()).isEqualTo("connected");
        assertThat(answer.get("accounts")).allSatisfy(account -> assertThat(account.get("warnings")).isEmpty());
    }

    @Test
    void a_bulk_upload_giving_an_account_two_cookies_files_is_refused_naming_both() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/bulk-upload",
                file("files", "upload/dupe_a/cookies.json", RunningServer.sample("accounts/cookies.json")),
                file("files", "upload/DUPE_A/cookies.json", "{\"not\": \"tokens\"}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("upload/dupe_a/cookies.json").contains("upload/DUPE_A/cookies.json");
        assertThat(admin.get("/api/accounts/dupe_a").status()).isEqualTo(404);
    }

    @Test
    void a_bulk_upload_that_would_replace_a_working_token_set_with_none_is_refused() {
        Fleet.connected(admin, "working", "sim_at_working");

        ApiClient.Answer answer = admin.postMultipart("/api/accounts/bulk-upload",
                file("files", "upload/working/cookies.json", "{\"not\": \"tokens\"}"),
                file("files", "upload/working/fingerprint.json", RunningServer.sample("accounts/fingerprint.json")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("errors").get(0).get("file").asText()).isEqualTo("upload/working/cookies.json");
        assertThat(answer.error()).contains("holds no token set");
        JsonNode detail = admin.get("/api/accounts/working").json();
        assertThat(detail.get("auth_status").asText()).isEqualTo("connected");
        assertThat(detail.get("has_fingerprint").asBoolean()).isFalse();
    }
}
