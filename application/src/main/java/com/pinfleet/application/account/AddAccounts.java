package com.pinfleet.application.account;

import com.pinfleet.application.board.BoardSyncResult;
import com.pinfleet.application.board.Boards;
import com.pinfleet.application.category.Categories;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.application.common.NothingAppliedException;
import com.pinfleet.application.common.RowError;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.Username;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adding accounts: one with its credential files, or many at once from a list. */
public final class AddAccounts {

    private final AccountRepository accounts;
    private final AccountSecrets secrets;
    private final Categories categories;
    private final CredentialFiles credentialFiles;
    private final Boards boards;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AddAccounts(AccountRepository accounts, AccountSecrets secrets, Categories categories,
                       CredentialFiles credentialFiles, Boards boards, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.categories = categories;
        this.credentialFiles = credentialFiles;
        this.boards = boards;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Adds one account. A cookies file holding a token set connects it.
     *
     * @param cookies     the cookies file's content, or null
     * @param fingerprint the fingerprint file's content, or null
     * @throws ConflictException when the username is taken, ignoring case
     */
    public AccountChange add(AccountEntry entry, byte[] cookies, byte[] fingerprint) {
        Username username = AccountNames.parseNew(entry.username()).orThrow("username");
        ProxyChoice proxy = ProxyChoice.parse(entry.proxy(), entry.proxyMode()).orThrow("proxy");
        CredentialFiles.check(CredentialKind.COOKIES, cookies);
        CredentialFiles.check(CredentialKind.FINGERPRINT, fingerprint);

        return unitOfWork.inTransaction(() -> {
            if (accounts.find(username).isPresent()) {
                throw new ConflictException("Account already exists: " + username);
            }
            Long categoryId = categoryOf(entry, new HashMap<>());
            Account account = accounts.add(new NewAccount(username, categoryId, proxy.mode(), proxy.maskedProxy(),
                    AuthStatus.NEEDS_AUTH, clock.instant()));
            secrets.putProxy(account.id(), proxy.proxy());
            CredentialFiles.Stored stored = credentialFiles.store(account, cookies, fingerprint);
            return new AccountChange(accounts.findById(account.id()).orElseThrow(), stored.warnings(),
                    stored.notes());
        });
    }

    /** An account just added, as its first board sync left it. */
    public record AddedAndSynced(Account account, List<String> warnings, List<String> notes, BoardSyncResult sync) {
    }

    /**
     * Adds one account as {@link #add} does, then syncs its boards with Pinterest when it is connected. A
     * sync that fails does not undo the account: the answer says why, and a token Pinterest refused leaves
     * the account needing auth.
     */
    public AddedAndSynced addAndSync(AccountEntry entry, byte[] cookies, byte[] fingerprint) {
        AccountChange added = add(entry, cookies, fingerprint);
        BoardSyncResult sync = boards.syncIfConnected(added.account());
        Account now = accounts.findById(added.account().id()).orElseThrow();
        return new AddedAndSynced(now, added.warnings(), added.notes(), sync);
    }

    /** What a bulk import did. */
    public record BulkImportResult(List<Account> imported, List<String> skipped, List<RowError> errors) {
    }

    /**
     * Adds every valid entry whose username is new, in one transaction. Entries whose username exists
     * (ignoring case), here or earlier in the list, are skipped; invalid entries are reported by position.
     *
     * @throws NothingAppliedException when every entry was invalid
     */
    public BulkImportResult bulkImport(List<AccountEntry> entries) {
        if (entries.isEmpty()) {
            throw new InvalidInputException("accounts", "accounts is empty: nothing to import");
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AccountEntry entry = entries.get(i);
            switch (candidate(i + 1, entry)) {
                case Parsed.Rejected<Candidate> rejected ->
                        errors.add(RowError.inList(i + 1, entry.username(), rejected.reason()));
                case Parsed.Ok<Candidate>(Candidate candidate) -> {
                    if (candidates.putIfAbsent(candidate.username().key(), candidate) != null) {
                        skipped.add(candidate.username().value());
                    }
                }
            }
        }
        if (candidates.isEmpty() && skipped.isEmpty()) {
            throw new NothingAppliedException("account", errors);
        }
        return unitOfWork.inTransaction(() -> store(candidates, skipped, errors));
    }

    private BulkImportResult store(Map<String, Candidate> candidates, List<String> skipped, List<RowError> errors) {
        Set<String> existing = accounts.existingKeys(candidates.keySet());
        Map<String, Long> categoryIds = new HashMap<>();
        List<NewAccount> fresh = new ArrayList<>();
        List<Candidate> freshCandidates = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            if (existing.contains(candidate.username().key())) {
                skipped.add(candidate.username().value());
                continue;
            }
            Long categoryId;
            try {
                categoryId = categoryOf(candidate.entry(), categoryIds);
            } catch (InvalidInputException | NotFoundException e) {
                errors.add(RowError.inList(candidate.row(), candidate.username().value(), e.getMessage()));
                continue;
            }
            fresh.add(new NewAccount(candidate.username(), categoryId, candidate.proxy().mode(),
                    candidate.proxy().maskedProxy(), AuthStatus.NEEDS_AUTH, clock.instant()));
            freshCandidates.add(candidate);
        }
        if (fresh.isEmpty() && skipped.isEmpty()) {
            throw new NothingAppliedException("account", errors);
        }
        errors.sort(Comparator.comparing(RowError::row));
        List<Account> stored = accounts.addAll(fresh);
        for (int i = 0; i < stored.size(); i++) {
            if (freshCandidates.get(i).proxy().proxy() != null) {
                secrets.putProxy(stored.get(i).id(), freshCandidates.get(i).proxy().proxy());
            }
        }
        return new BulkImportResult(stored, skipped, errors);
    }

    private record Candidate(int row, Username username, ProxyChoice proxy, AccountEntry entry) {
    }

    private static Parsed<Candidate> candidate(int row, AccountEntry entry) {
        if (entry.unreadable() != null) {
            return Parsed.rejected(entry.unreadable());
        }
        return switch (AccountNames.parseNew(entry.username())) {
            case Parsed.Rejected<Username> rejected -> Parsed.rejected(rejected.reason());
            case Parsed.Ok<Username>(Username username) -> ProxyChoice.parse(entry.proxy(), entry.proxyMode())
                    .map(proxy -> new Candidate(row, username, proxy, entry));
        };
    }

    /** The category an entry names, resolving each distinct name once per import. */
    private Long categoryOf(AccountEntry entry, Map<String, Long> resolved) {
        return new CategoryChoice(entry.category(), entry.categoryId()).resolve(categories, resolved);
    }
}
