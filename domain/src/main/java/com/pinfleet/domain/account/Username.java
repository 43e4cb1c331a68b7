package com.pinfleet.domain.account;

import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Pinterest username: 3 to 30 ASCII letters, digits or underscores, as Pinterest allows them. The spelling
 * is kept as given; two usernames name the same account when their {@link #key() keys} are equal, which
 * compares them ignoring case the same way in every locale.
 */
public record Username(String value) {

    private static final Pattern PINTEREST_RULE = Pattern.compile("[A-Za-z0-9_]{3,30}");

    public Username {
        if (value == null || value.length() < 3 || value.length() > 30
                || !value.chars().allMatch(Username::isAllowed)) {
            throw new IllegalArgumentException("not a valid username: " + value);
        }
    }

    /** Reads a username as an operator typed it (surrounding blanks ignored). */
    public static Parsed<Username> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.rejected("username is missing");
        }
        String candidate = raw.strip();
        if (candidate.startsWith("@")) {
            candidate = candidate.substring(1);
        }
        String shown = Text.shorten(raw.strip(), 40);
        if (candidate.length() < 3 || candidate.length() > 30) {
            return Parsed.rejected("username '" + shown + "' must be 3 to 30 characters long (it has "
                    + candidate.length() + ")");
        }
        if (!PINTEREST_RULE.matcher(candidate).matches()) {
            int bad = candidate.codePoints().filter(c -> !isAllowed(c)).findFirst().orElse('?');
            return Parsed.rejected("username '" + shown + "' may hold only letters A-Z, digits and underscores,"
                    + String.format(" not '%s' (U+%04X)", Character.toString(bad), bad));
        }
        return Parsed.ok(new Username(candidate));
    }

    private static boolean isAllowed(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The form used to compare usernames: lower case under {@link Locale#ROOT}. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(Username other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
