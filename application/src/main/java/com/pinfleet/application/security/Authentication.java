package com.pinfleet.application.security;

import com.pinfleet.application.settings.SettingNames;
import com.pinfleet.application.settings.SettingsRepository;
import com.pinfleet.domain.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Logs the operator in and out, and tells who a session cookie or API key belongs to. */
public final class Authentication {

    public static final Duration SESSION_LIFETIME = Duration.ofDays(7);

    /** How long the API key's hash is kept in memory before it is read again. */
    public static final Duration API_KEY_REREAD = Duration.ofSeconds(2);

    /** Password checks are slow on purpose; at most this many run at once so a flood cannot starve the rest. */
    private static final int CONCURRENT_PASSWORD_CHECKS = 2;

    private final SettingsRepository settings;
    private final WebSessionRepository sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Semaphore passwordChecks = new Semaphore(CONCURRENT_PASSWORD_CHECKS, true);
    private volatile ApiKeyHash apiKeyHash;

    public Authentication(SettingsRepository settings, WebSessionRepository sessions, PasswordHasher hasher,
                          LoginThrottle throttle, Clock clock) {
        this.settings = settings;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A new browser session: the token goes into the cookie, the CSRF token to the page. */
    public record LoggedIn(String username, String sessionToken, String csrfToken, Instant expiresAt) {
    }

    /**
     * @param client where the attempt comes from, for throttling
     * @throws NotAuthenticatedException when the username or password is wrong
     * @throws TooManyAttemptsException  when the client failed too often lately
     */
    public LoggedIn login(String username, String password, String client) {
        throttle.check(client);
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new InvalidInputException("username", "username and password are required");
        }
        if (!withPasswordCheckSlot(() -> credentialsMatch(username.strip(), password))) {
            throttle.failed(client);
            throw new NotAuthenticatedException("Invalid username or password");
        }
        throttle.succeeded(client);

        String token = Tokens.randomUrlSafe(32);
        Instant now = clock.instant();
        WebSession session = new WebSession(hashOf(token), adminUsername(), now, now.plus(SESSION_LIFETIME));
        sessions.deleteExpired(now);
        sessions.add(session);
        return new LoggedIn(session.username(), token, csrfTokenOf(token), session.expiresAt());
    }

    private boolean credentialsMatch(String username, String password) {
        String storedHash = settings.find(SettingNames.ADMIN_PASSWORD_HASH).orElseThrow();
        boolean passwordMatches = hasher.matches(password, storedHash);
        return passwordMatches && Tokens.sameText(username, adminUsername());
    }

    private boolean withPasswordCheckSlot(BooleanSupplier check) {
        try {
            if (!passwordChecks.tryAcquire(3, TimeUnit.SECONDS)) {
                throw new TooManyAttemptsException("Too many logins at once; try again shortly", Duration.ofSeconds(3));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyAttemptsException("Login interrupted; try again", Duration.ofSeconds(1));
        }
        try {
            return check.getAsBoolean();
        } finally {
            passwordChecks.release();
        }
    }

    public void logout(String sessionToken) {
        sessions.delete(hashOf(sessionToken));
    }

    /** Who the session cookie's token belongs to; empty when unknown, ended or expired. */
    public Optional<Principal> bySession(String sessionToken) {
        return sessions.find(hashOf(sessionToken))
                .filter(session -> session.expiresAt().isAfter(clock.instant()))
                .map(session -> new Principal(session.username(), csrfTokenOf(sessionToken)));
    }

    /** A script holding the current API key, when {@code presentedKey} is it; compared in constant time. */
    public Optional<Principal> byApiKey(String presentedKey) {
        return apiKeyHash()
                .filter(storedHash -> Tokens.sameText(storedHash, Tokens.sha256Hex(presentedKey)))
                .map(storedHash -> Principal.apiKey());
    }

    /** The stored API key hash as read at {@code readAt}. */
    private record ApiKeyHash(Optional<String> hash, Instant readAt) {
    }

    /**
     * The API key's hash, read again at most every {@link #API_KEY_REREAD} as scripts call many times a
     * second. A key changed on this node takes effect at once ({@link #forgetApiKey}); one changed on another
     * node within that time.
     */
    private Optional<String> apiKeyHash() {
        Instant now = clock.instant();
        ApiKeyHash cached = apiKeyHash;
        if (cached == null || !cached.readAt().plus(API_KEY_REREAD).isAfter(now) || cached.readAt().isAfter(now)) {
            cached = new ApiKeyHash(settings.find(SettingNames.API_KEY_HASH), now);
            apiKeyHash = cached;
        }
        return cached.hash();
    }

    /** Reads the API key's hash afresh on the next request: the key was just made or revoked. */
    public void forgetApiKey() {
        apiKeyHash = null;
    }

    private String adminUsername() {
        return settings.find(SettingNames.ADMIN_USERNAME).orElseThrow();
    }

    private String hashOf(String sessionToken) {
        return Tokens.hmacHex(secret(), "session:" + sessionToken);
    }

    private String csrfTokenOf(String sessionToken) {
        return Tokens.hmacHex(secret(), "csrf:" + sessionToken).substring(0, 32);
    }

    private String secret() {
        return settings.find(SettingNames.SESSION_SECRET)
                .orElseThrow(() -> new IllegalStateException("no session secret: the server was not set up"));
    }
}
