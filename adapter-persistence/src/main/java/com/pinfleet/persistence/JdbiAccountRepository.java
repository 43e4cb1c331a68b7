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
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

public final class JdbiAccountRepository implements AccountRepository, CategoryMembers {

    private static final String COLUMNS = """
            a.id, a.username, a.category_id, a.proxy_mode, a.proxy_masked, a.location, a.direct_save,
            a.daily_saves_limit_max, a.daily_creates, a.auth_status, a.time_zone, a.created_at""";

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
    public void delete(long id) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from accounts where id = :id").bind("id", id).execute());
    }

    @Override
    public void setAuthStatus(long id, AuthStatus status) {
        jdbi.useHandle(handle -> handle.createUpdate("update accounts set auth_status = :status where id = :id")
                .bind("id", id)
                .bind("status", status.wireName())
                .execute());
    }

    @Override
    public void rename(long id, Username newName) {
        Sql.unique(() -> update(id, "username = :username, username_key = :key", Map.of("username", newName.value(),
                "key", newName.key())), "Account already exists: " + newName);
    }

    @Override
    public void setCategory(long id, Long categoryId) {
        Map<String, Object> values = new HashMap<>();
        values.put("categoryId", categoryId);
        update(id, "category_id = :categoryId", values);
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
    public void setDirectSave(long id, boolean enabled) {
        update(id, "direct_save = :enabled", Map.of("enabled", enabled));
    }

    @Override
    public void setSavesLimit(long id, Integer limit) {
        Map<String, Object> values = new HashMap<>();
        values.put("limit", limit);
        update(id, "daily_saves_limit_max = :limit", values);
    }

    @Override
    public void setCreatesLimit(long id, Integer limit) {
        Map<String, Object> values = new HashMap<>();
        values.put("limit", limit);
        update(id, "daily_creates = :limit", values);
    }

    /** Sets some columns of one account; values are bound by name, nulls as SQL nulls of their column. */
    private int update(long id, String assignments, Map<String, Object> values) {
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
            return update.bind("id", id).execute();
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
    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from accounts").mapTo(Long.class).one());
    }

    @Override
    public long countUncategorized() {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from accounts where category_id is null")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Map<Long, Long> countPerCategory() {
        Map<Long, Long> counts = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        select category_id, count(*) as accounts
                        from accounts
                        where category_id is not null
                        group by category_id
                        """)
                .map((rs, ctx) -> Map.entry(rs.getLong("category_id"), rs.getLong("accounts")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    @Override
    public Page<AccountOverview> list(AccountFilter filter, PageRequest page, LocalDate today) {
        return jdbi.withHandle(handle -> {
            Where where = Where.of(filter);
            if (where.matchesNothing()) {
                return new Page<AccountOverview>(List.of(), page.page(), page.perPage(), 0);
            }
            Query countQuery = handle.createQuery("select count(*) from accounts a"
                    + " left join automation au on au.account_id = a.id" + where.sql());
            long total = where.bind(countQuery).mapTo(Long.class).one();
            Query pageQuery = handle.createQuery("select " + COLUMNS
                    + ", au.save_enabled, au.state, au.first_enabled_on"
                    + " from accounts a left join automation au on au.account_id = a.id" + where.sql()
                    + " order by a.username_key limit :limit offset :offset");
            List<Row> rows = where.bind(pageQuery)
                    .bind("limit", page.perPage())
                    .bind("offset", page.offset())
                    .map((rs, ctx) -> row(rs))
                    .list();
            return new Page<>(overviews(handle, rows, today), page.page(), page.perPage(), total);
        });
    }

    @Override
    public Optional<AccountOverview> overview(long id, LocalDate today) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS
                        + ", au.save_enabled, au.state, au.first_enabled_on"
                        + " from accounts a left join automation au on au.account_id = a.id where a.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne()
                .map(row -> overviews(handle, List.of(row), today).getFirst()));
    }

    /** An account row with its automation columns. */
    private record Row(Account account, boolean enabled, AutomationState state, LocalDate firstEnabledOn) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        boolean enabled = rs.getBoolean("save_enabled");
        String state = rs.getString("state");
        AutomationState shown = state == null ? AutomationState.DISABLED
                : enabled || "error".equals(state) ? AutomationState.fromWireName(state) : AutomationState.DISABLED;
        return new Row(account(rs), enabled, shown, Rows.date(rs, "first_enabled_on"));
    }

    private List<AccountOverview> overviews(Handle handle, List<Row> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> row.account().id()).toList();
        Set<String> files = new HashSet<>();
        handle.createQuery("""
                        select account_id, kind from account_secrets
                        where account_id in (<ids>) and kind in ('cookies', 'fingerprint')
                        """)
                .bindList("ids", ids)
                .map((rs, ctx) -> rs.getLong("account_id") + "/" + rs.getString("kind"))
                .forEach(files::add);
        Map<Long, AccountStats> stats = stats(handle, ids, today);
        List<AccountOverview> overviews = new ArrayList<>();
        for (Row row : rows) {
            long id = row.account().id();
            overviews.add(new AccountOverview(row.account(), files.contains(id + "/cookies"),
                    files.contains(id + "/fingerprint"), row.enabled(), row.state(), row.firstEnabledOn(),
                    stats.getOrDefault(id, AccountStats.NONE)));
        }
        return overviews;
    }

    private static Map<Long, AccountStats> stats(Handle handle, List<Long> ids, LocalDate today) {
        Map<Long, Integer> pending = new HashMap<>();
        handle.createQuery("""
                        select account_id, count(*) as items from save_items
                        where account_id in (<ids>) and status = 'pending'
                        group by account_id
                        """)
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("account_id"), rs.getInt("items")))
                .forEach(entry -> pending.put(entry.getKey(), entry.getValue()));
        Map<Long, AccountStats> stats = new HashMap<>();
        handle.createQuery("""
                        select account_id,
                               sum(sessions) as total_sessions,
                               sum(saves) as total_saved,
                               sum(case when activity_day = :today then saves else 0 end) as today_saves,
                               sum(creates) as total_created,
                               sum(case when activity_day = :today then creates else 0 end) as today_creates
                        from daily_activity
                        where account_id in (<ids>)
                        group by account_id
                        """)
                .bindList("ids", ids)
                .bind("today", today)
                .map((rs, ctx) -> Map.entry(rs.getLong("account_id"), new AccountStats(rs.getLong("total_sessions"),
                        rs.getLong("total_saved"), rs.getInt("today_saves"), rs.getLong("total_created"),
                        rs.getInt("today_creates"), pending.getOrDefault(rs.getLong("account_id"), 0))))
                .forEach(entry -> stats.put(entry.getKey(), entry.getValue()));
        for (Long id : ids) {
            stats.putIfAbsent(id, new AccountStats(0, 0, 0, 0, 0, pending.getOrDefault(id, 0)));
        }
        return stats;
    }

    static Account account(ResultSet rs) throws SQLException {
        String zone = rs.getString("time_zone");
        return new Account(
                rs.getLong("id"),
                new Username(rs.getString("username")),
                Rows.nullableLong(rs, "category_id"),
                ProxyMode.valueOf(rs.getString("proxy_mode").toUpperCase(Locale.ROOT)),
                rs.getString("proxy_masked"),
                rs.getString("location"),
                rs.getBoolean("direct_save"),
                Rows.nullableInt(rs, "daily_saves_limit_max"),
                Rows.nullableInt(rs, "daily_creates"),
                AuthStatus.fromWireName(rs.getString("auth_status")),
                zone == null ? null : ZoneId.of(zone),
                Rows.instant(rs, "created_at"));
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += IN_LIST_CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + IN_LIST_CHUNK)));
        }
        return chunks;
    }

    /** The where clause of a listing, built from the filter's parts that are set. */
    private record Where(String sql, Map<String, Object> values, List<Long> categoryIds, boolean matchesNothing) {

        static Where of(AccountFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> values = new HashMap<>();
            List<Long> categoryIds = null;
            if (filter.search() != null) {
                conditions.add("a.username_key like :search escape '!'");
                values.put("search", Sql.containing(filter.search().toLowerCase(Locale.ROOT)));
            }
            if (filter.categoryIds() != null) {
                if (filter.categoryIds().isEmpty()) {
                    return new Where("", values, null, true);
                }
                conditions.add("a.category_id in (<categoryIds>)");
                categoryIds = new ArrayList<>(filter.categoryIds());
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
            return new Where(sql, values, categoryIds, false);
        }

        Query bind(Query query) {
            values.forEach(query::bind);
            if (categoryIds != null) {
                query.bindList("categoryIds", categoryIds);
            }
            return query;
        }
    }
}
