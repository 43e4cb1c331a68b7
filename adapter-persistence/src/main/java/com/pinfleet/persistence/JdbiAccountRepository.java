package com.pinfleet.persistence;

import com.pinfleet.application.account.AccountFilter;
import com.pinfleet.application.account.AccountOverview;
import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.account.AccountStats;
import com.pinfleet.application.account.NewAccount;
import com.pinfleet.application.category.CategoryMembers;
import com.pinfleet.application.common.Page;
import com.pinfleet.application.common.PageRequest;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.proxy.ProxyMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

public final class JdbiAccountRepository implements AccountRepository, CategoryMembers {

    /** The account columns, read by position by {@link #account}: keep the two in the same order. */
    private static final String COLUMNS = """
            a.id, a.username, a.category_id, a.proxy_mode, a.proxy_masked, a.location, a.direct_save,
            a.daily_saves_limit_max, a.daily_creates, a.auth_status, a.time_zone, a.created_at""";
    private static final int AFTER_ACCOUNT = 12;

    /** The automation state an account shows: its recorded state while enabled or stopped by an error. */
    private static final String SHOWN_STATE = """
            case when au.save_enabled = true or au.state = 'error' then au.state else 'disabled' end""";

    private static final int IN_LIST_CHUNK = 1_000;

    private final Jdbi jdbi;

    public JdbiAccountRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Account add(NewAccount account) {
        return addAll(List.of(account)).getFirst();
    }

    @Override
    public List<Account> addAll(List<NewAccount> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return Sql.unique(() -> jdbi.inTransaction(handle -> insert(handle, accounts)),
                "Account already exists: " + accounts.getFirst().username());
    }

