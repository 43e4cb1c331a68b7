package com.pinfleet.application.account;

import com.pinfleet.application.common.AccountNotFoundException;
import com.pinfleet.application.common.Page;
import com.pinfleet.application.common.PageRequest;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import java.util.Collection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts Pinfleet works for. Usernames are unique ignoring case. A change by id that answers a boolean
 * answers whether there was such an account to change: false when it was deleted since it was read.
 */
public interface AccountRepository {

    /** @throws com.pinfleet.application.common.ConflictException when the username is taken */
    Account add(NewAccount account);

    /**
     * Stores many accounts in one batch, in order.
     *
     * @throws com.pinfleet.application.common.ConflictException when any username is taken; none is stored
     */
    List<Account> addAll(List<NewAccount> accounts);

    /** The account with this username, compared ignoring case. */
    Optional<Account> find(Username username);

    Optional<Account> findById(long id);

    /**
     * The account an operator named.
     *
     * @throws AccountNotFoundException when there is none
     */
    default Account require(String username) {
        return find(Username.parse(username).orThrow("username"))
                .orElseThrow(() -> new AccountNotFoundException(username));
    }

    /**
     * Inside a transaction, keeps the account from being deleted or changed by another until the transaction
     * ends, so that rows written for it meanwhile still have their account.
     *
     * @return whether the account exists; false when it was deleted since it was read
     */
    boolean lock(long id);

    /**
     * {@linkplain #lock Locks} an account read earlier in the request.
     *
     * @throws AccountNotFoundException when it was deleted since
     */
    default void lockExisting(Account account) {
        if (!lock(account.id())) {
            throw AccountNotFoundException.deletedMeanwhile(account.username().value());
        }
    }

    /** The {@linkplain Username#key() keys} among these that existing accounts have. */
    Set<String> existingKeys(Collection<String> usernameKeys);

    /**
     * Deletes the account and everything that belongs to it.
     *
     * @return whether this call deleted it; false when there was no such account, or another deleted it first
     */
    boolean delete(long id);

    void setAuthStatus(long id, AuthStatus status);

    /** @throws com.pinfleet.application.common.ConflictException when another account has the name */
    boolean rename(long id, Username newName);

    /** @throws com.pinfleet.application.common.ConflictException when the category no longer exists */
    boolean setCategory(long id, Long categoryId);

    /** @param maskedProxy the proxy as shown, or null for none; {@code location} null when unknown */
    void setProxy(long id, ProxyMode mode, String maskedProxy, String location);

    boolean setDirectSave(long id, boolean enabled);

    /** @param limit the cap on saves a day, or null to follow the schedule alone */
    boolean setSavesLimit(long id, Integer limit);

    /** @param limit pins created a day, or null for the default */
    boolean setCreatesLimit(long id, Integer limit);

    /**
     * One page of accounts matching the filter, ordered by username ignoring case, with their stats;
     * {@code today} is the day "today" counters count. A page that is not full is the end of the list, and its
     * total is the accounts before it and on it.
     */
    Page<AccountOverview> list(AccountFilter filter, PageRequest page, LocalDate today);

    Optional<AccountOverview> overview(long id, LocalDate today);

    /** The time zones of the accounts that have one, by account id; the others count days in the server's. */
    Map<Long, ZoneId> timeZones();

    /** How many accounts there are: in all, without a category, and in each category itself. */
    record CategoryCounts(long total, long uncategorized, Map<Long, Long> perCategory) {
    }

    /**
     * The three counts of a listing's side panel, read together; each category counts the accounts it holds
     * itself, not those of its subcategories.
     */
    CategoryCounts countsByCategory();
}
