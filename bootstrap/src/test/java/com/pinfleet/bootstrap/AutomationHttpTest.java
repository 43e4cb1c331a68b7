package com.pinfleet.bootstrap;

import static com.pinfleet.bootstrap.ApiClient.Part.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomationHttpTest {

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
        Fleet.uploadSampleSaves(admin, "mindfulrecipes");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_session_started_now_saves_within_the_first_days_limit_and_loses_nothing() {
        assertThat(admin.post("/api/automation/mindfulrecipes/enable").get("message").asText())
                .isEqualTo("Automation enabled for mindfulrecipes");

        ApiClient.Answer started = admin.post("/api/automation/mindfulrecipes/run-now");
        JsonNode run = awaitRun(run1 -> run1.get("status").asText().equals("completed"));

        assertThat(started.status()).isEqualTo(200);
        JsonNode counts = admin.get("/api/accounts/mindfulrecipes/save-queue").get("counts");
        assertThat(counts.get("saved").asInt()).isBetween(1, 8);
        assertThat(counts.get("saved").asInt() + counts.get("pending").asInt()).isEqualTo(40);
        assertThat(run.get("username").asText()).isEqualTo("mindfulrecipes");
        assertThat(run.get("run_type").asText()).isEqualTo("save");
        assertThat(run.get("trigger").asText()).isEqualTo("manual");
        assertThat(run.get("pins_saved").asInt()).isEqualTo(counts.get("saved").asInt());
    }

    @Test
    void saved_items_record_the_copy_and_the_board_they_went_to() {
        admin.post("/api/automation/mindfulrecipes/enable");
        admin.post("/api/automation/mindfulrecipes/run-now");
        awaitRun(run -> run.get("status").asText().equals("completed"));

        JsonNode saved = firstWithStatus("saved");

        assertThat(saved.get("saved_pin_id").asText()).matches("\\d+");
        assertThat(saved.get("board_id").asText()).matches("\\d+");
        assertThat(saved.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void the_status_shows_every_field_of_the_reference() {
        admin.post("/api/automation/mindfulrecipes/enable");
        admin.post("/api/automation/mindfulrecipes/run-now");
        awaitRun(run -> run.get("status").asText().equals("completed"));

        JsonNode job = admin.get("/api/automation/status").get("jobs").get("mindfulrecipes");

        assertThat(job.get("active").asBoolean()).isTrue();
        assertThat(job.get("status").asText()).isIn("sleeping", "running");
        assertThat(job.get("next_run").asLong()).isGreaterThan(Instant.now().minusSeconds(5).getEpochSecond());
        assertThat(job.get("sessions_today").asInt()).isEqualTo(1);
        assertThat(job.get("sessions_remaining").asInt()).isBetween(0, 2);
        assertThat(job.get("pins_saved").asInt()).isBetween(1, 8);
        assertThat(job.get("pins_created").asInt()).isZero();
        assertThat(job.has("error")).isTrue();
    }

    @Test
    void running_now_needs_automation_on() {
        ApiClient.Answer answer = admin.post("/api/automation/mindfulrecipes/run-now");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).contains("enable it first");
    }

    @Test
    void an_account_that_needs_auth_cannot_be_enabled() {
        admin.postMultipart("/api/accounts/add", text("username", "no_token"));

        ApiClient.Answer answer = admin.post("/api/automation/no_token/enable");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.error()).contains("not connected");
    }

    @Test
    void disabling_stops_the_account_and_the_status_says_so() {
        admin.post("/api/automation/mindfulrecipes/enable");

        admin.post("/api/automation/mindfulrecipes/disable");

        JsonNode job = admin.get("/api/automation/status").get("jobs").get("mindfulrecipes");
        assertThat(job.get("active").asBoolean()).isFalse();
        assertThat(job.get("status").asText()).isEqualTo("disabled");
        assertThat(job.get("next_run").isNull()).isTrue();
        assertThat(admin.post("/api/automation/mindfulrecipes/run-now").status()).isEqualTo(409);
    }

    @Test
    void batch_enable_answers_per_username() {
        admin.postMultipart("/api/accounts/add", text("username", "no_token"));

        ApiClient.Answer answer = admin.postJson("/api/automation/batch/enable",
                Map.of("usernames", List.of("mindfulrecipes", "no_token", "ghost_account")));

        assertThat(answer.get("results").get("mindfulrecipes").asText()).isEqualTo("enabled");
        assertThat(answer.get("results").get("no_token").asText()).isEqualTo("needs_auth");
        assertThat(answer.get("results").get("ghost_account").asText()).isEqualTo("not found");
    }

    @Test
    void run_now_asked_many_times_at_once_starts_a_session_for_each_yes_and_never_fails() throws Exception {
        admin.post("/api/automation/mindfulrecipes/enable");
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            callers.add(Thread.ofPlatform().start(() ->
                    statuses.add(admin.post("/api/automation/mindfulrecipes/run-now").status())));
        }
        for (Thread caller : callers) {
            caller.join();
        }

        awaitRun(run -> run.get("status").asText().equals("completed"));

        assertThat(statuses).allMatch(status -> status == 200 || status == 409).contains(200);
        pauseFor(Duration.ofSeconds(1));
        assertThat(admin.get("/api/activity/recent").get("runs").size())
                .isEqualTo((int) statuses.stream().filter(status -> status == 200).count());
    }

    @Test
    void an_item_whose_named_board_is_gone_fails_instead_of_going_elsewhere() {
        String csv = "url,board\nhttps://www.pinterest.com/pin/12345/,Baking Basics\n";
        admin.delete("/api/accounts/mindfulrecipes/save-queue/0");
        for (int i = 0; i < 39; i++) {
            admin.delete("/api/accounts/mindfulrecipes/save-queue/0");
        }
        admin.postMultipart("/api/accounts/mindfulrecipes/save-queue/upload",
                ApiClient.Part.file("file", "named.csv", csv));
        String bakingId = admin.get("/api/accounts/mindfulrecipes/boards").get("boards").get(2).get("board_id")
                .asText();
        admin.delete("/api/accounts/mindfulrecipes/boards/" + bakingId);

        admin.post("/api/automation/mindfulrecipes/enable");
        admin.post("/api/automation/mindfulrecipes/run-now");
        awaitRun(run -> run.get("status").asText().equals("completed"));

        JsonNode item = admin.get("/api/accounts/mindfulrecipes/save-queue").get("items").get(0);
        assertThat(item.get("status").asText()).isEqualTo("failed");
        assertThat(item.get("error").asText()).contains("Baking Basics");
    }

    @Test
    void recent_activity_honours_its_limit() {
        assertThat(admin.get("/api/activity/recent?limit=0").status()).isEqualTo(400);
        assertThat(admin.get("/api/activity/recent?limit=500").status()).isEqualTo(200);
        assertThat(admin.get("/api/activity/recent").get("runs")).isEmpty();
    }

    private JsonNode awaitRun(Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonNode runs = admin.get("/api/activity/recent?limit=1").get("runs");
            if (!runs.isEmpty() && done.test(runs.get(0))) {
                return runs.get(0);
            }
            pause();
        }
        throw new AssertionError("no finished run within 20 seconds: " + admin.get("/api/activity/recent").text());
    }

    private JsonNode firstWithStatus(String status) {
        for (JsonNode item : admin.get("/api/accounts/mindfulrecipes/save-queue").get("items")) {
            if (item.get("status").asText().equals(status)) {
                return item;
            }
        }
        throw new AssertionError("no " + status + " item");
    }

    private static void pauseFor(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
