package com.pinfleet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough of the README, then a restart: everything is still there and automation goes on. */
class RestartHttpTest {

    @TempDir
    Path dataDir;

    @Test
    void accounts_boards_queues_runs_and_credentials_survive_a_restart() throws Exception {
        try (RunningServer server = RunningServer.start(dataDir)) {
            ApiClient admin = server.admin();
            Fleet.connected(admin, "mindfulrecipes", "sim_at_mindful");
            admin.postJson("/api/accounts/bulk-import", RunningServer.sample("accounts/bulk-import.json"));
            Fleet.uploadSampleBoards(admin, "mindfulrecipes");
            Fleet.uploadSampleSaves(admin, "mindfulrecipes");
            admin.post("/api/automation/mindfulrecipes/enable");
            admin.post("/api/automation/mindfulrecipes/run-now");
            int saved = awaitSaved(admin);
            JsonNode before = admin.get("/api/accounts/mindfulrecipes").json();

            server.restart();

            assertThat(admin.get("/api/accounts").get("total_all").asInt()).isEqualTo(13);
            JsonNode after = admin.get("/api/accounts/mindfulrecipes").json();
            assertThat(after.get("boards")).isEqualTo(before.get("boards"));
            assertThat(after.get("auth_status").asText()).isEqualTo("connected");
            JsonNode counts = admin.get("/api/accounts/mindfulrecipes/save-queue").get("counts");
            assertThat(counts.get("saved").asInt()).isEqualTo(saved);
            assertThat(counts.get("total").asInt()).isEqualTo(40);
            assertThat(admin.get("/api/activity/recent").get("runs")).hasSize(1);
            assertThat(admin.get("/api/automation/status").get("jobs").get("mindfulrecipes").get("active")
                    .asBoolean()).isTrue();
            assertThat(admin.post("/api/accounts/mindfulrecipes/sync-boards").get("fetched_boards").asInt())
                    .isEqualTo(6);
        }
    }

    @Test
    void the_master_key_file_is_readable_by_the_server_user_only() throws Exception {
        try (RunningServer server = RunningServer.start(dataDir)) {
            Path keyFile = server.dataDir().resolve("master.key");

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
    }

    @Test
    void credential_files_are_not_stored_in_clear_text() throws Exception {
        try (RunningServer server = RunningServer.start(dataDir)) {
            Fleet.connected(server.admin(), "mindfulrecipes", "sim_at_a_token_to_find");
        }

        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile).map(RestartHttpTest::read))
                    .noneMatch(content -> content.contains("sim_at_a_token_to_find"));
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int awaitSaved(ApiClient admin) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonNode runs = admin.get("/api/activity/recent?limit=1").get("runs");
            if (!runs.isEmpty() && runs.get(0).get("status").asText().equals("completed")) {
                return runs.get(0).get("pins_saved").asInt();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the session did not finish");
    }
}
