package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinQueueHttpTest {

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
    void a_pin_is_added_by_board_id_edited_and_removed_by_index() {
        String boardId = admin.get("/api/accounts/mindfulrecipes/boards").get("boards").get(1).get("board_id")
                .asText();

        ApiClient.Answer added = admin.postJson("/api/accounts/mindfulrecipes/pins/queue", Map.of(
                "board_id", boardId, "image_url", "https://example.com/image.jpg", "title", "My Pin",
                "description", "Pin description", "link", "https://example.com", "alt_text", "Alt text"));
        ApiClient.Answer edited = admin.putJson("/api/accounts/mindfulrecipes/pins/queue/0", Map.of(
                "board", "baking basics", "image_url", "https://example.com/other.jpg", "title", "Edited"));

        assertThat(added.get("pin").get("board").asText()).isEqualTo("Weeknight Dinners");
        assertThat(edited.get("pin").get("board").asText()).isEqualTo("Baking Basics");
        JsonNode queue = admin.get("/api/accounts/mindfulrecipes/pins/queue").json();
        assertThat(queue.get("counts").get("pending").asInt()).isEqualTo(1);
        assertThat(queue.get("pins").get(0).get("title").asText()).isEqualTo("Edited");
        assertThat(admin.delete("/api/accounts/mindfulrecipes/pins/queue/0").status()).isEqualTo(200);
        assertThat(admin.delete("/api/accounts/mindfulrecipes/pins/queue/0").status()).isEqualTo(404);
    }

    @Test
    void a_pin_over_pinterests_limits_or_on_an_unknown_board_is_refused() {
        ApiClient.Answer longTitle = admin.postJson("/api/accounts/mindfulrecipes/pins/queue", Map.of(
                "board", "Easy Recipes", "image_url", "https://example.com/a.jpg", "title", "x".repeat(101)));
        ApiClient.Answer noBoard = admin.postJson("/api/accounts/mindfulrecipes/pins/queue", Map.of(
                "board", "Nope", "image_url", "https://example.com/a.jpg"));
        ApiClient.Answer badImage = admin.postJson("/api/accounts/mindfulrecipes/pins/queue", Map.of(
                "board", "Easy Recipes", "image_url", "ftp://example.com/a.jpg"));

        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.error()).contains("title").contains("100");
        assertThat(noBoard.error()).contains("'Nope'");
        assertThat(badImage.error()).contains("image_url");
        assertThat(admin.get("/api/accounts/mindfulrecipes/pins/queue").get("counts").get("total").asInt()).isZero();
    }

    @Test
    void pinterests_bulk_template_uploads_with_its_quoted_newlines_and_accents() {
        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/mindfulrecipes/pins/upload-csv",
                new ApiClient.Part("csv", "mindfulrecipes_pins.csv",
                        RunningServer.sampleBytes("pins/mindfulrecipes_pins.csv")));

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.get("added").asInt()).isEqualTo(14);
        assertThat(uploaded.get("errors")).isEmpty();
        JsonNode first = admin.get("/api/accounts/mindfulrecipes/pins/queue").get("pins").get(0);
        assertThat(first.get("board").asText()).isEqualTo("Easy Recipes");
        assertThat(first.get("keywords").asText()).isEqualTo("recipe, dinner, easy");
    }

    @Test
    void rows_with_problems_are_reported_by_line_and_the_rest_added() {
        String csv = "board,image_url,title,publish_at\n"
                + "Easy Recipes,https://example.com/1.jpg,One,2026-12-31\n"
                + "Unknown Board,https://example.com/2.jpg,Two,\n"
                + "Easy Recipes,not a url,Three,\n"
                + "Easy Recipes,https://example.com/4.jpg,Four,someday\n";

        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/mindfulrecipes/pins/upload-csv",
                file("csv", "pins.csv", csv));

        assertThat(uploaded.get("added").asInt()).isEqualTo(1);
        assertThat(uploaded.get("errors")).extracting(error -> error.get("line").asInt()).containsExactly(3, 4, 5);
        assertThat(uploaded.get("errors").get(2).get("error").asText()).contains("someday");
    }

    @Test
    void a_row_with_more_cells_than_the_header_is_refused_rather_than_cut() {
        String template = "Title;Media URL;Pinterest board;Thumbnail;Description;Link;Publish date;Keywords\r\n"
                + "Fits;https://example.com/1.jpg;Easy Recipes;;Cr\u00e8me;;;\r\n"
                + "Extra cols;https://example.com/2.jpg;Easy Recipes;;Caf\u00e9;;;;EXTRA;MORE\r\n";
        String commas = "board,image_url,title,keywords\n"
                + "Easy Recipes,https://example.com/3.jpg,Tart,dessert, french\n";

        ApiClient.Answer european = admin.postMultipart("/api/accounts/mindfulrecipes/pins/upload-csv",
                new ApiClient.Part("csv", "template.csv", template.getBytes(StandardCharsets.ISO_8859_1)));
        ApiClient.Answer unquoted = admin.postMultipart("/api/accounts/mindfulrecipes/pins/upload-csv",
                file("csv", "pins.csv", commas));

        assertThat(european.get("added").asInt()).isEqualTo(1);
        JsonNode error = european.get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo("template.csv");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("error").asText()).contains("10 cells where the header has 8").contains("quotes");
        assertThat(unquoted.status()).isEqualTo(400);
        assertThat(unquoted.error()).contains("pins.csv line 2").contains("5 cells where the header has 4");
        assertThat(admin.get("/api/accounts/mindfulrecipes/pins/queue").get("counts").get("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void a_file_without_the_needed_columns_is_refused() {
        ApiClient.Answer uploaded = admin.postMultipart("/api/accounts/mindfulrecipes/pins/upload-csv",
                file("csv", "pins.csv", "title,description\nA,B\n"));

        assertThat(uploaded.status()).isEqualTo(400);
        assertThat(uploaded.error()).contains("pins.csv line 1").contains("image_url");
    }
}
