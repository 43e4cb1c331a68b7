package com.pinfleet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error is JSON with an "error" field and the reference's status; nothing answers HTML or a trace. */
class ErrorContractHttpTest {

    @TempDir
    static Path dataDir;

    private static RunningServer server;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        server = RunningServer.start(dataDir);
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_unknown_api_route_is_a_404_in_json() {
        ApiClient.Answer answer = admin.get("/api/no-such-thing");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.error()).isEqualTo("Not found: GET /api/no-such-thing");
    }

    @Test
    void a_wrong_method_is_a_405_in_json() {
        ApiClient.Answer answer = admin.delete("/api/settings");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.error()).contains("DELETE");
    }

    @Test
    void malformed_json_is_a_400_that_says_so() {
        ApiClient.Answer answer = admin.postJson("/api/settings/concurrency", "{\"max_concurrent\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).startsWith("request body is not valid JSON");
    }

    @Test
    void a_field_of_the_wrong_type_is_a_400_naming_the_field() {
        ApiClient.Answer answer = admin.postJson("/api/settings/concurrency", "{\"max_concurrent\": \"many\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("max_concurrent").contains("number");
    }

    @Test
    void a_missing_field_is_a_400_naming_it() {
        ApiClient.Answer answer = admin.postJson("/api/settings/password", "{\"new_password\": \"long enough\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("field 'current_password' is required");
    }

    @Test
    void a_body_that_is_not_an_object_is_a_400() {
        ApiClient.Answer answer = admin.postJson("/api/accounts/bulk-import", "[1, 2, 3]");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isNotBlank();
    }

    @Test
    void unknown_fields_in_a_json_body_are_ignored() {
        ApiClient.Answer answer = admin.postJson("/api/settings/concurrency",
                "{\"max_concurrent\": 3, \"colour\": \"blue\"}");

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void an_upload_that_is_not_multipart_is_a_400_that_says_how_to_send_it() {
        ApiClient.Answer answer = admin.send("POST", "/api/accounts/anyone/save-queue/upload", "text/plain",
                "123".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("multipart/form-data").contains("file");
    }

    @Test
    void an_unknown_account_is_a_404_naming_it() {
        ApiClient.Answer answer = admin.get("/api/accounts/nobody_here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.error()).isEqualTo("Account not found: nobody_here");
    }

    @Test
    void a_request_the_server_cannot_parse_is_answered_in_json_not_html() throws IOException {
        String answer = rawRequest("GET /api/accounts/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("application/json").contains("\"error\"")
                .doesNotContainIgnoringCase("<html").doesNotContain("Exception");
    }

    @Test
    void a_query_whose_percent_encoding_is_broken_is_a_400_naming_the_parameter_not_a_listing_without_it()
            throws IOException {
        String stray = rawRequest("GET /api/accounts?per_page=10&search=cake% HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        String notHex = rawRequest("GET /api/accounts?category_id=%zz7 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(stray).startsWith("HTTP/1.1 400").contains("query parameter 'search'");
        assertThat(notHex).startsWith("HTTP/1.1 400").contains("query parameter 'category_id'");
        assertThat(admin.get("/api/accounts?search=%25").status()).isEqualTo(200);
    }

    @Test
    void a_body_with_broken_chunks_or_cut_short_is_a_400_not_a_500() throws IOException {
        String brokenChunks = rawRequest("POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "zz\r\nusername=admin\r\n0\r\n\r\n");
        String cutShort = rawRequestHalfClosed("POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\n"
                + "username=admin&password=x");

        assertThat(brokenChunks).startsWith("HTTP/1.1 400").contains("\"error\"");
        assertThat(cutShort).startsWith("HTTP/1.1 400").contains("\"error\"");
    }

    /** Sends the request and closes the sending side, as a client that stops before its body's end. */
    private static String rawRequestHalfClosed(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void healthz_answers_without_credentials() {
        ApiClient.Answer answer = server.anonymous().get("/healthz");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("status").asText()).isEqualTo("ok");
    }
}
