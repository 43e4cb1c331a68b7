package com.pinfleet.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pinfleet.domain.account.TokenSet;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Finds an OAuth token set in a credentials file: a JSON object with an {@code access_token}, a
 * {@code refresh_token} and an expiry ({@code expires_at} as ISO-8601, epoch seconds or epoch milliseconds).
 * Browser cookie exports, and token files missing any of the three, hold no token set.
 */
final class TokenFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenFileReader() {
    }

    static Optional<TokenSet> read(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        String accessToken = text(root, "access_token");
        String refreshToken = text(root, "refresh_token");
        Instant expiresAt = expiry(root.get("expires_at"));
        if (accessToken == null || refreshToken == null || expiresAt == null) {
            return Optional.empty();
        }
        return Optional.of(new TokenSet(accessToken, refreshToken, expiresAt));
    }

    /** Whether the content is JSON of any shape. */
    static boolean isJson(byte[] content) {
        try {
            return JSON.readTree(content) != null;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static Instant expiry(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            long value = node.asLong();
            return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
        try {
            return Instant.parse(node.asText().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
