package com.pinfleet.application.fakes;

import com.pinfleet.application.account.AccountSecretRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Ciphertexts in a map by account and kind; it copies bytes in and out, as a database does. */
public final class FakeAccountSecretRepository
        implements AccountSecretRepository, TransactionalFake<Map<String, byte[]>> {

    private final Map<String, byte[]> secrets = new HashMap<>();

    @Override
    public synchronized void put(long accountId, String kind, byte[] ciphertext, Instant updatedAt) {
        secrets.put(key(accountId, kind), ciphertext.clone());
    }

    @Override
    public synchronized Optional<byte[]> find(long accountId, String kind) {
        return Optional.ofNullable(secrets.get(key(accountId, kind))).map(byte[]::clone);
    }

    @Override
    public synchronized void remove(long accountId, String kind) {
        secrets.remove(key(accountId, kind));
    }

    @Override
    public synchronized Map<String, byte[]> snapshot() {
        return new HashMap<>(secrets);
    }

    @Override
    public synchronized void restore(Map<String, byte[]> snapshot) {
        secrets.clear();
        secrets.putAll(snapshot);
    }

    private static String key(long accountId, String kind) {
        return accountId + "/" + kind;
    }
}
