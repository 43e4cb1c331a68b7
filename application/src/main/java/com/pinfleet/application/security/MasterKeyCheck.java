package com.pinfleet.application.security;

import com.pinfleet.application.settings.SettingsRepository;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Makes sure the master key the server starts with is the one its secrets were stored under, so that a
 * wrong key stops the start instead of failing every request that reads a secret.
 */
public final class MasterKeyCheck {

    private static final String SETTING = "secrets.key_check";
    private static final String CONTEXT = "master-key-check";
    private static final byte[] PROBE = "pinfleet".getBytes(StandardCharsets.UTF_8);

    private MasterKeyCheck() {
    }

    /**
     * Stores a probe encrypted under the key on the first start, and decrypts it on every later one.
     *
     * @throws IllegalStateException when the key is not the one the database was set up with
     */
    public static void verify(SettingsRepository settings, SecretCipher cipher) {
        String stored = settings.find(SETTING).orElse(null);
        if (stored == null) {
            settings.put(SETTING, Base64.getEncoder().encodeToString(cipher.encrypt(PROBE, CONTEXT)));
            return;
        }
        try {
            cipher.decrypt(Base64.getDecoder().decode(stored), CONTEXT);
        } catch (SecretUnreadableException e) {
            throw new IllegalStateException("the master key is not the one this database's secrets were stored"
                    + " under; start with the original key (PINFLEET_MASTER_KEY or master.key in the data"
                    + " directory)", e);
        }
    }
}
