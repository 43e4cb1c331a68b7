package com.pinfleet.application.account;

import com.pinfleet.application.security.SecretCipher;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.proxy.ProxyUrl;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/** Keeps an account's credential files and proxy encrypted, each bound to the account and its kind. */
public final class AccountSecrets {

    private static final String PROXY = "proxy";

    private final AccountSecretRepository repository;
    private final SecretCipher cipher;
    private final Clock clock;

    public AccountSecrets(AccountSecretRepository repository, SecretCipher cipher, Clock clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.clock = clock;
    }

    public void putFile(long accountId, CredentialKind kind, byte[] content) {
        put(accountId, kind.fileStem(), content);
    }

    public Optional<byte[]> file(long accountId, CredentialKind kind) {
        return read(accountId, kind.fileStem());
    }

    public void putProxy(long accountId, ProxyUrl proxy) {
        if (proxy == null) {
            repository.remove(accountId, PROXY);
        } else {
            put(accountId, PROXY, proxy.toUrl().getBytes(StandardCharsets.UTF_8));
        }
    }

    public Optional<ProxyUrl> proxy(long accountId) {
        return read(accountId, PROXY)
                .map(bytes -> ProxyUrl.parse(new String(bytes, StandardCharsets.UTF_8)).orThrow("proxy"));
    }

    private void put(long accountId, String kind, byte[] plaintext) {
        repository.put(accountId, kind, cipher.encrypt(plaintext, context(accountId, kind)), clock.instant());
    }

    private Optional<byte[]> read(long accountId, String kind) {
        return repository.find(accountId, kind).map(bytes -> cipher.decrypt(bytes, context(accountId, kind)));
    }

    private static String context(long accountId, String kind) {
        return "account/" + accountId + "/" + kind;
    }
}
