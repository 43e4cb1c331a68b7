package com.pinfleet.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Talks to a running server over real HTTP, the way an operator's script would. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An answer: its status, its body as text and as JSON (null when it is not JSON), its headers. */
    record Answer(int status, String text, JsonNode json, Map<String, List<String>> headers) {

        JsonNode get(String field) {
            return json.get(field);
        }

        String error() {
            return json == null || json.get("error") == null ? null : json.get("error").asText();
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> allHeaders(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }
    }

    ApiClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The value this client sends for a header, or null. */
    String headerSent(String name) {
        return headers.get(name);
    }

    ApiClient withApiKey(String key) {
        return withHeader("Authorization", "Bearer " + key);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Answer postJson(String path, Object body) {
        return sendJson("POST", path, body);
    }

    Answer putJson(String path, Object body) {
        return sendJson("PUT", path, body);
    }

    Answer patchJson(String path, Object body) {
        return sendJson("PATCH", path, body);
    }

    private Answer sendJson(String method, String path, Object body) {
        try {
            String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
            return send(request(path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A file part of a multipart form: its field, file name and content. */
    record Part(String field, String fileName, byte[] content) {

        static Part text(String field, String value) {
            return new Part(field, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String field, String fileName, String content) {
            return new Part(field, fileName, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    Answer postMultipart(String path, Part... parts) {
        String boundary = "----pinfleet" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String disposition = "Content-Disposition: form-data; name=\"" + part.field() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
            String head = "--" + boundary + "\r\n" + disposition + "\r\n"
                    + (part.fileName() == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Answer send(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), response.body(), json, response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
