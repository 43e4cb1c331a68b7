package com.pinfleet.application.account;

import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.TokenSet;

/** Turns an account's stored secrets into what a call to Pinterest needs. */
public final class AccountAccess {

    private final AccountSecrets secrets;
    private final OperatorFiles files;

    public AccountAccess(AccountSecrets secrets, OperatorFiles files) {
        this.secrets = secrets;
        this.files = files;
    }

    /** @throws NotConnectedException when the account holds no token set */
    public PinterestAccess of(Account account) {
        TokenSet tokens = secrets.file(account.id(), CredentialKind.COOKIES)
                .flatMap(files::tokenSet)
                .orElseThrow(() -> new NotConnectedException(account.username().value()));
        return new PinterestAccess(account.id(), account.username().value(), tokens,
                secrets.proxy(account.id()).orElse(null));
    }
}
