package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.file;
import static com.pinfleet.bootstrap.ApiClient.Part.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardsHttpTest {

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
    void the_sample_boards_file_creates_six_boards_on_pinterest() {
        Fleet.connected(admin, "mindfulrecipes", "sim_at_mindful");

        ApiClient.Answer uploaded = Fleet.uploadSampleBoards(admin, "mindfulrecipes");

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.get("board_count").asInt()).isEqualTo(6);
        assertThat(uploaded.get("synced").asBoolean()).isTrue();
        assertThat(uploaded.get("boards")).allSatisfy(board ->
                assertThat(board.get("board_id").asText()).matches("\\d+"));
        assertThat(names(admin.get("/api/accounts/mindfulrecipes/boards").json())).containsExactly("Easy Recipes",
                "Weeknight Dinners", "Baking Basics", "Meal Prep Ideas", "Healthy Snacks", "Drafts & Tests");
        JsonNode secret = admin.get("/api/accounts/mindfulrecipes/boards").get("boards").get(5);
        assertThat(secret.get("privacy").asText()).isEqualTo("secret");
    }

    @Test
    void uploading_the_same_boards_again_skips_them() {
        Fleet.connected(admin, "mindfulrecipes", "sim_at_mindful");
        Fleet.uploadSampleBoards(admin, "mindfulrecipes");

        ApiClient.Answer again = Fleet.uploadSampleBoards(admin, "mindfulrecipes");

        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("skipped")).hasSize(6);
        assertThat(again.get("board_count").asInt()).isEqualTo(6);
    }

    @Test
    void boards_of_an_account_that_needs_auth_are_kept_and_created_by_the_first_sync_once_connected() {
        admin.postMultipart("/api/accounts/add", text("username", "latecomer"));

        ApiClient.Answer uploaded = Fleet.uploadSampleBoards(admin, "latecomer");
        ApiClient.Answer syncBeforeConnecting = admin.post("/api/accounts/latecomer/sync-boards");

        assertThat(uploaded.get("synced").asBoolean()).isFalse();
        assertThat(uploaded.get("boards")).allSatisfy(board -> assertThat(board.get("board_id").isNull()).isTrue());
        assertThat(syncBeforeConnecting.status()).isEqualTo(409);
        assertThat(syncBeforeConnecting.error()).contains("not connected");
    }

    @Test
    void a_boards_file_reports_each_bad_row_with_its_line_and_adds_the_rest() {
        Fleet.connected(admin, "crafty", "sim_at_crafty");
        String csv = "name,description,privacy\nGood Board,,public\n,no name,public\nOther,,hidden\nLast One,,secret\n";

        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/crafty/upload-boards",
                file("csv", "boards.csv", csv));

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.get("added").asInt()).isEqualTo(2);
        assertThat(uploaded.get("errors")).hasSize(2);
        assertThat(uploaded.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(uploaded.get("errors").get(1).get("line").asInt()).isEqualTo(4);
        assertThat(uploaded.get("errors").get(1).get("error").asText()).contains("hidden");
        assertThat(uploaded.get("errors").get(1).get("file").asText()).isEqualTo("boards.csv");
    }

    @Test
    void a_boards_row_with_more_cells_than_its_columns_is_refused() {
        Fleet.connected(admin, "crafty", "sim_at_crafty");
        String csv = "Kept,Quick meals,public\nSplit,Quick, easy meals,public\nTrailing,,secret,,\n";

        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/crafty/upload-boards",
                file("csv", "boards.csv", csv));

        assertThat(uploaded.get("added").asInt()).isEqualTo(2);
        assertThat(uploaded.get("errors")).hasSize(1);
        assertThat(uploaded.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(uploaded.get("errors").get(0).get("error").asText()).contains("the row has 4 cells");
    }

    @Test
    void a_boards_header_without_a_name_column_or_with_one_twice_is_a_400_that_adds_nothing() {
        Fleet.connected(admin, "crafty", "sim_at_crafty");

        ApiClient.Answer noName = admin.postMultipart("/api/accounts/crafty/upload-boards",
                file("csv", "boards.csv", "description,privacy\nd,public\n"));
        ApiClient.Answer twice = admin.postMultipart("/api/accounts/crafty/upload-boards",
                file("csv", "boards.csv", "name,name,privacy\nFirst,Second,public\n"));

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.error()).contains("boards.csv").contains("no name column");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.error()).contains("boards.csv").contains("'name' more than once");
        assertThat(admin.get("/api/accounts/crafty/boards").get("board_count").asInt()).isZero();
    }

    @Test
    void a_boards_file_with_no_valid_row_adds_nothing_and_is_a_400() {
        Fleet.connected(admin, "crafty", "sim_at_crafty");

        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/crafty/upload-boards",
                file("csv", "boards.csv", "name,privacy\n,public\n"));

        assertThat(uploaded.status()).isEqualTo(400);
        assertThat(uploaded.error()).contains("boards.csv line 2");
        assertThat(admin.get("/api/accounts/crafty/boards").get("board_count").asInt()).isZero();
    }

    @Test
    void create_board_takes_one_board_a_list_or_a_list_of_names() {
        Fleet.connected(admin, "maker", "sim_at_maker");

        ApiClient.Answer single = admin.postJson("/api/accounts/maker/create-board",
                Map.of("name", "Board Name", "description", "one", "privacy", "public"));
        ApiClient.Answer many = admin.postJson("/api/accounts/maker/create-board", Map.of("boards", List.of(
                Map.of("name", "Board 1", "description", "...", "privacy", "public"),
                Map.of("name", "Board 2", "privacy", "secret"))));
        ApiClient.Answer named = admin.postJson("/api/accounts/maker/create-board",
                Map.of("names", List.of("Board 3", "Board 4"), "privacy", "secret"));

        assertThat(single.status()).isEqualTo(200);
        assertThat(many.get("created")).hasSize(2);
        assertThat(named.get("created")).hasSize(2);
        JsonNode boards = admin.get("/api/accounts/maker/boards").json();
        assertThat(names(boards)).containsExactly("Board Name", "Board 1", "Board 2", "Board 3", "Board 4");
        assertThat(boards.get("boards")).allSatisfy(board -> assertThat(board.get("on_pinterest").asBoolean())
                .isTrue());
    }

    @Test
    void creating_a_board_whose_name_exists_in_any_case_is_a_409() {
        Fleet.connected(admin, "maker", "sim_at_maker");
        admin.postJson("/api/accounts/maker/create-board", Map.of("name", "Garden"));

        ApiClient.Answer again = admin.postJson("/api/accounts/maker/create-board", Map.of("name", "GARDEN"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).contains("GARDEN");
    }

    @Test
    void create_board_refuses_a_bad_privacy_naming_the_board() {
        Fleet.connected(admin, "maker", "sim_at_maker");

        ApiClient.Answer answer = admin.postJson("/api/accounts/maker/create-board", Map.of("boards", List.of(
                Map.of("name", "Fine"), Map.of("name", "Odd", "privacy", "friends-only"))));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).startsWith("board 2:").contains("friends-only");
        assertThat(admin.get("/api/accounts/maker/boards").get("board_count").asInt()).isZero();
    }

    @Test
    void sync_boards_brings_in_boards_made_on_pinterest_by_another_account_of_the_same_user() {
        Fleet.connected(admin, "first_view", "sim_at_shared_user");
        Fleet.connected(admin, "second_view", "sim_at_shared_user");
        Fleet.uploadSampleBoards(admin, "first_view");

        ApiClient.Answer synced = admin.post("/api/accounts/second_view/sync-boards");

        assertThat(synced.status()).isEqualTo(200);
        assertThat(synced.get("fetched_boards").asInt()).isEqualTo(6);
        assertThat(synced.get("created_boards").asInt()).isZero();
        assertThat(admin.get("/api/accounts/second_view/boards").get("board_count").asInt()).isEqualTo(6);
    }

    @Test
    void a_deleted_board_is_gone_here_and_on_pinterest() {
        Fleet.connected(admin, "first_view", "sim_at_shared_user");
        Fleet.connected(admin, "second_view", "sim_at_shared_user");
        Fleet.uploadSampleBoards(admin, "first_view");
        String boardId = admin.get("/api/accounts/first_view/boards").get("boards").get(0).get("board_id").asText();

        ApiClient.Answer deleted = admin.delete("/api/accounts/first_view/boards/" + boardId);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(admin.get("/api/accounts/first_view/boards").get("board_count").asInt()).isEqualTo(5);
        assertThat(admin.post("/api/accounts/second_view/sync-boards").get("fetched_boards").asInt()).isEqualTo(5);
        assertThat(admin.delete("/api/accounts/first_view/boards/" + boardId).status()).isEqualTo(404);
    }

    private static List<String> names(JsonNode boards) {
        List<String> names = new ArrayList<>();
        boards.get("boards").forEach(board -> names.add(board.get("name").asText()));
        return names;
    }
}
