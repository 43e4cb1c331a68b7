package com.pinfleet.http;

import com.pinfleet.application.security.Authentication;
import com.pinfleet.application.security.NotAuthenticatedException;
import com.pinfleet.application.security.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Login, logout and the guard in front of {@code /api}: a session cookie or {@code Authorization: Bearer}
 * with the API key. A cookie-authenticated request that changes state must echo the session's CSRF token in
 * {@code X-CSRF-Token}; the login answer and the readable {@code pinfleet_csrf} cookie carry it.
 */
final class AuthRoutes {

    static final String SESSION_COOKIE = "pinfleet_session";
    static final String CSRF_COOKIE = "pinfleet_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "principal";
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Authentication authentication;
    private final Bodies bodies;

    AuthRoutes(Authentication authentication, Bodies bodies) {
        this.authentication = authentication;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post("/auth/login", this::login);
        routes.get("/auth/logout", this::logout);
        routes.before("/api/*", this::guard);
    }

    private record LoginBody(String username, String password) {
    }

    private void login(Context ctx) {
        LoginBody body = ctx.isFormUrlencoded() || ctx.isMultipartFormData()
                ? new LoginBody(ctx.formParam("username"), ctx.formParam("password"))
                : bodies.read(ctx, LoginBody.class);
        Authentication.LoggedIn session = authentication.login(body.username(), body.password(), ctx.ip());
        long maxAge = Authentication.SESSION_LIFETIME.toSeconds();
        setCookie(ctx, SESSION_COOKIE, session.sessionToken(), maxAge, true);
        setCookie(ctx, CSRF_COOKIE, session.csrfToken(), maxAge, false);
        ctx.jsonStream(Map.of("success", true, "username", session.username(), "csrf_token", session.csrfToken()));
    }

    private void logout(Context ctx) {
        Optional.ofNullable(ctx.cookie(SESSION_COOKIE)).ifPresent(authentication::logout);
        setCookie(ctx, SESSION_COOKIE, "", 0, true);
        setCookie(ctx, CSRF_COOKIE, "", 0, false);
        ctx.jsonStream(Map.of("success", true));
    }

    private void guard(Context ctx) {
        Principal principal = principalOf(ctx).orElseThrow(() -> new NotAuthenticatedException(
                "Not authenticated: log in at /auth/login or send Authorization: Bearer <api key>"));
        if (!SAFE_METHODS.contains(ctx.method()) && !principal.passesCsrfCheck(ctx.header(CSRF_HEADER))) {
            throw new ForbiddenException("Missing or wrong " + CSRF_HEADER + " header: send the csrf_token from"
                    + " the login answer (also in the " + CSRF_COOKIE + " cookie) with every change");
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    private Optional<Principal> principalOf(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authentication.byApiKey(authorization.substring(7).strip());
        }
        String sessionToken = ctx.cookie(SESSION_COOKIE);
        return sessionToken == null || sessionToken.isEmpty() ? Optional.empty()
                : authentication.bySession(sessionToken);
    }

    private static void setCookie(Context ctx, String name, String value, long maxAge, boolean httpOnly) {
        boolean secure = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || ctx.req().isSecure();
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge + "; SameSite=Lax"
                + (httpOnly ? "; HttpOnly" : "") + (secure ? "; Secure" : ""));
    }
}
