package com.pinfleet.domain.board;

import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.Text;
import java.util.Locale;

/** A board as an operator asks for it, before Pinterest has given it an id. */
public record BoardDraft(String name, String description, BoardPrivacy privacy) {

    /** The longest board name accepted; API v5 names no limit for boards and 180 for sections. */
    public static final int MAX_NAME_LENGTH = 180;
    /** The longest description accepted, as for a pin's. */
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public BoardDraft {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("board name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }

    public static Parsed<BoardDraft> parse(String name, String description, String privacy) {
        if (name == null || name.isBlank()) {
            return Parsed.rejected("board name is empty");
        }
        String cleanName = name.strip();
        if (cleanName.length() > MAX_NAME_LENGTH) {
            return Parsed.rejected("board name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (Text.hasControlCharacter(cleanName)) {
            return Parsed.rejected("board name '" + Text.shorten(cleanName, 60)
                    + "' holds a control character (a tab or line break)");
        }
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanDescription.length() > MAX_DESCRIPTION_LENGTH) {
            return Parsed.rejected("description of board '" + cleanName + "' is longer than "
                    + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return BoardPrivacy.parse(privacy).map(p -> new BoardDraft(cleanName, cleanDescription, p));
    }

    /** Board names are unique per account ignoring case, as on Pinterest. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
