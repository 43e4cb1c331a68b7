package com.pinfleet.application.account;

import java.time.Instant;
import java.util.Optional;

/** Encrypted secrets of accounts (credential files, proxy), by account and kind. Never plaintext. */
public interface AccountSecretRepository {

    void put(long accountId, String kind, byte[] ciphertext, Instant updatedAt);

    Optional<byte[]> find(long accountId, String kind);

    void remove(long accountId, String kind);
}
