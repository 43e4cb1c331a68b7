package com.pinfleet.application.security;

/**
 * Who a request acts for: the operator's browser session, by the username it logged in with, or a script
 * holding the API key. A browser session carries a CSRF token that state-changing requests must echo; an
 * API-key request has none and needs none.
 */
public record Principal(String username, String csrfToken) {

    public static final String API_KEY = "api key";

    public static Principal apiKey() {
        return new Principal(API_KEY, null);
    }

    public boolean viaApiKey() {
        return csrfToken == null;
    }

    /** True for API-key requests, and for session requests that echo their CSRF token. */
    public boolean passesCsrfCheck(String presented) {
        return viaApiKey() || presented != null && Tokens.sameText(csrfToken, presented);
    }
}
