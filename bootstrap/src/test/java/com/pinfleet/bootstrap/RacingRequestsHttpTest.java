package com.pinfleet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests sent at the same moment that touch the same account or category, as an operator's scripts running
 * side by side do: each is answered for what it did itself, and none fails.
 */
class RacingRequestsHttpTest {

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
    void of_deletes_racing_for_one_account_exactly_one_says_it_deleted_it() {
        for (int round = 1; round <= 5; round++) {
            String username = "cd_" + round;
            importAccounts(List.of(username));

            List<ApiClient.Answer> answers = atOnce(List.of(
                    () -> admin.delete("/api/accounts/" + username),
                    () -> admin.delete("/api/accounts/" + username.toUpperCase()),
                    () -> admin.postJson("/api/accounts/batch/delete", Map.of("usernames", List.of(username))),
                    () -> admin.delete("/api/accounts/" + username),
                    () -> admin.postJson("/api/accounts/batch/delete", Map.of("usernames", List.of(username)))));

            List<String> outcomes = answers.stream().map(RacingRequestsHttpTest::deleteOutcome).toList();
            assertThat(outcomes).as("round " + round).containsOnlyOnce("deleted")
                    .containsOnly("deleted", "not found");
        }
    }

    @Test
    void an_upload_racing_the_delete_of_its_account_is_stored_or_told_the_account_is_gone() {
        byte[] pins = IntStream.rangeClosed(1, 20_000).mapToObj(i -> "https://www.pinterest.com/pin/" + i + "/\n")
                .reduce("", String::concat).getBytes();
        for (int delayMillis : List.of(0, 40, 120, 300)) {
            String username = "cd_big_" + delayMillis;
            importAccounts(List.of(username));

            List<ApiClient.Answer> answers = atOnce(List.of(
                    () -> admin.postMultipart("/api/accounts/" + username + "/save-queue/upload",
                            new ApiClient.Part("file", "pins.txt", pins)),
                    () -> {
                        pause(delayMillis);
                        return admin.delete("/api/accounts/" + username);
                    }));

            ApiClient.Answer upload = answers.getFirst();
            assertThat(upload.status()).as(upload.text()).isIn(200, 404);
            if (upload.status() == 404) {
                assertThat(upload.error()).startsWith("Account not found: " + username);
            } else {
                assertThat(upload.get("added").asInt()).isEqualTo(20_000);
            }
            assertThat(answers.getLast().status()).as(answers.getLast().text()).isEqualTo(200);
        }
    }

    @Test
    void filing_accounts_under_a_category_racing_its_delete_is_answered_for_what_happened() {
        List<String> usernames = IntStream.range(0, 150).mapToObj(i -> "filed_" + i).toList();
        importAccounts(usernames);
        for (int round = 1; round <= 4; round++) {
            long category = admin.postJson("/api/categories", Map.of("name", "Race " + round)).get("category")
                    .get("id").asLong();

            List<ApiClient.Answer> answers = atOnce(List.of(
                    () -> admin.postJson("/api/accounts/batch/set-category",
                            Map.of("usernames", usernames, "category_id", category)),
                    () -> admin.delete("/api/categories/" + category)));

            ApiClient.Answer filing = answers.getFirst();
            ApiClient.Answer delete = answers.getLast();
            assertThat(filing.status()).as(filing.text()).isIn(200, 404);
            assertThat(delete.status()).as(delete.text()).isIn(200, 409);
            if (filing.status() == 404) {
                assertThat(filing.error()).startsWith("Category not found: " + category);
            }
            if (delete.status() == 409) {
                assertThat(delete.error()).contains("another request filed an account");
            }
        }
    }

    private void importAccounts(List<String> usernames) {
        List<Map<String, String>> accounts = usernames.stream().map(name -> Map.of("username", name)).toList();
        assertThat(admin.postJson("/api/accounts/bulk-import", Map.of("accounts", accounts)).status()).isEqualTo(200);
    }

    /** "deleted" or "not found", from a single delete or from a batch delete of one account. */
    private static String deleteOutcome(ApiClient.Answer answer) {
        if (answer.json() != null && answer.get("results") != null) {
            return answer.get("results").elements().next().asText();
        }
        return switch (answer.status()) {
            case 200 -> "deleted";
            case 404 -> "not found";
            default -> "HTTP " + answer.status() + ": " + answer.text();
        };
    }

    /** Sends every request at the same moment, each from its own thread, and returns the answers in order. */
    private static List<ApiClient.Answer> atOnce(List<Supplier<ApiClient.Answer>> requests) {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (Supplier<ApiClient.Answer> request : requests) {
                answers.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return request.get();
                }));
            }
            List<ApiClient.Answer> done = new ArrayList<>();
            for (Future<ApiClient.Answer> answer : answers) {
                done.add(answer.get(60, TimeUnit.SECONDS));
            }
            return done;
        } catch (Exception e) {
            throw new AssertionError("the requests did not all finish: " + e, e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
