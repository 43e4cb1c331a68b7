package com.pinfleet.domain.pin;

import com.pinfleet.domain.Parsed;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pin the way operators paste one: a bare id, or a pin page URL on any Pinterest domain, with or
 * without scheme, {@code www}, country subdomain or domain, trailing slash, query string or fragment,
 * including the newer {@code /pin/some-title--123/} form.
 */
public final class PinReference {

    private static final Pattern BARE_ID = Pattern.compile("\\d{1,30}");
    private static final Pattern PIN_PATH = Pattern.compile("/pin/(?:[^/]*--)?(\\d{1,30})(?:/.*)?");
    private static final Pattern PINTEREST_HOST =
            Pattern.compile("(?:[a-z0-9-]+\\.)*pinterest\\.(?:[a-z]{2,3})(?:\\.[a-z]{2})?");

    private PinReference() {
    }

    public static Parsed<PinId> parse(String raw) {
        String text = unquote(raw == null ? "" : trimInvisible(raw));
        if (text.isEmpty()) {
            return Parsed.rejected("pin URL or id is empty");
        }
        if (BARE_ID.matcher(text).matches()) {
            return Parsed.ok(new PinId(text));
        }
        URI uri = toUri(text);
        if (uri == null || uri.getHost() == null) {
            return Parsed.rejected("'" + shorten(text) + "' is neither a pin URL nor a pin id");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("pin.it")) {
            return Parsed.rejected("'" + shorten(text)
                    + "' is a pin.it short link; paste the full pinterest.com/pin/... URL");
        }
        if (!PINTEREST_HOST.matcher(host).matches()) {
            return Parsed.rejected("'" + shorten(text) + "' is not a Pinterest URL");
        }
        Matcher path = PIN_PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!path.matches()) {
            return Parsed.rejected("'" + shorten(text) + "' is a Pinterest URL but not a pin's (/pin/<id>/)");
        }
        return Parsed.ok(new PinId(path.group(1)));
    }

    private static URI toUri(String text) {
        String withScheme = text.contains("://") ? text : "https://" + text;
        try {
            return new URI(withScheme);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The text without the blanks around it that copying from web pages and chat apps brings along: no-break
     * spaces and zero-width characters as well as ordinary spaces.
     */
    private static String trimInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("<") && text.endsWith(">"))) {
            return trimInvisible(text.substring(1, text.length() - 1));
        }
        return text;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
