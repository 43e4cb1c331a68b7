package com.pinfleet.application.fakes;

import com.pinfleet.application.security.SecretCipher;
import com.pinfleet.application.security.SecretUnreadableException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Not encryption: scrambles the bytes so plaintext never shows in a store, and binds the context so a secret
 * read under another context (another row) fails as it would with AES-GCM.
 */
public final class FakeSecretCipher implements SecretCipher {

    private static final byte SCRAMBLE = 0x5A;

    @Override
    public byte[] encrypt(byte[] plaintext, String context) {
        byte[] header = header(context);
        byte[] sealed = Arrays.copyOf(header, header.length + plaintext.length);
        for (int i = 0; i < plaintext.length; i++) {
            sealed[header.length + i] = (byte) (plaintext[i] ^ SCRAMBLE);
        }
        return sealed;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, String context) {
        byte[] header = header(context);
        if (ciphertext.length < header.length
                || !Arrays.equals(Arrays.copyOf(ciphertext, header.length), header)) {
            throw new SecretUnreadableException(context, null);
        }
        byte[] plaintext = Arrays.copyOfRange(ciphertext, header.length, ciphertext.length);
        for (int i = 0; i < plaintext.length; i++) {
            plaintext[i] ^= SCRAMBLE;
        }
        return plaintext;
    }

    private static byte[] header(String context) {
        return ("sealed for " + context + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
