package com.pinfleet.application.security;

import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.application.settings.SettingNames;
import com.pinfleet.application.settings.SettingsRepository;

/**
 * The API key for scripts. Only its SHA-256 hash and its first eight characters are kept; the key itself is
 * shown once, when it is made.
 */
public final class ApiKeys {

    public static final int PREFIX_LENGTH = 8;

    private final SettingsRepository settings;
    private final Authentication authentication;
    private final UnitOfWork unitOfWork;

    public ApiKeys(SettingsRepository settings, Authentication authentication, UnitOfWork unitOfWork) {
        this.settings = settings;
        this.authentication = authentication;
        this.unitOfWork = unitOfWork;
    }

    /** What may be shown about the key. {@code prefix} is null when there is none. */
    public record ApiKeyInfo(boolean exists, String prefix) {

        public String masked() {
            return exists ? prefix + "..." + "*".repeat(24) : null;
        }
    }

    public ApiKeyInfo info() {
        return settings.find(SettingNames.API_KEY_PREFIX)
                .map(prefix -> new ApiKeyInfo(true, prefix))
                .orElse(new ApiKeyInfo(false, null));
    }

    /** Replaces any key with a new one and returns it: the only time it can be read. */
    public String regenerate() {
        String key = Tokens.randomHex(24);
        unitOfWork.run(() -> {
            settings.put(SettingNames.API_KEY_HASH, Tokens.sha256Hex(key));
            settings.put(SettingNames.API_KEY_PREFIX, key.substring(0, PREFIX_LENGTH));
        });
        authentication.forgetApiKey();
        return key;
    }

    public void revoke() {
        unitOfWork.run(() -> {
            settings.remove(SettingNames.API_KEY_HASH);
            settings.remove(SettingNames.API_KEY_PREFIX);
        });
        authentication.forgetApiKey();
    }
}
