package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveQueueHttpTest {

    @TempDir
    Path dataDir;

    private RunningServer server;
    private ApiClient admin;

    @BeforeEach
    void start() {
        server = RunningServer.start(dataDir);
        admin = server.admin();
        Fleet.connected(admin, "mindfulrecipes", "sim_at_mindful");
        Fleet.uploadSampleBoards(admin, "mindfulrecipes");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_sample_save_queue_adds_forty_pending_pins_in_every_url_form() {
        ApiClient.Answer uploaded = Fleet.uploadSampleSaves(admin, "mindfulrecipes");

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.get("added").asInt()).isEqualTo(40);
        assertThat(uploaded.get("total").asInt()).isEqualTo(40);
        JsonNode queue = admin.get("/api/accounts/mindfulrecipes/save-queue").json();
        assertThat(queue.get("counts").get("pending").asInt()).isEqualTo(40);
        assertThat(queue.get("items").get(0).get("pin_id").asText()).isEqualTo("665234002987372764");
        assertThat(queue.get("items").get(2).get("pin_id").asText()).isEqualTo("335325209873545018");
        assertThat(queue.get("items").get(3).get("pin_id").asText()).isEqualTo("298750246289414544");
    }

    @Test
    void a_line_that_is_not_a_pin_is_reported_with_its_line_number() {
        String text = "https://www.pinterest.com/pin/111/\n\nhttps://example.com/pin/222/\n"
                + "https://pin.it/abcdEF\n# a comment\nhttps://de.pinterest.com/pin/333/?utm=x\n";

        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "saves.txt", text));

        assertThat(uploaded.get("added").asInt()).isEqualTo(2);
        assertThat(uploaded.get("errors")).hasSize(2);
        assertThat(uploaded.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(uploaded.get("errors").get(0).get("error").asText()).contains("not a Pinterest URL");
        assertThat(uploaded.get("errors").get(1).get("line").asInt()).isEqualTo(4);
        assertThat(uploaded.get("errors").get(1).get("error").asText()).contains("pin.it");
    }

    @Test
    void a_csv_queue_names_boards_and_rows_naming_unknown_boards_are_refused() {
        String csv = "url,board\nhttps://www.pinterest.com/pin/111/,Easy Recipes\n"
                + "https://www.pinterest.com/pin/222/,No Such Board\n444,\n";

        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "saves.csv", csv));

        assertThat(uploaded.get("added").asInt()).isEqualTo(2);
        assertThat(uploaded.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(uploaded.get("errors").get(0).get("error").asText()).contains("No Such Board");
        JsonNode items = admin.get("/api/accounts/mindfulrecipes/save-queue").get("items");
        assertThat(items.get(0).get("board").asText()).isEqualTo("Easy Recipes");
        assertThat(items.get(1).get("board").isNull()).isTrue();
    }

    @Test
    void a_csv_row_with_more_cells_than_its_columns_is_refused() {
        String withHeader = "url,board\nhttps://www.pinterest.com/pin/111/,Easy Recipes\n"
                + "https://www.pinterest.com/pin/222/,Easy Recipes,Weeknight Dinners\n";
        String withoutHeader = "333,Easy Recipes\n444,Easy Recipes,extra\n";

        ApiClient.Answer named = admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "saves.csv", withHeader));
        ApiClient.Answer bare = admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "bare.csv", withoutHeader));

        assertThat(named.get("added").asInt()).isEqualTo(1);
        assertThat(named.get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(named.get("errors").get(0).get("error").asText()).contains("3 cells where the header has 2");
        assertThat(bare.get("added").asInt()).isEqualTo(1);
        assertThat(bare.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(bare.get("errors").get(0).get("error").asText()).contains("3 cells where a row without a header");
    }

    @Test
    void pins_already_waiting_in_the_queue_are_skipped() {
        Fleet.uploadSampleSaves(admin, "mindfulrecipes");

        ApiClient.Answer again = Fleet.uploadSampleSaves(admin, "mindfulrecipes");

        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(40);
        assertThat(again.get("total").asInt()).isEqualTo(40);
    }

    @Test
    void a_file_with_no_pin_at_all_adds_nothing_and_is_a_400() {
        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "saves.txt", "hello\nworld\n"));

        assertThat(uploaded.status()).isEqualTo(400);
        assertThat(uploaded.error()).startsWith("no pin imported: saves.txt line 1:");
        assertThat(uploaded.get("errors")).hasSize(2);
        assertThat(admin.get("/api/accounts/mindfulrecipes/save-queue").get("counts").get("total").asInt()).isZero();
    }

    @Test
    void a_spreadsheet_or_unknown_file_type_is_refused_with_advice() {
        ApiClient.Answer xlsx = admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "saves.xlsx", "PK..."));
        ApiClient.Answer pdf = admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "saves.pdf", "%PDF"));
        ApiClient.Answer empty = admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                file("file", "saves.txt", ""));

        assertThat(xlsx.status()).isEqualTo(400);
        assertThat(xlsx.error()).contains("save the sheet as CSV");
        assertThat(pdf.error()).contains(".txt").contains(".csv");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.error()).contains("saves.txt");
    }

    @Test
    void an_item_is_removed_by_its_index_and_a_missing_index_is_a_404() {
        Fleet.uploadSampleSaves(admin, "mindfulrecipes");

        ApiClient.Answer removed = admin.delete("/api/accounts/mindfulrecipes/save-queue/1");
        ApiClient.Answer missing = admin.delete("/api/accounts/mindfulrecipes/save-queue/39");
        ApiClient.Answer notANumber = admin.delete("/api/accounts/mindfulrecipes/save-queue/first");

        assertThat(removed.get("removed").get("pin_id").asText()).isEqualTo("506597557444244448");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.error()).contains("39").contains("39 items");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(admin.get("/api/accounts/mindfulrecipes/save-queue").get("counts").get("total").asInt())
                .isEqualTo(39);
    }

    @Test
    void an_upload_for_an_unknown_account_is_a_404() {
        ApiClient.Answer answer = admin.postMultipart("/api/accounts/nobody_here/save-queue/upload",
                file("file", "saves.txt", "123\n"));

        assertThat(answer.status()).isEqualTo(404);
    }
}
