package com.pinfleet.application.account;

import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.TokenSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An account's credential files: checked, kept encrypted, and read for a token set that decides whether the
 * account is connected. A file that is not what it should be is still kept, with a warning.
 */
public final class CredentialFiles {

    /** The largest credential file accepted. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final AccountRepository accounts;
    private final AccountSecrets secrets;
    private final OperatorFiles files;
    private final Clock clock;

    public CredentialFiles(AccountRepository accounts, AccountSecrets secrets, OperatorFiles files, Clock clock) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.files = files;
        this.clock = clock;
    }

    /**
     * What storing credential files found: the account's status afterwards, what the operator should know
     * because something is wrong ({@code warnings}), and what they should know although nothing is
     * ({@code notes}).
     */
    public record Stored(AuthStatus authStatus, List<String> warnings, List<String> notes) {
    }

    /**
     * Stores the files given (null leaves a file as it is) and records whether the cookies file now holds a
     * token set that has not expired. A cookies file giving its expiry as {@code expires_in} is kept with the
     * {@code expires_at} that makes, counted from now.
     */
    public Stored store(Account account, byte[] cookies, byte[] fingerprint) {
        check(CredentialKind.COOKIES, cookies);
        check(CredentialKind.FINGERPRINT, fingerprint);
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (fingerprint != null) {
            secrets.putFile(account.id(), CredentialKind.FINGERPRINT, fingerprint);
            if (!files.isJson(fingerprint)) {
                warnings.add("the fingerprint file is not JSON; it is kept as it is");
            }
        }
        if (cookies == null) {
            return new Stored(account.authStatus(), warnings, notes);
        }
        Optional<byte[]> counted = files.withExpiryCounted(cookies, clock.instant());
        byte[] kept = counted.orElse(cookies);
        Optional<TokenSet> tokens = files.tokenSet(kept);
        secrets.putFile(account.id(), CredentialKind.COOKIES, kept);
        AuthStatus status = statusOf(kept, tokens, warnings);
        if (status != account.authStatus()) {
            accounts.setAuthStatus(account.id(), status);
        }
        if (counted.isPresent() && tokens.isPresent()) {
            notes.add("the cookies file gives expires_in rather than expires_at, so it was counted from now: the"
                    + " token set expires at " + tokens.get().expiresAt());
        }
        return new Stored(status, warnings, notes);
    }

    private AuthStatus statusOf(byte[] cookies, Optional<TokenSet> tokens, List<String> warnings) {
        if (tokens.isEmpty()) {
            warnings.add(files.isJson(cookies)
                    ? "the cookies file holds no token set (access_token, refresh_token, and expires_at or"
                            + " expires_in), so the account needs auth"
                    : "the cookies file is not JSON, so it holds no token set and the account needs auth");
            return AuthStatus.NEEDS_AUTH;
        }
        if (tokens.get().expiredAt(clock.instant())) {
            warnings.add("the token set expired at " + tokens.get().expiresAt() + ", so the account needs auth");
            return AuthStatus.NEEDS_AUTH;
        }
        return AuthStatus.CONNECTED;
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
