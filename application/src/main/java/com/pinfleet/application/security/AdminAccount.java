package com.pinfleet.application.security;

import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.application.settings.SettingNames;
import com.pinfleet.application.settings.SettingsRepository;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.Text;
import java.util.Optional;

/** The operator's login: created on first start, then changed only by the operator. */
public final class AdminAccount {

    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_PASSWORD_LENGTH = 256;

    private final SettingsRepository settings;
    private final WebSessionRepository sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final UnitOfWork unitOfWork;

    public AdminAccount(SettingsRepository settings, WebSessionRepository sessions, PasswordHasher hasher,
                        LoginThrottle throttle, UnitOfWork unitOfWork) {
        this.settings = settings;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.unitOfWork = unitOfWork;
    }

    /**
     * Makes sure the server can be logged into and sessions can be signed. On the first start it creates the
     * admin with {@code password}, or with a generated one when that is null.
     *
     * @return the generated password, to be shown once; empty when none was generated
     */
    public Optional<String> ensureExists(String username, String password) {
        return unitOfWork.inTransaction(() -> {
            if (settings.find(SettingNames.SESSION_SECRET).isEmpty()) {
                settings.put(SettingNames.SESSION_SECRET, Tokens.randomHex(32));
            }
            if (settings.find(SettingNames.ADMIN_PASSWORD_HASH).isPresent()) {
                return Optional.empty();
            }
            String chosen = password == null ? Tokens.randomUrlSafe(15) : checkedPassword(password);
            settings.put(SettingNames.ADMIN_USERNAME, checkedUsername(username));
            settings.put(SettingNames.ADMIN_PASSWORD_HASH, hasher.hash(chosen));
            return password == null ? Optional.of(chosen) : Optional.empty();
        });
    }

    public String username() {
        return settings.find(SettingNames.ADMIN_USERNAME).orElseThrow();
    }

    /**
     * Changes the password; every browser session ends, so whoever had the old password is logged out.
     * Wrong current passwords count as failed logins of {@code client}.
     *
     * @throws WrongPasswordException   when {@code currentPassword} is not the operator's
     * @throws TooManyAttemptsException when the client failed too often lately
     */
    public void changePassword(String currentPassword, String newPassword, String client) {
        throttle.check(client);
        String storedHash = settings.find(SettingNames.ADMIN_PASSWORD_HASH).orElseThrow();
        if (currentPassword == null || !hasher.matches(currentPassword, storedHash)) {
            throttle.failed(client);
            throw new WrongPasswordException();
        }
        String newHash = hasher.hash(checkedPassword(newPassword));
        unitOfWork.run(() -> {
            settings.put(SettingNames.ADMIN_PASSWORD_HASH, newHash);
            sessions.deleteAll();
        });
    }

    public void changeUsername(String newUsername) {
        settings.put(SettingNames.ADMIN_USERNAME, checkedUsername(newUsername));
    }

    /** A new secret for signing sessions: every browser session ends. */
    public void regenerateSecretKey() {
        unitOfWork.run(() -> {
            settings.put(SettingNames.SESSION_SECRET, Tokens.randomHex(32));
            sessions.deleteAll();
        });
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException("new_password", "password must be " + MIN_PASSWORD_LENGTH
                    + " to " + MAX_PASSWORD_LENGTH + " characters long");
        }
        return password;
    }

    private static String checkedUsername(String username) {
        if (username == null || username.isBlank() || username.strip().length() > 64) {
            throw new InvalidInputException("new_username", "username must be 1 to 64 characters long");
        }
        if (Text.hasControlCharacter(username)) {
            throw new InvalidInputException("new_username", "username holds a control character");
        }
        return username.strip();
    }
}
