package com.pinfleet.application.account;

import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.CredentialKind;

/**
 * An account's credential files: checked, kept encrypted, and read for a token set that decides whether the
 * account is connected.
 */
public final class CredentialFiles {

    /** The largest credential file accepted. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final AccountRepository accounts;
    private final AccountSecrets secrets;
    private final OperatorFiles files;

    public CredentialFiles(AccountRepository accounts, AccountSecrets secrets, OperatorFiles files) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.files = files;
    }

    /**
     * Stores the files given (null leaves a file as it is) and records whether the cookies file now holds a
     * token set.
     *
     * @return the account's authentication status afterwards
     */
    public AuthStatus store(Account account, byte[] cookies, byte[] fingerprint) {
        check(CredentialKind.COOKIES, cookies);
        check(CredentialKind.FINGERPRINT, fingerprint);
        if (fingerprint != null) {
            secrets.putFile(account.id(), CredentialKind.FINGERPRINT, fingerprint);
        }
        if (cookies == null) {
            return account.authStatus();
        }
        secrets.putFile(account.id(), CredentialKind.COOKIES, cookies);
        AuthStatus status = files.tokenSet(cookies).isPresent() ? AuthStatus.CONNECTED : AuthStatus.NEEDS_AUTH;
        if (status != account.authStatus()) {
            accounts.setAuthStatus(account.id(), status);
        }
        return status;
    }

    /** @throws InvalidInputException when a given file is empty or too large */
    public static void check(CredentialKind kind, byte[] content) {
        if (content == null) {
            return;
        }
        String name = kind.fileStem();
        if (content.length == 0) {
            throw new InvalidInputException(name, name + " file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(name, name + " file is larger than 1 MiB");
        }
    }
}
