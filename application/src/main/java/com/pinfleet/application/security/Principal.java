package com.pinfleet.application.security;

/**
 * Who a request acts for. A browser session carries a CSRF token that state-changing requests must echo;
 * an API-key request has none and needs none.
 */
public record Principal(String username, String csrfToken) {

    public static Principal apiKey(String username) {
        return new Principal(username, null);
    }

    public boolean viaApiKey() {
        return csrfToken == null;
    }

    /** True for API-key requests, and for session requests that echo their CSRF token. */
    public boolean passesCsrfCheck(String presented) {
        return viaApiKey() || presented != null && Tokens.sameText(csrfToken, presented);
    }
}
