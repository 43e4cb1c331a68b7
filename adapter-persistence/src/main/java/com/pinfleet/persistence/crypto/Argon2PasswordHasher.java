package com.pinfleet.persistence.crypto;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import com.pinfleet.application.security.PasswordHasher;

/** Argon2id through password4j, at the cost OWASP recommends: 19 MiB of memory, 2 passes, 1 lane. */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    /** Checks with the cost the hash was made at, so hashes from before a change of cost still verify. */
    @Override
    public boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
