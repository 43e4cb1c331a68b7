package com.pinfleet.domain.category;

import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for a category's name: 1 to 100 characters with at least one visible, no '/', which separates
 * levels in a path. Names are kept in Unicode's composed form, so a name typed with an accent as one
 * character and as a letter followed by a combining accent is the same name.
 */
public final class CategoryName {

    public static final String PATH_SEPARATOR = "/";

    /** The deepest a category may sit: a top-level category is at depth 1. */
    public static final int MAX_DEPTH = 10;

    private CategoryName() {
    }

    public static Parsed<String> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.rejected("category name is empty");
        }
        String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (name.length() > 100) {
            return Parsed.rejected("category name is longer than 100 characters");
        }
        if (Text.hasControlCharacter(name)) {
            return Parsed.rejected("category name holds a control character (a tab or line break)");
        }
        if (Text.hasLoneSurrogate(name)) {
            return Parsed.rejected("category name holds a broken character (half of a surrogate pair)");
        }
        if (!Text.hasVisibleCharacter(name)) {
            return Parsed.rejected("category name holds no visible character");
        }
        if (name.contains(PATH_SEPARATOR)) {
            return Parsed.rejected("category name '" + name + "' contains '/', which separates levels of a path");
        }
        return Parsed.ok(name);
    }

    /**
     * The names of a path such as {@code Food/Baking}, from the top down. Spaces around the names and empty
     * levels ({@code Food//Baking}, {@code Food/}) are dropped.
     */
    public static Parsed<List<String>> parsePath(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.rejected("category is empty");
        }
        List<String> names = new ArrayList<>();
        for (String part : raw.split(PATH_SEPARATOR, -1)) {
            if (part.isBlank()) {
                continue;
            }
            switch (parse(part)) {
                case Parsed.Ok<String> ok -> names.add(ok.value());
                case Parsed.Rejected<String> rejected -> {
                    return Parsed.rejected(rejected.reason());
                }
            }
        }
        if (names.isEmpty()) {
            return Parsed.rejected("category '" + Text.shorten(raw, 60) + "' names no category");
        }
        if (names.size() > MAX_DEPTH) {
            return Parsed.rejected("category path '" + Text.shorten(raw, 60) + "' has " + names.size()
                    + " levels; at most " + MAX_DEPTH + " are allowed");
        }
        return Parsed.ok(List.copyOf(names));
    }

    /** The form names are compared in: siblings may not share it. */
    public static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
