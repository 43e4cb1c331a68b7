package com.pinfleet.application.account;

import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.proxy.ProxyMode;
import com.pinfleet.domain.proxy.ProxyUrl;

/** Turns an account's stored secrets into what a call to Pinterest needs. */
public final class AccountAccess {

    private final AccountSecrets secrets;
    private final OperatorFiles files;

    public AccountAccess(AccountSecrets secrets, OperatorFiles files) {
        this.secrets = secrets;
        this.files = files;
    }

    /**
     * The account's tokens and, unless it goes direct, its proxy: a direct account keeps its proxy unused.
     *
     * @throws NotConnectedException when the account holds no token set
     */
    public PinterestAccess of(Account account) {
        TokenSet tokens = secrets.file(account.id(), CredentialKind.COOKIES)
                .flatMap(files::tokenSet)
                .orElseThrow(() -> new NotConnectedException(account.username().value()));
        ProxyUrl proxy = account.proxyMode() == ProxyMode.DIRECT ? null : secrets.proxy(account.id()).orElse(null);
        return new PinterestAccess(account.id(), account.username().value(), tokens, proxy);
    }
}
