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
 * account is connected. A file that is not what it should be is still kept, with a warning, unless it would
 * take the place of a token set the account works with.
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
     *
     * @throws InvalidInputException when a file is empty or too large, or when the cookies file holds no token
     *                               set or an expired one while the account is connected by a token set that
     *                               has not expired; nothing is stored then
     */
    public Stored store(Account account, byte[] cookies, byte[] fingerprint) {
        check(CredentialKind.COOKIES, cookies);
        check(CredentialKind.FINGERPRINT, fingerprint);
        CookiesFile read = cookies == null ? null : read(cookies);
        if (read != null && read.problem() != null) {
            refuseOverWorkingTokenSet(account, read.problem());
        }

        List<String> warnings = new ArrayList<>();
        if (fingerprint != null) {
            secrets.putFile(account.id(), CredentialKind.FINGERPRINT, fingerprint);
            if (!files.isJson(fingerprint)) {
                warnings.add("the fingerprint file is not JSON; it is kept as it is");
            }
        }
        if (read == null) {
            return new Stored(account.authStatus(), warnings, List.of());
        }
        secrets.putFile(account.id(), CredentialKind.COOKIES, read.kept());
        AuthStatus status = read.problem() == null ? AuthStatus.CONNECTED : AuthStatus.NEEDS_AUTH;
        if (status != account.authStatus()) {
            accounts.setAuthStatus(account.id(), status);
        }
        if (read.problem() != null) {
            warnings.add(read.problem() + ", so the account needs auth");
        }
        return new Stored(status, warnings, read.notes());
    }

    /** A cookies file as it will be kept, and why it cannot connect the account (null when it can). */
    private record CookiesFile(byte[] kept, String problem, List<String> notes) {
    }

    private CookiesFile read(byte[] cookies) {
        Optional<byte[]> counted = files.withExpiryCounted(cookies, clock.instant());
        byte[] kept = counted.orElse(cookies);
        Optional<TokenSet> tokens = files.tokenSet(kept);
        if (tokens.isEmpty()) {
            return new CookiesFile(kept, files.isJson(kept)
                    ? "the cookies file holds no token set (access_token, refresh_token, and expires_at or"
                            + " expires_in)"
                    : "the cookies file is not JSON and holds no token set", List.of());
        }
        if (tokens.get().expiredAt(clock.instant())) {
            return new CookiesFile(kept, "the token set expired at " + tokens.get().expiresAt(), List.of());
        }
        return new CookiesFile(kept, null, counted.isEmpty() ? List.of() : List.of("the cookies file gives"
                + " expires_in rather than expires_at, so it was counted from now: the token set expires at "
                + tokens.get().expiresAt()));
    }

    /** A file that cannot connect the account must not take the place of a token set that does. */
    private void refuseOverWorkingTokenSet(Account account, String problem) {
        if (account.authStatus() != AuthStatus.CONNECTED) {
            return;
        }
        Optional<TokenSet> working = secrets.file(account.id(), CredentialKind.COOKIES)
                .flatMap(files::tokenSet)
                .filter(tokens -> !tokens.expiredAt(clock.instant()));
        if (working.isPresent()) {
            throw new InvalidInputException("cookies", "cookies file refused for " + account.username() + ": "
                    + problem + "; it would replace the token set the account works with, which expires at "
                    + working.get().expiresAt() + ", so the account was left as it was");
        }
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
