package com.pinfleet.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pinfleet.domain.account.TokenSet;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds an OAuth token set in a credentials file: a JSON object with an {@code access_token}, a
 * {@code refresh_token} and an expiry ({@code expires_at} as an ISO-8601 instant, a date meaning its start
 * in UTC, epoch seconds or epoch milliseconds). Pinterest's own token answer gives {@code expires_in}
 * (seconds) instead, which {@link #withExpiryCounted} turns into an {@code expires_at}. Browser cookie
 * exports, and token files missing any of the three, hold no token set.
 */
final class TokenFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private TokenFileReader() {
    }

    static Optional<TokenSet> read(byte[] content) {
        return object(content).flatMap(TokenFileReader::tokenSet);
    }

    /**
     * The file with {@code expires_at} set to {@code readAt} (to the second) plus its {@code expires_in},
     * when it is a JSON object that gives the second and not the first; empty for any other content.
     */
    static Optional<byte[]> withExpiryCounted(byte[] content, Instant readAt) {
        Optional<ObjectNode> root = object(content);
        if (root.isEmpty() || isGiven(root.get().get("expires_at"))) {
            return Optional.empty();
        }
        Optional<Instant> expiresAt = seconds(root.get().get("expires_in")).flatMap(in -> plus(readAt, in));
        if (expiresAt.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode counted = root.get().deepCopy();
        counted.put("expires_at", expiresAt.get().toString());
        try {
            return Optional.of(JSON.writeValueAsBytes(counted));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a token file back as JSON", e);
        }
    }

    /** Whether the content is JSON of any shape. */
    static boolean isJson(byte[] content) {
        try {
            return JSON.readTree(content) != null;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<ObjectNode> object(byte[] content) {
        try {
            return JSON.readTree(content) instanceof ObjectNode root ? Optional.of(root) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<TokenSet> tokenSet(ObjectNode root) {
        String accessToken = text(root, "access_token");
        String refreshToken = text(root, "refresh_token");
        Instant expiresAt = expiry(root.get("expires_at"));
        if (accessToken == null || refreshToken == null || expiresAt == null) {
            return Optional.empty();
        }
        return Optional.of(new TokenSet(accessToken, refreshToken, expiresAt));
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static boolean isGiven(JsonNode node) {
        return node != null && !node.isNull();
    }

    private static Instant expiry(JsonNode node) {
        if (!isGiven(node)) {
            return null;
        }
        if (node.isNumber()) {
            long value = node.asLong();
            return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
        String text = node.asText().strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Optional<Long> seconds(JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0) {
            return Optional.of(node.asLong());
        }
        if (node != null && node.isTextual() && DIGITS.matcher(node.asText().strip()).matches()) {
            return Optional.of(Long.parseLong(node.asText().strip()));
        }
        return Optional.empty();
    }

    private static Optional<Instant> plus(Instant readAt, long seconds) {
        try {
            return Optional.of(readAt.truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
