package com.pinfleet.application.fakes;

import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.TextLine;
import com.pinfleet.application.files.TextTable;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.domain.account.TokenSet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads token sets from credentials files as {@link #credentialsFile} writes them: a flat JSON object with an
 * {@code access_token}, a {@code refresh_token} and an ISO-8601 {@code expires_at}, found by pattern rather than
 * parsed. A file missing any of the three holds no token set, as for the real reader. Tables, text lines and
 * archives are left to the real {@code LocalOperatorFiles}; this fake refuses them.
 */
public final class FakeOperatorFiles implements OperatorFiles {

    private static final String FIELD = "\"%s\"\\s*:\\s*\"([^\"]*)\"";

    /** A credentials file holding this token set. */
    public static byte[] credentialsFile(TokenSet tokens) {
        String json = "{\"access_token\": \"" + tokens.accessToken() + "\", \"refresh_token\": \""
                + tokens.refreshToken() + "\", \"expires_at\": \"" + tokens.expiresAt() + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<TokenSet> tokenSet(byte[] credentialsFile) {
        String text = new String(credentialsFile, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        Optional<String> access = field(text, "access_token");
        Optional<String> refresh = field(text, "refresh_token");
        Optional<Instant> expiry = field(text, "expires_at").flatMap(FakeOperatorFiles::instant);
        if (access.isEmpty() || refresh.isEmpty() || expiry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TokenSet(access.get(), refresh.get(), expiry.get()));
    }

    /** The fake's files always give {@code expires_at}, so there is never a duration to count. */
    @Override
    public Optional<byte[]> withExpiryCounted(byte[] credentialsFile, Instant readAt) {
        return Optional.empty();
    }

    private static Optional<String> field(String json, String name) {
        Matcher matcher = Pattern.compile(String.format(FIELD, name)).matcher(json);
        return matcher.find() && !matcher.group(1).isBlank() ? Optional.of(matcher.group(1).strip())
                : Optional.empty();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public TextTable table(UploadedFile file) {
        throw new UnsupportedOperationException("the fake reads token sets only");
    }

    @Override
    public List<TextLine> lines(UploadedFile file) {
        throw new UnsupportedOperationException("the fake reads token sets only");
    }

    @Override
    public List<UploadedFile> unzip(UploadedFile archive) {
        throw new UnsupportedOperationException("the fake reads token sets only");
    }

    @Override
    public boolean isJson(byte[] content) {
        throw new UnsupportedOperationException("the fake reads token sets only");
    }
}
