package com.pinfleet.domain.board;

import com.pinfleet.domain.Parsed;
import java.util.Locale;

/** Who may see a board, as API v5 names it. */
public enum BoardPrivacy {
    PUBLIC,
    PROTECTED,
    SECRET;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the privacy column of a boards file; blank means public, "private" is taken for secret. */
    public static Parsed<BoardPrivacy> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.ok(PUBLIC);
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "public" -> Parsed.ok(PUBLIC);
            case "protected" -> Parsed.ok(PROTECTED);
            case "secret", "private" -> Parsed.ok(SECRET);
            default -> Parsed.rejected("privacy '" + raw.strip() + "' is not one of public, protected, secret");
        };
    }
}
