package com.pinfleet.domain.proxy;

import com.pinfleet.domain.Parsed;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proxy an account's traffic goes through. Read from the forms proxy lists use: a URL
 * ({@code http://user:pass@host:port}, also {@code https}, {@code socks5}), {@code host:port} and
 * {@code host:port:user:pass}. A password needs a user name, as in the list form. The password is a secret:
 * {@link #masked()} is the only printable form.
 */
public record ProxyUrl(String scheme, String host, int port, String user, String password) {

    private static final Pattern URL_FORM = Pattern.compile(
            "(?i)(https?|socks5h?)://(?:([^:@/]*)(?::([^@/]*))?@)?([A-Za-z0-9.\\-]+|\\[[0-9a-fA-F:]+]):(\\d{1,5})/?");
    private static final Pattern LIST_FORM = Pattern.compile(
            "([A-Za-z0-9.\\-]+):(\\d{1,5})(?::([^:]+):(.+))?");

    public ProxyUrl {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("proxy port out of range: " + port);
        }
    }

    public static Parsed<ProxyUrl> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.rejected("proxy is empty");
        }
        String text = raw.strip();
        Matcher url = URL_FORM.matcher(text);
        if (url.matches()) {
            return withPort(url.group(1).toLowerCase(Locale.ROOT), url.group(4), url.group(5),
                    url.group(2), url.group(3));
        }
        Matcher list = LIST_FORM.matcher(text);
        if (list.matches()) {
            return withPort("http", list.group(1), list.group(2), list.group(3), list.group(4));
        }
        return Parsed.rejected("proxy is not a proxy address (use http://user:pass@host:port or host:port)");
    }

    private static Parsed<ProxyUrl> withPort(String scheme, String host, String port, String user, String pass) {
        int number = Integer.parseInt(port);
        if (number < 1 || number > 65_535) {
            return Parsed.rejected("proxy port " + port + " is out of range");
        }
        if (emptyToNull(user) == null && emptyToNull(pass) != null) {
            return Parsed.rejected("proxy has a password but no user name (use " + scheme + "://user:pass@" + host
                    + ":" + port + ")");
        }
        return Parsed.ok(new ProxyUrl(scheme, host, number, emptyToNull(user), emptyToNull(pass)));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** The full URL, password included: for the proxy client only, never for display. */
    public String toUrl() {
        return scheme + "://" + credentials(password) + host + ":" + port;
    }

    /** The URL with the password replaced by asterisks. */
    public String masked() {
        return scheme + "://" + credentials(password == null ? null : "****") + host + ":" + port;
    }

    private String credentials(String shownPassword) {
        if (user == null) {
            return "";
        }
        return shownPassword == null ? user + "@" : user + ":" + shownPassword + "@";
    }

    @Override
    public String toString() {
        return masked();
    }
}