    private List<Account> insert(Handle handle, List<NewAccount> accounts) {
        PreparedBatch batch = handle.prepareBatch("""
                insert into accounts (username, username_key, category_id, proxy_mode, proxy_masked, direct_save,
                                      auth_status, created_at, updated_at)
                values (:username, :usernameKey, :categoryId, :proxyMode, :proxyMasked, false,
                        :authStatus, :createdAt, :createdAt)
                """);
        for (NewAccount account : accounts) {
            batch.bind("username", account.username().value())
                    .bind("usernameKey", account.username().key())
                    .bind("categoryId", account.categoryId())
                    .bind("proxyMode", account.proxyMode().wireName())
                    .bind("proxyMasked", account.maskedProxy())
                    .bind("authStatus", account.authStatus().wireName())
                    .bind("createdAt", account.createdAt())
                    .add();
        }
        batch.execute();
        List<String> keys = accounts.stream().map(account -> account.username().key()).toList();
        Map<String, Account> byKey = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            handle.createQuery("select " + COLUMNS + " from accounts a where a.username_key in (<keys>)")
                    .bindList("keys", chunk)
                    .map((rs, ctx) -> account(rs))
                    .forEach(account -> byKey.put(account.username().key(), account));
        }
        return keys.stream().map(byKey::get).toList();
    }

    @Override
    public Optional<Account> find(Username username) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS
                        + " from accounts a where a.username_key = :key")
                .bind("key", username.key())
                .map((rs, ctx) -> account(rs))
                .findOne());
    }

    @Override
    public Optional<Account> findById(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from accounts a where a.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> account(rs))
                .findOne());
    }

    @Override
    public Set<String> existingKeys(Collection<String> usernameKeys) {
        Set<String> existing = new HashSet<>();
        jdbi.useHandle(handle -> {
            for (List<String> chunk : chunks(new ArrayList<>(usernameKeys))) {
                existing.addAll(handle.createQuery("select username_key from accounts where username_key in (<keys>)")
                        .bindList("keys", chunk)
                        .mapTo(String.class)
                        .list());
            }
        });
        return existing;
    }

    @Override
    public boolean lock(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("select id from accounts where id = :id for update")
                .bind("id", id)
                .mapTo(Long.class)
                .findOne()
                .isPresent());
    }

    @Override
    public boolean delete(long id) {
        return jdbi.withHandle(handle -> handle.createUpdate("delete from accounts where id = :id")
                .bind("id", id)
                .execute()) == 1;
    }

    @Override
    public void setAuthStatus(long id, AuthStatus status) {
        jdbi.useHandle(handle -> handle.createUpdate("update accounts set auth_status = :status where id = :id")
                .bind("id", id)
                .bind("status", status.wireName())
                .execute());
    }

    @Override
    public boolean rename(long id, Username newName) {
        return Sql.unique(() -> update(id, "username = :username, username_key = :key",
                Map.of("username", newName.value(), "key", newName.key())), "Account already exists: " + newName);
    }

    @Override
    public boolean setCategory(long id, Long categoryId) {
        Map<String, Object> values = new HashMap<>();
        values.put("categoryId", categoryId);
        return update(id, "category_id = :categoryId", values);
    }

    @Override
    public void setProxy(long id, ProxyMode mode, String maskedProxy, String location) {
        Map<String, Object> values = new HashMap<>();
        values.put("mode", mode.wireName());
        values.put("masked", maskedProxy);
        values.put("location", location);
        update(id, "proxy_mode = :mode, proxy_masked = :masked, location = :location", values);
    }

    @Override
    public boolean setDirectSave(long id, boolean enabled) {
        return update(id, "direct_save = :enabled", Map.of("enabled", enabled));
    }

    @Override
    public boolean setSavesLimit(long id, Integer limit) {
        Map<String, Object> values = new HashMap<>();
        values.put("limit", limit);
        return update(id, "daily_saves_limit_max = :limit", values);
    }

    @Override
    public boolean setCreatesLimit(long id, Integer limit) {
        Map<String, Object> values = new HashMap<>();
        values.put("limit", limit);
        return update(id, "daily_creates = :limit", values);
    }

    /**
     * Sets some columns of one account; values are bound by name, nulls as SQL nulls of their column. Answers
     * whether the account was there to change.
     */
    private boolean update(long id, String assignments, Map<String, Object> values) {
        return jdbi.withHandle(handle -> {
            Update update = handle.createUpdate("update accounts set " + assignments
                    + ", updated_at = current_timestamp where id = :id");
            values.forEach((name, value) -> {
                if (value == null) {
                    update.bindNull(name, nullType(name));
                } else {
                    update.bind(name, value);
                }
            });
            return update.bind("id", id).execute() == 1;
        });
    }

    private static int nullType(String name) {
        return switch (name) {
            case "categoryId" -> Types.BIGINT;
            case "limit" -> Types.INTEGER;
            default -> Types.VARCHAR;
        };
    }

    @Override
    public void moveAccounts(long fromId, Long toId) {
        jdbi.useHandle(handle -> handle.createUpdate("update accounts set category_id = :to where category_id = :from")
                .bind("from", fromId)
                .bind("to", toId)
                .execute());
    }

    @Override
    public Map<Long, ZoneId> timeZones() {
        Map<Long, ZoneId> zones = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("select id, time_zone from accounts where time_zone is not null")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), ZoneId.of(rs.getString(2))))
                .forEach(entry -> zones.put(entry.getKey(), entry.getValue())));
        return zones;
    }

    @Override
    public CategoryCounts countsByCategory() {
        Map<Long, Long> perCategory = new HashMap<>();
        long[] uncategorized = {0};
        jdbi.useHandle(handle -> handle.createQuery("""
                        select category_id, count(*) as accounts from accounts group by category_id
                        """)
                .map((rs, ctx) -> Map.entry(Optional.ofNullable(Rows.nullableLong(rs, 1)), rs.getLong(2)))
                .forEach(entry -> entry.getKey().ifPresentOrElse(id -> perCategory.put(id, entry.getValue()),
                        () -> uncategorized[0] = entry.getValue())));
        long total = uncategorized[0] + perCategory.values().stream().mapToLong(Long::longValue).sum();
        return new CategoryCounts(total, uncategorized[0], perCategory);
    }

    /**
     * Finds the page's ids first, in the order of the listing, from the index on category and username
     * alone (the automation table joins in only when the filter needs it), then reads those accounts by id.
     *
     * <p>The matches are counted only when the page does not tell how many there are. A page that is not full
     * is the end of the list, so the total is the accounts before it and on it: it then agrees with the
     * accounts shown even when others are added or deleted between the statements.
     */
    @Override
    public Page<AccountOverview> list(AccountFilter filter, PageRequest page, LocalDate today) {
        return jdbi.withHandle(handle -> {
            Where where = Where.of(filter);
            if (where.matchesNothing()) {
                return new Page<AccountOverview>(List.of(), page.page(), page.perPage(), 0);
            }
            String from = " from accounts a" + (where.needsAutomation()
                    ? " left join automation au on au.account_id = a.id" : "") + where.sql();
            List<Long> ids = where.bind(handle.createQuery("select a.id" + from
                            + " order by a.username_key limit :limit offset :offset"))
                    .bind("limit", page.perPage())
                    .bind("offset", page.offset())
                    .mapTo(Long.class)
                    .list();
            List<AccountOverview> shown = overviewsInOrder(handle, ids, today);
            boolean endOfList = ids.size() < page.perPage() && (!ids.isEmpty() || page.offset() == 0);
            long total = page.offset() + shown.size();
            if (!endOfList) {
                long counted = where.bind(handle.createQuery("select count(*)" + from)).mapTo(Long.class).one();
                // a full page shows at least as many as it passed over and holds
                total = shown.isEmpty() ? counted : Math.max(counted, total);
            }
            return new Page<>(shown, page.page(), page.perPage(), total);
        });
    }

    @Override
    public Optional<AccountOverview> overview(long id, LocalDate today) {
        return jdbi.withHandle(handle -> overviewsInOrder(handle, List.of(id), today).stream().findFirst());
    }

    /**
     * The accounts with these ids, in this order, each with its automation, which credential files it has,
     * its pending saves and its counters: one statement for the accounts and one for their counters. The ids
     * are joined as a table rather than tested with {@code = any(:ids)}, which H2 checks for each row found by
     * going through the whole array.
     */
    private static List<AccountOverview> overviewsInOrder(Handle handle, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, AccountStats> counters = counters(handle, ids, today);
        Map<Long, AccountOverview> byId = new HashMap<>();
        handle.createQuery("select " + COLUMNS + """
                        , au.save_enabled, au.state, au.first_enabled_on,
                          (select count(*) from account_secrets s
                           where s.account_id = a.id and s.kind = 'cookies') as cookie_files,
                          (select count(*) from account_secrets s
                           where s.account_id = a.id and s.kind = 'fingerprint') as fingerprint_files,
                          (select count(*) from save_items q
                           where q.account_id = a.id and q.status = 'pending') as pending_saves
                        from unnest(:ids) as page(id)
                        join accounts a on a.id = page.id
                        left join automation au on au.account_id = a.id
                        """)
                .bindArray("ids", Long.class, ids)
                .map((rs, ctx) -> overview(rs, counters))
                .forEach(overview -> byId.put(overview.account().id(), overview));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The work counters of these accounts summed over their days, the pending saves left at zero. Read apart
     * from the accounts: H2 would compute a grouped subquery joined to them once for every account.
     */
    private static Map<Long, AccountStats> counters(Handle handle, List<Long> ids, LocalDate today) {
        Map<Long, AccountStats> counters = new HashMap<>();
        handle.createQuery("""
                        select account_id,
                               sum(sessions) as total_sessions,
                               sum(saves) as total_saved,
                               sum(case when activity_day = :today then saves else 0 end) as today_saves,
                               sum(creates) as total_created,
                               sum(case when activity_day = :today then creates else 0 end) as today_creates
                        from unnest(:ids) as page(id)
                        join daily_activity d on d.account_id = page.id
                        group by account_id
                        """)
                .bindArray("ids", Long.class, ids)
                .bind("today", today)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new AccountStats(rs.getLong(2), rs.getLong(3),
                        rs.getInt(4), rs.getLong(5), rs.getInt(6), 0)))
                .forEach(entry -> counters.put(entry.getKey(), entry.getValue()));
        return counters;
    }

    /**
     * Reads a row of {@link #overviewsInOrder} by position: the account, then its other columns in order; the
     * account's counters come from those read beside it.
     */
    private static AccountOverview overview(ResultSet rs, Map<Long, AccountStats> counters) throws SQLException {
        int at = AFTER_ACCOUNT;
        boolean enabled = rs.getBoolean(++at);
        String state = rs.getString(++at);
        LocalDate firstEnabledOn = Rows.date(rs, ++at);
        boolean hasCookies = rs.getInt(++at) > 0;
        boolean hasFingerprint = rs.getInt(++at) > 0;
        int pending = rs.getInt(++at);
        Account account = account(rs);
        AccountStats counted = counters.getOrDefault(account.id(), AccountStats.NONE);
        AccountStats stats = new AccountStats(counted.totalSessions(), counted.totalSaved(), counted.todaySaves(),
                counted.totalCreated(), counted.todayCreates(), pending);
        return new AccountOverview(account, hasCookies, hasFingerprint, enabled, shownState(enabled, state),
                firstEnabledOn, stats);
    }

    /** The automation state an account shows: the recorded one while enabled or stopped by an error. */
    private static AutomationState shownState(boolean enabled, String state) {
        return state == null ? AutomationState.DISABLED
                : enabled || "error".equals(state) ? AutomationState.fromWireName(state) : AutomationState.DISABLED;
    }

    /** Reads the {@link #COLUMNS} that start a row, by position. */
    static Account account(ResultSet rs) throws SQLException {
        String zone = rs.getString(11);
        return new Account(
                rs.getLong(1),
                new Username(rs.getString(2)),
                Rows.nullableLong(rs, 3),
                ProxyMode.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                Rows.nullableInt(rs, 8),
                Rows.nullableInt(rs, 9),
                AuthStatus.fromWireName(rs.getString(10)),
                zone == null ? null : ZoneId.of(zone),
                Rows.instant(rs, 12));
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += IN_LIST_CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + IN_LIST_CHUNK)));
        }
        return chunks;
    }

    /** The where clause of a listing, built from the filter's parts that are set. */
    private record Where(String sql, Map<String, Object> values, boolean matchesNothing, boolean needsAutomation) {

        static Where of(AccountFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> values = new HashMap<>();
            if (filter.search() != null) {
                // position() rather than like: the term is taken literally, and H2 plans a like anew each time
                conditions.add("position(:search in a.username_key) > 0");
                values.put("search", filter.search().toLowerCase(Locale.ROOT));
            }
            if (filter.categoryIds() != null) {
                if (filter.categoryIds().isEmpty()) {
                    return new Where("", values, true, false);
                }
                // Written into the statement, not bound: H2 then plans knowing them and checks each account
                // against a set, not a list. They are numbers from the category tree, never text from a request.
                conditions.add("a.category_id in (" + filter.categoryIds().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")");
            }
            if (Boolean.TRUE.equals(filter.uncategorized())) {
                conditions.add("a.category_id is null");
            }
            if (filter.proxyMode() != null) {
                conditions.add("a.proxy_mode = :proxyMode");
                values.put("proxyMode", filter.proxyMode().wireName());
            }
            if (filter.automation() != null) {
                conditions.add("coalesce(" + SHOWN_STATE + ", 'disabled') = :state");
                values.put("state", filter.automation().wireName());
            }
            if (filter.directSave() != null) {
                conditions.add("a.direct_save = :directSave");
                values.put("directSave", filter.directSave());
            }
            if (filter.firstEnabledFrom() != null) {
                conditions.add("au.first_enabled_on >= :enabledFrom");
                values.put("enabledFrom", filter.firstEnabledFrom());
            }
            if (filter.firstEnabledUntil() != null) {
                conditions.add("au.first_enabled_on <= :enabledUntil");
                values.put("enabledUntil", filter.firstEnabledUntil());
            }
            String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            boolean needsAutomation = filter.automation() != null || filter.firstEnabledFrom() != null
                    || filter.firstEnabledUntil() != null;
            return new Where(sql, values, false, needsAutomation);
        }

        Query bind(Query query) {
            values.forEach(query::bind);
            return query;
        }
    }
}
