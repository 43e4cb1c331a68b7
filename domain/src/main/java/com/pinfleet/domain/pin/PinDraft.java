package com.pinfleet.domain.pin;

import com.pinfleet.domain.Parsed;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/**
 * A pin to create, as an operator describes it, within API v5's limits: an image URL, a board, and title
 * (100), description (800), link (2048) and alt text (500) that may be empty. {@code publishAt} is null
 * when the pin may be created any time.
 */
public record PinDraft(String boardName, String imageUrl, String title, String description, String link,
                       String altText, String keywords, Instant publishAt) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DESCRIPTION = 800;
    public static final int MAX_LINK = 2048;
    public static final int MAX_ALT_TEXT = 500;
    public static final int MAX_KEYWORDS = 500;

    /** Checks every field; the reason names the first one at fault. */
    public static Parsed<PinDraft> parse(String boardName, String imageUrl, String title, String description,
                                         String link, String altText, String keywords, Instant publishAt) {
        if (boardName == null || boardName.isBlank()) {
            return Parsed.rejected("board is empty");
        }
        if (imageUrl == null || imageUrl.isBlank()) {
            return Parsed.rejected("image_url is empty");
        }
        if (!isWebUrl(imageUrl.strip())) {
            return Parsed.rejected("image_url '" + imageUrl.strip() + "' is not an http(s) URL");
        }
        String cleanLink = clean(link);
        if (!cleanLink.isEmpty() && !isWebUrl(cleanLink)) {
            return Parsed.rejected("link '" + cleanLink + "' is not an http(s) URL");
        }
        String tooLong = tooLong(clean(title), MAX_TITLE, "title")
                + tooLong(clean(description), MAX_DESCRIPTION, "description")
                + tooLong(cleanLink, MAX_LINK, "link")
                + tooLong(clean(altText), MAX_ALT_TEXT, "alt_text")
                + tooLong(clean(keywords), MAX_KEYWORDS, "keywords");
        if (!tooLong.isEmpty()) {
            return Parsed.rejected(tooLong.strip());
        }
        return Parsed.ok(new PinDraft(boardName.strip(), imageUrl.strip(), clean(title), clean(description),
                cleanLink, clean(altText), clean(keywords), publishAt));
    }

    private static String tooLong(String value, int max, String field) {
        return value.length() > max ? field + " is longer than " + max + " characters (" + value.length() + ") " : "";
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
