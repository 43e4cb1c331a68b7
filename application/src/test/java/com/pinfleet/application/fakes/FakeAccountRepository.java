package com.pinfleet.application.fakes;

import com.pinfleet.application.account.AccountFilter;
import com.pinfleet.application.account.AccountOverview;
import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.account.NewAccount;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.Page;
import com.pinfleet.application.common.PageRequest;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Accounts in a map, ids counted from 1. New accounts save smart (direct save off), follow the schedule and the
 * server's zone, as on the database. Deleting an account removes only the account: the other fakes keep what
 * belonged to it.
 *
 * <p>Listings ({@link #list}, {@link #overview}) join automation, secrets and counters on the database; this
 * fake does not hold those and refuses them.
 */
public final class FakeAccountRepository implements AccountRepository, TransactionalFake<Map<Long, Account>> {

    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private long lastId;

    @Override
    public Account add(NewAccount account) {
        return addAll(List.of(account)).getFirst();
    }

    @Override
    public synchronized List<Account> addAll(List<NewAccount> newAccounts) {
        Set<String> keys = new HashSet<>();
        for (NewAccount account : newAccounts) {
            if (find(account.username()).isPresent() || !keys.add(account.username().key())) {
                throw new ConflictException("Account already exists: " + account.username());
            }
        }
        List<Account> added = new ArrayList<>();
        for (NewAccount account : newAccounts) {
            Account stored = new Account(++lastId, account.username(), account.categoryId(), account.proxyMode(),
                    account.maskedProxy(), null, false, null, null, account.authStatus(), null,
                    account.createdAt());
            accounts.put(stored.id(), stored);
            added.add(stored);
        }
        return added;
    }

    @Override
    public synchronized Optional<Account> find(Username username) {
        return accounts.values().stream().filter(account -> account.username().sameAs(username)).findFirst();
    }

    @Override
    public synchronized Optional<Account> findById(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized Map<Long, ZoneId> timeZones() {
        Map<Long, ZoneId> zones = new LinkedHashMap<>();
        accounts.values().stream().filter(account -> account.timeZone() != null)
                .forEach(account -> zones.put(account.id(), account.timeZone()));
        return zones;
    }

    @Override
    public synchronized Set<String> existingKeys(Collection<String> usernameKeys) {
        Set<String> existing = new HashSet<>();
        for (Account account : accounts.values()) {
            if (usernameKeys.contains(account.username().key())) {
                existing.add(account.username().key());
            }
        }
        return existing;
    }

    @Override
    public synchronized boolean lock(long id) {
        return accounts.containsKey(id);
    }

    @Override
    public synchronized boolean delete(long id) {
        return accounts.remove(id) != null;
    }

    @Override
    public void setAuthStatus(long id, AuthStatus status) {
        change(id, a -> new Account(a.id(), a.username(), a.categoryId(), a.proxyMode(), a.maskedProxy(),
                a.location(), a.directSave(), a.dailySavesLimitMax(), a.dailyCreatesLimit(), status, a.timeZone(),
                a.createdAt()));
    }

    @Override
    public synchronized boolean rename(long id, Username newName) {
        Optional<Account> holder = find(newName);
        if (holder.isPresent() && holder.get().id() != id) {
            throw new ConflictException("Account already exists: " + newName);
        }
        return change(id, a -> new Account(a.id(), newName, a.categoryId(), a.proxyMode(), a.maskedProxy(),
                a.location(), a.directSave(), a.dailySavesLimitMax(), a.dailyCreatesLimit(), a.authStatus(),
                a.timeZone(), a.createdAt()));
    }

    @Override
    public boolean setCategory(long id, Long categoryId) {
        return change(id, a -> new Account(a.id(), a.username(), categoryId, a.proxyMode(), a.maskedProxy(),
                a.location(), a.directSave(), a.dailySavesLimitMax(), a.dailyCreatesLimit(), a.authStatus(),
                a.timeZone(), a.createdAt()));
    }

    @Override
    public void setProxy(long id, ProxyMode mode, String maskedProxy, String location) {
        change(id, a -> new Account(a.id(), a.username(), a.categoryId(), mode, maskedProxy, location,
                a.directSave(), a.dailySavesLimitMax(), a.dailyCreatesLimit(), a.authStatus(), a.timeZone(),
                a.createdAt()));
    }

    @Override
    public boolean setDirectSave(long id, boolean enabled) {
        return change(id, a -> new Account(a.id(), a.username(), a.categoryId(), a.proxyMode(), a.maskedProxy(),
                a.location(), enabled, a.dailySavesLimitMax(), a.dailyCreatesLimit(), a.authStatus(), a.timeZone(),
                a.createdAt()));
    }

    @Override
    public boolean setSavesLimit(long id, Integer limit) {
        return change(id, a -> new Account(a.id(), a.username(), a.categoryId(), a.proxyMode(), a.maskedProxy(),
                a.location(), a.directSave(), limit, a.dailyCreatesLimit(), a.authStatus(), a.timeZone(),
                a.createdAt()));
    }

    @Override
    public boolean setCreatesLimit(long id, Integer limit) {
        return change(id, a -> new Account(a.id(), a.username(), a.categoryId(), a.proxyMode(), a.maskedProxy(),
                a.location(), a.directSave(), a.dailySavesLimitMax(), limit, a.authStatus(), a.timeZone(),
                a.createdAt()));
    }

    /** Gives the account a zone of its own; no port sets one yet (accounts follow the server's zone). */
    public void setTimeZone(long id, ZoneId zone) {
        change(id, a -> new Account(a.id(), a.username(), a.categoryId(), a.proxyMode(), a.maskedProxy(),
                a.location(), a.directSave(), a.dailySavesLimitMax(), a.dailyCreatesLimit(), a.authStatus(), zone,
                a.createdAt()));
    }

    @Override
    public Page<AccountOverview> list(AccountFilter filter, PageRequest page, LocalDate today) {
        throw new UnsupportedOperationException("the fake holds accounts only; listings need the database");
    }

    @Override
    public Optional<AccountOverview> overview(long id, LocalDate today) {
        throw new UnsupportedOperationException("the fake holds accounts only; overviews need the database");
    }

    @Override
    public synchronized CategoryCounts countsByCategory() {
        Map<Long, Long> perCategory = new TreeMap<>();
        accounts.values().stream().map(Account::categoryId).filter(Objects::nonNull)
                .forEach(category -> perCategory.merge(category, 1L, Long::sum));
        long uncategorized = accounts.values().stream().filter(account -> account.categoryId() == null).count();
        return new CategoryCounts(accounts.size(), uncategorized, perCategory);
    }

    @Override
    public synchronized Map<Long, Account> snapshot() {
        return new LinkedHashMap<>(accounts);
    }

    @Override
    public synchronized void restore(Map<Long, Account> snapshot) {
        accounts.clear();
        accounts.putAll(snapshot);
    }

    private synchronized boolean change(long id, UnaryOperator<Account> change) {
        return accounts.computeIfPresent(id, (key, account) -> change.apply(account)) != null;
    }
}
