package com.pinfleet.application.account;

import com.pinfleet.application.board.BoardSyncQueue;
import com.pinfleet.application.category.Categories;
import com.pinfleet.application.common.AccountNotFoundException;
import com.pinfleet.application.common.Batch;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.DailyLimits;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import com.pinfleet.domain.proxy.ProxyUrl;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Changing accounts one at a time or many at once: files, proxy, category, name, limits, direct save. */
public final class ChangeAccounts {

    private final AccountRepository accounts;
    private final AccountSecrets secrets;
    private final CredentialFiles credentialFiles;
    private final Categories categories;
    private final BoardSyncQueue boardSyncs;
    private final UnitOfWork unitOfWork;

    public ChangeAccounts(AccountRepository accounts, AccountSecrets secrets, CredentialFiles credentialFiles,
                          Categories categories, BoardSyncQueue boardSyncs, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.credentialFiles = credentialFiles;
        this.categories = categories;
        this.boardSyncs = boardSyncs;
        this.unitOfWork = unitOfWork;
    }

    /**
     * Applies the parts of {@code update} that are given, all or none. An account that a new cookies file
     * connects has its boards synced in the background.
     *
     * @throws InvalidInputException when a part is invalid, such as a cookies file that would replace the
     *                               token set the account works with by one that cannot connect it
     */
    public AccountChange update(String username, AccountUpdate update) {
        if (update.isEmpty()) {
            throw new InvalidInputException("update", "nothing to change: send cookies, fingerprint, proxy, category"
                    + " or category_id");
        }
        Account account = accounts.require(username);
        Optional<ProxyUrl> proxy = update.proxy() == null || update.proxy().isBlank() ? Optional.empty()
                : Optional.of(ProxyUrl.parse(update.proxy()).orThrow("proxy"));
        AccountChange changed = unitOfWork.inTransaction(() -> {
            accounts.lockExisting(account);
            if (update.proxy() != null) {
                ProxyMode mode = proxy.isEmpty() ? ProxyMode.DIRECT
                        : account.proxyMode() == ProxyMode.IPROYAL ? ProxyMode.IPROYAL : ProxyMode.CUSTOM;
                applyProxy(account, mode, proxy.orElse(null));
            }
            if (update.categoryId() != null || update.category() != null) {
                accounts.setCategory(account.id(),
                        new CategoryChoice(update.category(), update.categoryId()).resolve(categories));
            }
            CredentialFiles.Stored stored = credentialFiles.store(account, update.cookies(), update.fingerprint());
            return new AccountChange(accounts.findById(account.id()).orElseThrow(), stored.warnings(),
                    stored.notes());
        });
        if (account.authStatus() != AuthStatus.CONNECTED && changed.account().authStatus() == AuthStatus.CONNECTED) {
            boardSyncs.queue(List.of(changed.account()));
        }
        return changed;
    }

    /**
     * Gives an account a new username; its history, queues, boards and logs stay with it.
     *
     * @throws ConflictException when another account has the new name, ignoring case
     * @throws AccountNotFoundException when there is no such account, or another request deleted it meanwhile
     */
    public Account rename(String username, String newUsername) {
        Account account = accounts.require(username);
        Username newName = AccountNames.parseNew(newUsername).orThrow("new_username");
        Optional<Account> holder = accounts.find(newName);
        if (holder.isPresent() && holder.get().id() != account.id()) {
            throw new ConflictException("Account already exists: " + holder.get().username());
        }
        changed(account, accounts.rename(account.id(), newName));
        return accounts.findById(account.id()).orElseThrow(() -> deletedMeanwhile(account));
    }

