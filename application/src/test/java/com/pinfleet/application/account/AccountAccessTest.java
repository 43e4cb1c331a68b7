package com.pinfleet.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.fakes.FakeAccountSecretRepository;
import com.pinfleet.application.fakes.FakeOperatorFiles;
import com.pinfleet.application.fakes.FakeSecretCipher;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import com.pinfleet.domain.proxy.ProxyUrl;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountAccessTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private final AccountSecrets secrets = new AccountSecrets(new FakeAccountSecretRepository(),
            new FakeSecretCipher(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final AccountAccess access = new AccountAccess(secrets, new FakeOperatorFiles());

    @BeforeEach
    void givenAnAccountWithTokensAndAProxy() {
        secrets.putFile(1, CredentialKind.COOKIES, FakeOperatorFiles.credentialsFile(
                new TokenSet("at", "rt", NOW.plusSeconds(3600))));
        secrets.putProxy(1, ProxyUrl.parse("http://joe:secret@10.0.0.9:8080").orThrow("proxy"));
    }

    @Test
    void an_account_with_a_proxy_mode_goes_through_its_proxy() {
        ProxyUrl proxy = access.of(account(ProxyMode.CUSTOM)).proxy();

        assertThat(proxy.toUrl()).isEqualTo("http://joe:secret@10.0.0.9:8080");
    }

    @Test
    void a_direct_account_keeps_its_proxy_but_goes_without_it() {
        ProxyUrl proxy = access.of(account(ProxyMode.DIRECT)).proxy();

        assertThat(proxy).isNull();
        assertThat(secrets.proxy(1)).isPresent();
    }

    private static Account account(ProxyMode mode) {
        return new Account(1, new Username("kept_proxy"), null, mode, "http://joe:****@10.0.0.9:8080", null, false,
                null, null, AuthStatus.CONNECTED, null, NOW);
    }
}
