package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportsHttpTest {

    private static final String[] LEGACY_FILES = {"accounts.csv",
        "Accounts/mindfulrecipes/cookies.json", "Accounts/mindfulrecipes/fingerprint.json",
        "Accounts/cozyhomecorner/cookies.json", "Accounts/cozyhomecorner/fingerprint.json",
        "Accounts/trailandtable/cookies.json", "Accounts/trailandtable/fingerprint.json",
        "Accounts/petitepaperie/cookies.json", "Accounts/petitepaperie/fingerprint.json",
        "Accounts/greenthumbdaily/cookies.json", "Accounts/greenthumbdaily/fingerprint.json",
        "Accounts/wanderlitmaps/cookies.json", "Accounts/wanderlitmaps/fingerprint.json"};

    @TempDir
    Path dataDir;

    private RunningServer server;
    private ApiClient admin;

    private void start() {
        server = RunningServer.start(dataDir);
        admin = server.admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_older_installations_folder_is_imported_once() throws IOException {
        copyLegacyFolder();
        start();

        ApiClient.Answer first = admin.post("/api/accounts/sync");
        ApiClient.Answer second = admin.post("/api/accounts/sync");

        assertThat(first.get("imported").asInt()).isEqualTo(6);
        assertThat(first.get("sync_queued").asInt()).isEqualTo(6);
        assertThat(first.get("errors")).isEmpty();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.get("imported").asInt()).isZero();
        assertThat(second.get("skipped").asInt()).isEqualTo(6);
        JsonNode trail = admin.get("/api/accounts/trailandtable").json();
        assertThat(trail.get("proxy").asText()).isEqualTo("http://user7:****@proxy.example.net:8080");
        assertThat(trail.get("auth_status").asText()).isEqualTo("connected");
        assertThat(trail.get("has_fingerprint").asBoolean()).isTrue();
        assertThat(awaitSyncs().get("done").asInt()).isEqualTo(6);
    }

    @Test
    void an_accounts_csv_row_with_more_cells_than_the_header_is_refused() throws IOException {
        Files.writeString(dataDir.resolve("accounts.csv"), "username,proxy,proxy_mode,category\n"
                + "fits_well,,direct,food\n"
                + "split_row,,direct,food,baking\n");
        start();

        ApiClient.Answer answer = admin.post("/api/accounts/sync");

        assertThat(answer.get("imported_usernames")).extracting(JsonNode::asText).containsExactly("fits_well");
        assertThat(answer.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(answer.get("errors").get(0).get("error").asText()).contains("5 cells where the header has 4");
        assertThat(admin.get("/api/accounts/split_row").status()).isEqualTo(404);
    }

    @Test
    void a_sync_in_which_no_row_of_accounts_csv_is_valid_adds_nothing_and_is_a_400_listing_every_row()
            throws IOException {
        write("accounts.csv", "username,proxy_mode\nbad name,direct\nzz,direct\n");
        start();

        ApiClient.Answer answer = admin.post("/api/accounts/sync");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).startsWith("no account imported: accounts.csv line 2:");
        assertThat(answer.get("errors")).extracting(error -> error.get("file").asText() + ":"
                + error.get("line").asInt() + ":" + error.get("value").asText())
                .containsExactly("accounts.csv:2:bad name", "accounts.csv:3:zz");
        assertThat(admin.get("/api/accounts").get("accounts")).isEmpty();
    }

    @Test
    void a_sync_of_an_accounts_csv_with_a_header_and_no_rows_is_a_400_saying_so() throws IOException {
        write("accounts.csv", "username,proxy_mode\r\n\r\n");
        start();

        ApiClient.Answer answer = admin.post("/api/accounts/sync");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("accounts.csv holds no accounts");
    }

    @Test
    void the_sync_finds_credential_files_in_any_case_and_warns_of_each_unusable_one() throws IOException {
        write("accounts.csv", """
                username,proxy,proxy_mode,category
                syncnew_case2,,direct,
                syncnew_broken,,direct,
                syncnew_expired,,direct,
                syncnew_missing,,direct,
                """);
        write("accounts/SyncNew_Case2/Cookies.json", tokenFile("sim_at_case2", "\"2099-01-01T00:00:00Z\""));
        write("Accounts/syncnew_broken/cookies.json", "{\"access_token\": \"sim_at_broken\", \"refr");
        write("Accounts/syncnew_expired/cookies.json", tokenFile("sim_at_expired", "\"2020-01-01T00:00:00Z\""));
        start();

        ApiClient.Answer answer = admin.post("/api/accounts/sync");

        assertThat(answer.get("imported").asInt()).isEqualTo(4);
        assertThat(answer.get("errors")).isEmpty();
        assertThat(answer.get("sync_queued").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/accounts/syncnew_case2").get("auth_status").asText()).isEqualTo("connected");
        assertThat(admin.get("/api/accounts/syncnew_case2").get("has_cookies").asBoolean()).isTrue();
        assertThat(answer.get("warnings")).extracting(warning -> warning.get("username").asText())
                .containsExactly("syncnew_broken", "syncnew_expired", "syncnew_missing");
        assertThat(answer.get("warnings").get(0).get("warning").asText()).contains("not JSON");
        assertThat(answer.get("warnings").get(1).get("warning").asText()).contains("expired at 2020-01-01T00:00:00Z");
        assertThat(answer.get("warnings").get(2).get("warning").asText())
                .contains("no Accounts/syncnew_missing/cookies.json");
    }

    @Test
    void the_sync_leaves_out_an_account_whose_cookies_file_is_there_in_two_spellings() throws IOException {
        write("accounts.csv", "username\nsyncnew_twice\nsyncnew_once\n");
        write("Accounts/syncnew_twice/cookies.json", tokenFile("sim_at_twice", "\"2099-01-01T00:00:00Z\""));
        write("Accounts/SYNCNEW_TWICE/cookies.json", "{\"not\": \"tokens\"}");
        write("Accounts/syncnew_once/cookies.json", tokenFile("sim_at_once", "\"2099-01-01T00:00:00Z\""));
        start();

        ApiClient.Answer answer = admin.post("/api/accounts/sync");

        assertThat(answer.get("imported_usernames")).extracting(JsonNode::asText).containsExactly("syncnew_once");
        assertThat(answer.get("errors")).hasSize(1);
        assertThat(answer.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(answer.get("errors").get(0).get("error").asText())
                .contains("Accounts/SYNCNEW_TWICE/cookies.json").contains("Accounts/syncnew_twice/cookies.json");
        assertThat(admin.get("/api/accounts/syncnew_twice").status()).isEqualTo(404);
    }

    @Test
    void without_an_accounts_csv_the_sync_is_a_404_naming_the_directory() {
        start();

        ApiClient.Answer answer = admin.post("/api/accounts/sync");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.error()).contains("accounts.csv").contains(dataDir.getFileName().toString());
    }

    @Test
    void the_sample_cookie_archive_updates_every_imported_account_and_syncs_their_boards() {
        start();
        admin.postJson("/api/accounts/bulk-import", RunningServer.sample("accounts/bulk-import.json"));

        ApiClient.Answer answer = admin.postMultipart("/api/import/cookies",
                new ApiClient.Part("zip", "cookies.zip", RunningServer.sampleBytes("accounts/cookies.zip")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("updated_count").asInt()).isEqualTo(13);
        assertThat(answer.get("skipped_count").asInt()).isZero();
        assertThat(answer.get("error_count").asInt()).isZero();
        assertThat(answer.get("sync_queued").asInt()).isEqualTo(13);
        assertThat(admin.get("/api/accounts?per_page=200").get("accounts"))
                .allSatisfy(account -> assertThat(account.get("auth_status").asText()).isEqualTo("connected"));
        assertThat(admin.get("/api/accounts/tinyloftideas").get("has_fingerprint").asBoolean()).isFalse();
        assertThat(awaitSyncs().get("done").asInt()).isEqualTo(13);
    }

    @Test
    void a_cookie_archive_skips_unknown_usernames_and_reports_stray_files() {
        start();
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(Map.of("username",
                "knownuser"))));
        byte[] archive = zip(Map.of("exported/knownuser/cookies.json", "{\"access_token\": \"t\"}",
                "exported/strangers/cookies.json", "{\"access_token\": \"t\"}",
                "__MACOSX/exported/._knownuser", "junk", "exported/readme.md", "hello"));

        ApiClient.Answer answer = admin.postMultipart("/api/import/cookies",
                new ApiClient.Part("zip", "export.zip", archive));

        assertThat(answer.get("updated_count").asInt()).isEqualTo(1);
        assertThat(answer.get("skipped").get(0).get("username").asText()).isEqualTo("strangers");
        assertThat(answer.get("errors")).hasSize(1);
        assertThat(answer.get("errors").get(0).get("file").asText()).isEqualTo("exported/readme.md");
    }

    @Test
    void a_cookie_archive_says_per_account_what_is_wrong_with_its_files_and_how_an_expiry_was_counted() {
        start();
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(Map.of("username", "browser_export"),
                Map.of("username", "oauth_answer"))));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("browser_export/cookies.json", "[{\"name\": \"_pinterest_sess\", \"value\": \"abc\"}]");
        entries.put("oauth_answer/cookies.json", "{\"access_token\": \"pina_x\", \"refresh_token\": \"pinr_x\","
                + " \"expires_in\": 2592000, \"token_type\": \"bearer\"}");

        ApiClient.Answer answer = admin.postMultipart("/api/import/cookies",
                new ApiClient.Part("zip", "export.zip", zip(entries)));

        JsonNode browserExport = answer.get("updated").get(0);
        JsonNode oauthAnswer = answer.get("updated").get(1);
        assertThat(browserExport.get("auth_status").asText()).isEqualTo("needs_auth");
        assertThat(browserExport.get("warnings").get(0).asText()).contains("holds no token set");
        assertThat(oauthAnswer.get("auth_status").asText()).isEqualTo("connected");
        assertThat(oauthAnswer.get("warnings")).isEmpty();
        assertThat(oauthAnswer.get("notes").get(0).asText()).contains("expires_in");
    }

    @Test
    void a_cookie_archive_giving_an_account_two_cookies_files_changes_nothing_of_it_and_names_both() {
        start();
        Fleet.connected(admin, "zdup_one", "sim_at_zdup_one");
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(Map.of("username", "zdup_two"))));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("zdup_one/cookies.json", tokenFile("sim_at_zdup_new", "\"2099-01-01T00:00:00Z\""));
        entries.put("zdup_one/fingerprint.json", "{\"timezone\": \"UTC\"}");
        entries.put("ZDUP_ONE/cookies.json", "{\"not\": \"tokens\"}");
        entries.put("zdup_two/cookies.json", tokenFile("sim_at_zdup_two", "\"2099-01-01T00:00:00Z\""));

        ApiClient.Answer answer = admin.postMultipart("/api/import/cookies",
                new ApiClient.Part("zip", "export.zip", zip(entries)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("updated")).extracting(update -> update.get("username").asText())
                .containsExactly("zdup_two");
        assertThat(answer.get("error_count").asInt()).isEqualTo(1);
        assertThat(answer.get("errors").get(0).get("value").asText()).isEqualTo("zdup_one");
        assertThat(answer.get("errors").get(0).get("error").asText())
                .contains("zdup_one/cookies.json").contains("ZDUP_ONE/cookies.json");
        JsonNode kept = admin.get("/api/accounts/zdup_one").json();
        assertThat(kept.get("auth_status").asText()).isEqualTo("connected");
        assertThat(kept.get("has_fingerprint").asBoolean()).isFalse();
    }

    @Test
    void a_cookie_archive_leaves_a_connected_account_its_token_set_rather_than_replace_it_with_none() {
        start();
        Fleet.connected(admin, "working", "sim_at_working");
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(Map.of("username", "waiting"))));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("working/cookies.json", "{\"not\": \"tokens\"}");
        entries.put("working/fingerprint.json", "{\"timezone\": \"UTC\"}");
        entries.put("waiting/cookies.json", tokenFile("sim_at_waiting", "\"2099-01-01T00:00:00Z\""));

        ApiClient.Answer answer = admin.postMultipart("/api/import/cookies",
                new ApiClient.Part("zip", "export.zip", zip(entries)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("updated")).extracting(update -> update.get("username").asText())
                .containsExactly("waiting");
        assertThat(answer.get("errors")).hasSize(1);
        assertThat(answer.get("errors").get(0).get("file").asText()).isEqualTo("working/cookies.json");
        assertThat(answer.get("errors").get(0).get("error").asText()).contains("holds no token set");
        JsonNode kept = admin.get("/api/accounts/working").json();
        assertThat(kept.get("auth_status").asText()).isEqualTo("connected");
        assertThat(kept.get("has_fingerprint").asBoolean()).isFalse();
    }

    @Test
    void a_cookie_archive_in_which_no_account_gets_its_files_is_a_400_listing_each_file() {
        start();

        String cookies = "{\"access_token\": \"t\"}";

        ApiClient.Answer ghostOnly = admin.postMultipart("/api/import/cookies",
                new ApiClient.Part("zip", "export.zip", zip(Map.of("ghost1/cookies.json", cookies))));
        ApiClient.Answer withStray = admin.postMultipart("/api/import/cookies", new ApiClient.Part("zip", "export.zip",
                zip(Map.of("ghost1/cookies.json", cookies, "notes.txt", "hello"))));

        assertThat(ghostOnly.status()).isEqualTo(400);
        assertThat(ghostOnly.error())
                .isEqualTo("no credential file imported: ghost1/cookies.json: no account with this username");
        assertThat(ghostOnly.get("errors").get(0).get("file").asText()).isEqualTo("ghost1/cookies.json");
        assertThat(ghostOnly.get("errors").get(0).get("value").asText()).isEqualTo("ghost1");
        assertThat(withStray.status()).isEqualTo(400);
        assertThat(withStray.get("errors")).extracting(error -> error.get("file").asText())
                .containsExactlyInAnyOrder("ghost1/cookies.json", "notes.txt");
        assertThat(admin.get("/api/accounts/ghost1").status()).isEqualTo(404);
    }

    @Test
    void something_that_is_not_a_zip_is_refused_naming_the_file() {
        start();

        ApiClient.Answer answer = admin.postMultipart("/api/import/cookies",
                file("zip", "cookies.zip", "this is not an archive"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).startsWith("cookies.zip:");
    }

    @Test
    void the_sample_boards_saves_and_pins_files_import_per_file_and_per_account() {
        start();
        admin.postJson("/api/accounts/bulk-import", RunningServer.sample("accounts/bulk-import.json"));

        ApiClient.Answer boards = admin.postMultipart("/api/import/boards",
                sampleFile("boards/mindfulrecipes_boards.csv"), sampleFile("boards/cozyhomecorner_boards.csv"));
        ApiClient.Answer saves = admin.postMultipart("/api/import/save-queue",
                sampleFile("save-queues/mindfulrecipes_saves.txt"), sampleFile("save-queues/cozyhomecorner_saves.csv"));
        ApiClient.Answer pins = admin.postMultipart("/api/import/pins",
                sampleFile("pins/mindfulrecipes_pins.csv"), sampleFile("pins/cozyhomecorner_pins.csv"));

        assertThat(boards.get("files").get(0).get("added").asInt()).isEqualTo(6);
        assertThat(boards.get("files").get(1).get("added").asInt()).isEqualTo(4);
        assertThat(saves.get("files").get(0).get("added").asInt()).isEqualTo(40);
        assertThat(saves.get("files").get(1).get("added").asInt()).isEqualTo(20);
        assertThat(saves.get("files")).allSatisfy(f -> assertThat(f.get("errors")).isEmpty());
        assertThat(pins.get("files").get(0).get("added").asInt()).isEqualTo(14);
        assertThat(pins.get("files").get(1).get("added").asInt()).isEqualTo(12);
        assertThat(pins.get("files")).allSatisfy(f -> assertThat(f.get("errors")).isEmpty());
        JsonNode noodles = admin.get("/api/accounts/mindfulrecipes/pins/queue").get("pins").get(1);
        assertThat(noodles.get("description").asText()).contains("\"a splash\"").contains("\n");
        JsonNode accented = admin.get("/api/accounts/mindfulrecipes/pins/queue").get("pins").get(2);
        assertThat(accented.get("title").asText()).startsWith("Crème brûlée");
    }

    @Test
    void files_in_one_import_succeed_or_fail_on_their_own() {
        start();
        admin.postJson("/api/accounts/bulk-import", RunningServer.sample("accounts/bulk-import.json"));
        byte[] archive = zip(Map.of(
                "mindfulrecipes_boards.csv", RunningServer.sample("boards/mindfulrecipes_boards.csv"),
                "nobody_at_all_boards.csv", "name\nX\n",
                "boards.csv", "name\nY\n"));

        ApiClient.Answer answer = admin.postMultipart("/api/import/boards",
                new ApiClient.Part("zip", "boards.zip", archive));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("imported_files").asInt()).isEqualTo(1);
        assertThat(answer.get("error_count").asInt()).isEqualTo(2);
        assertThat(answer.get("files").toString()).contains("Account not found: nobody_at_all")
                .contains("<username>_boards.csv");
    }

    @Test
    void an_import_in_which_no_file_applies_is_a_400() {
        start();

        ApiClient.Answer answer = admin.postMultipart("/api/import/save-queue",
                file("files", "ghost_user_saves.txt", "123\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).startsWith("no file imported: ghost_user_saves.txt");
    }

    @Test
    void an_import_in_which_no_row_is_valid_is_a_400_listing_every_row_with_its_file_and_line() {
        start();
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(Map.of("username", "rowsbad"))));

        ApiClient.Answer answer = admin.postMultipart("/api/import/boards",
                file("files", "rowsbad_boards.csv", "name,privacy\n,public\nX,bogus\nY,weird\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("no file imported: rowsbad_boards.csv line 2: board name is empty"
                + " (and 2 more)");
        assertThat(answer.get("errors")).extracting(error -> error.get("file").asText() + ":"
                + error.get("line").asInt() + ":" + error.get("value").asText())
                .containsExactly("rowsbad_boards.csv:2:,public", "rowsbad_boards.csv:3:X,bogus",
                        "rowsbad_boards.csv:4:Y,weird");
        assertThat(answer.get("errors").get(1).get("error").asText()).contains("bogus");
        assertThat(admin.get("/api/accounts/rowsbad/boards").get("boards")).isEmpty();
    }

    @Test
    void a_400_for_files_lists_the_rows_of_each_file_and_each_file_that_names_no_account() {
        start();
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(Map.of("username", "rowsbad"))));

        ApiClient.Answer answer = admin.postMultipart("/api/import/save-queue",
                file("files", "ghost_user_saves.txt", "123\n"),
                file("files", "rowsbad_saves.txt", "not a pin\n# a comment\nhttps://example.com/pin/1\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("errors")).hasSize(3);
        assertThat(answer.get("errors").get(0).get("file").asText()).isEqualTo("ghost_user_saves.txt");
        assertThat(answer.get("errors").get(0).get("error").asText()).contains("Account not found: ghost_user");
        assertThat(answer.get("errors").get(1).get("line").asInt()).isEqualTo(1);
        assertThat(answer.get("errors").get(2).get("line").asInt()).isEqualTo(3);
        assertThat(answer.get("errors").get(2).get("file").asText()).isEqualTo("rowsbad_saves.txt");
    }

    @Test
    void a_file_that_fails_is_named_once_in_each_message() {
        start();
        admin.postJson("/api/accounts/bulk-import", RunningServer.sample("accounts/bulk-import.json"));

        ApiClient.Answer broken = admin.postMultipart("/api/import/boards",
                file("files", "cozyhomecorner_boards.csv", "name,description\nGood,\"never closed\n"));
        ApiClient.Answer noRow = admin.postMultipart("/api/import/pins",
                file("files", "cozyhomecorner_pins.csv", "board,image_url\nNo Such Board,https://example.com/1.jpg\n"));

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.error()).isEqualTo("no file imported: cozyhomecorner_boards.csv: line 2: a quoted cell is"
                + " never closed (a \" without its closing \")");
        assertThat(broken.get("errors").get(0).get("error").asText()).startsWith("line 2:");
        assertThat(noRow.error()).startsWith("no file imported: cozyhomecorner_pins.csv line 2:");
        assertThat(noRow.get("errors").get(0).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void outcomes_name_the_account_as_it_is_spelt_here() {
        start();
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(Map.of("username", "Enc_Pipe"))));

        ApiClient.Answer answer = admin.postMultipart("/api/import/boards",
                file("files", "ENC_PIPE_boards.csv", "name|privacy\nPiped|secret\n"));

        assertThat(answer.get("files").get(0).get("username").asText()).isEqualTo("Enc_Pipe");
        assertThat(answer.get("files").get(0).get("added").asInt()).isEqualTo(1);
    }

    @Test
    void a_workbook_is_refused_with_advice_to_save_it_as_csv() {
        start();
        admin.postJson("/api/accounts/bulk-import", RunningServer.sample("accounts/bulk-import.json"));

        ApiClient.Answer answer = admin.postMultipart("/api/import/boards",
                file("files", "cozyhomecorner_boards.xlsx", "PK\u0003\u0004 not really a workbook"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("errors").get(0).get("error").asText())
                .isEqualTo("spreadsheet workbooks are not read; save the sheet as CSV (cozyhomecorner_boards.csv)"
                        + " and upload that");
    }

    @Test
    void a_windows_path_sent_as_the_file_name_is_read_for_its_last_part() {
        start();
        admin.postJson("/api/accounts/bulk-import", RunningServer.sample("accounts/bulk-import.json"));

        ApiClient.Answer imported = admin.postMultipart("/api/import/boards",
                file("files", "C:\\fakepath\\cozyhomecorner_boards.csv", "name\nFrom Windows\n"));
        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/mindfulrecipes/upload-boards",
                file("csv", "C:\\Users\\me\\Desktop\\boards.csv", "name,privacy\nGood,public\nBad,hidden\n"));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.get("files").get(0).get("file").asText()).isEqualTo("cozyhomecorner_boards.csv");
        assertThat(imported.get("files").get(0).get("added").asInt()).isEqualTo(1);
        assertThat(uploaded.get("errors").get(0).get("file").asText()).isEqualTo("boards.csv");
    }

    private JsonNode awaitSyncs() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode status = admin.get("/api/accounts/sync-status").json();
        while (status.get("in_progress").asBoolean() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            status = admin.get("/api/accounts/sync-status").json();
        }
        return status;
    }

    private void write(String path, String content) throws IOException {
        Path target = dataDir.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
    }

    private static String tokenFile(String accessToken, String expiry) {
        return "{\"access_token\": \"" + accessToken + "\", \"refresh_token\": \"r_" + accessToken
                + "\", \"expires_at\": " + expiry + "}";
    }

    private void copyLegacyFolder() throws IOException {
        for (String name : LEGACY_FILES) {
            Path target = dataDir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = getClass().getResourceAsStream("/samples/legacy/" + name)) {
                Files.write(target, in.readAllBytes());
            }
        }
    }

    private static ApiClient.Part sampleFile(String path) {
        return new ApiClient.Part("files", path.substring(path.lastIndexOf('/') + 1), RunningServer.sampleBytes(path));
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
