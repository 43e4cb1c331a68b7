package com.pinfleet.domain.category;

import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.Text;
import java.util.Locale;

/** The rules for a category's name: 1 to 100 characters, no '/', which separates levels in a path. */
public final class CategoryName {

    public static final String PATH_SEPARATOR = "/";

    private CategoryName() {
    }

    public static Parsed<String> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.rejected("category name is empty");
        }
        String name = raw.strip();
        if (name.length() > 100) {
            return Parsed.rejected("category name is longer than 100 characters");
        }
        if (Text.hasControlCharacter(name)) {
            return Parsed.rejected("category name holds a control character (a tab or line break)");
        }
        if (name.contains(PATH_SEPARATOR)) {
            return Parsed.rejected("category name '" + name + "' contains '/', which separates levels of a path");
        }
        return Parsed.ok(name);
    }

    /** The form names are compared in: siblings may not share it. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