    /**
     * Sets how the account reaches Pinterest. {@code custom} takes the proxy given, else the one it has;
     * {@code direct} keeps the proxy it has, unused, so that {@code custom} can take it up again;
     * {@code iproyal} keeps the account's proxy until one is generated.
     */
    public Account setProxyMode(String username, String mode, String proxy) {
        Account account = accounts.require(username);
        ProxyMode chosen = ProxyMode.parse(mode).orThrow("mode");
        ProxyUrl given = proxy == null || proxy.isBlank() ? null : ProxyUrl.parse(proxy).orThrow("proxy");
        if (chosen == ProxyMode.DIRECT && given != null) {
            throw new InvalidInputException("proxy", "a proxy was given but the mode is direct");
        }
        unitOfWork.run(() -> {
            accounts.lockExisting(account);
            ProxyUrl kept = given != null ? given : secrets.proxy(account.id()).orElse(null);
            switch (chosen) {
                case DIRECT -> applyProxy(account, ProxyMode.DIRECT, kept);
                case CUSTOM -> {
                    if (kept == null) {
                        throw new InvalidInputException("proxy", "mode custom needs a proxy: " + account.username()
                                + " has none, so send one with the mode");
                    }
                    applyProxy(account, ProxyMode.CUSTOM, kept);
                }
                case IPROYAL -> applyProxy(account, ProxyMode.IPROYAL, kept);
            }
        });
        return accounts.findById(account.id()).orElseThrow(() -> deletedMeanwhile(account));
    }

    /** Stores the mode and the proxy (null for none); a direct account keeps its proxy without using it. */
    private void applyProxy(Account account, ProxyMode mode, ProxyUrl proxy) {
        secrets.putProxy(account.id(), proxy);
        accounts.setProxy(account.id(), mode, proxy == null ? null : proxy.masked(),
                mode == ProxyMode.DIRECT ? null : account.location());
    }

    public void setDirectSave(String username, boolean enabled) {
        Account account = accounts.require(username);
        changed(account, accounts.setDirectSave(account.id(), enabled));
    }

    /** Caps the account's saves a day ({@code null} clears the cap: the schedule alone decides). */
    public void setSavesLimit(String username, Integer limit) {
        Integer checked = limit == null ? null : DailyLimits.checkedSavesOverride(limit);
        Account account = accounts.require(username);
        changed(account, accounts.setSavesLimit(account.id(), checked));
    }

    /** Sets pins created a day ({@code null} goes back to the default). */
    public void setCreatesLimit(String username, Integer limit) {
        Integer checked = limit == null ? null : DailyLimits.checkedCreates(limit);
        Account account = accounts.require(username);
        changed(account, accounts.setCreatesLimit(account.id(), checked));
    }

    /** Fails when a change by id found no account: another request deleted it after it was read. */
    private static void changed(Account account, boolean changed) {
        if (!changed) {
            throw deletedMeanwhile(account);
        }
    }

    private static AccountNotFoundException deletedMeanwhile(Account account) {
        return AccountNotFoundException.deletedMeanwhile(account.username().value());
    }

    /**
     * Files accounts under a category (or under none) and says per username what happened.
     *
     * @throws NotFoundException when the category does not exist, or is deleted while the accounts are filed
     */
    public Map<String, String> setCategoryOfAll(List<String> usernames, CategoryChoice category) {
        Long checked = category.resolve(categories);
        return Batch.forEach(usernames, username -> fileUnder(username, checked), "updated");
    }

    private void fileUnder(String username, Long categoryId) {
        Account account = accounts.require(username);
        try {
            changed(account, accounts.setCategory(account.id(), categoryId));
        } catch (ConflictException e) {
            if (categoryId == null || categories.tree().find(categoryId).isPresent()) {
                throw e;
            }
            throw new NotFoundException("Category not found: " + categoryId + " (it was deleted while accounts were"
                    + " being filed under it: those before " + username + " moved with its other accounts, "
                    + username + " and those after it were not changed)");
        }
    }

    public Map<String, String> setProxyModeOfAll(List<String> usernames, String mode) {
        ProxyMode.parse(mode).orThrow("mode");
        return Batch.forEach(usernames, username -> setProxyMode(username, mode, null), "updated");
    }

    public Map<String, String> setDirectSaveOfAll(List<String> usernames, boolean enabled) {
        return Batch.forEach(usernames, username -> setDirectSave(username, enabled), "updated");
    }

    public Map<String, String> setSavesLimitOfAll(List<String> usernames, Integer limit) {
        Integer checked = limit == null ? null : DailyLimits.checkedSavesOverride(limit);
        return Batch.forEach(usernames, username -> setSavesLimit(username, checked), "updated");
    }

    public Map<String, String> setCreatesLimitOfAll(List<String> usernames, Integer limit) {
        Integer checked = limit == null ? null : DailyLimits.checkedCreates(limit);
        return Batch.forEach(usernames, username -> setCreatesLimit(username, checked), "updated");
    }
}
