package com.pinfleet.application.security;

/**
 * Encrypts secrets at rest under the master key. {@code context} names the row a secret belongs to and is
 * bound into the ciphertext, so a secret copied to another row does not decrypt there.
 */
public interface SecretCipher {

    byte[] encrypt(byte[] plaintext, String context);

    /** @throws SecretUnreadableException when the key is wrong or the ciphertext or context was altered */
    byte[] decrypt(byte[] ciphertext, String context);
}
