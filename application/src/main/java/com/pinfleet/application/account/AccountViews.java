package com.pinfleet.application.account;

import com.pinfleet.application.board.BoardRepository;
import com.pinfleet.application.category.Categories;
import com.pinfleet.application.common.AccountNotFoundException;
import com.pinfleet.application.common.Page;
import com.pinfleet.application.common.PageRequest;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.application.engine.AutomationRecord;
import com.pinfleet.application.engine.AutomationRepository;
import com.pinfleet.application.engine.DayPlanRepository;
import com.pinfleet.application.engine.StoredPlan;
import com.pinfleet.application.settings.ServerSettings;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.category.Category;
import com.pinfleet.domain.category.CategoryName;
import com.pinfleet.domain.category.CategoryTree;
import com.pinfleet.domain.proxy.ProxyMode;
import com.pinfleet.domain.schedule.ScheduleRow;
import com.pinfleet.domain.schedule.SmartSavesSchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What operators read about accounts: filtered listings and one account in full. */
public final class AccountViews {

    private final AccountRepository accounts;
    private final BoardRepository boards;
    private final Categories categories;
    private final ServerSettings settings;
    private final DayPlanRepository plans;
    private final AutomationRepository automation;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AccountViews(AccountRepository accounts, BoardRepository boards, Categories categories,
                        ServerSettings settings, DayPlanRepository plans, AutomationRepository automation,
                        UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.boards = boards;
        this.categories = categories;
        this.settings = settings;
        this.plans = plans;
        this.automation = automation;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * A page of accounts with what a listing page needs beside it: the number of accounts in all, the
     * category tree with each category's own account count, and the number without a category.
     */
    public record Listing(Page<AccountOverview> page, long totalAll, CategoryTree tree,
                          Map<Long, Long> accountsPerCategory, long uncategorized) {
    }

    /**
     * Reads the page and the counts in one transaction. Each statement sees what was committed when it ran, so
     * while others write the side panel's counts may differ from the page by what changed in between; the page's
     * own total agrees with it whenever the page is not full (see {@link AccountRepository#list}).
     */
    public Listing list(AccountQuery query) {
        PageRequest pageRequest = new PageRequest(query.page(), query.perPage());
        return unitOfWork.inTransaction(() -> {
            CategoryTree tree = categories.treeForDisplay();
            AccountFilter filter = filterOf(query, tree);
            Page<AccountOverview> page = accounts.list(filter, pageRequest, LocalDate.now(clock));
            AccountRepository.CategoryCounts counts = accounts.countsByCategory();
            return new Listing(page, counts.total(), tree, counts.perCategory(), counts.uncategorized());
        });
    }

    private AccountFilter filterOf(AccountQuery query, CategoryTree tree) {
        Set<Long> categoryIds = null;
        if (query.categoryId() != null) {
            categoryIds = tree.subtree(query.categoryId());
        }
        if (query.category() != null && !query.category().isBlank()) {
            Set<Long> named = namedSubtrees(query.category(), tree);
            categoryIds = categoryIds == null ? named : intersection(categoryIds, named);
        }
        LocalDate from = null;
        LocalDate until = null;
        if (query.week() != null && !query.week().isBlank()) {
            int week = parseWeek(query.week());
            LocalDate today = LocalDate.now(clock);
            from = today.minusDays(7L * week - 1);
            until = today.minusDays(7L * (week - 1));
        }
        return new AccountFilter(blankToNull(query.search()), categoryIds, null,
                query.proxyMode() == null || query.proxyMode().isBlank() ? null
                        : ProxyMode.parse(query.proxyMode()).orThrow("proxy_mode"),
                parseStatus(query.status()), parseFlag("direct_save", query.directSave()), from, until);
    }

    /**
     * The categories a {@code category} filter names, with everything below them: a path names one category,
     * a lone name every category so named. Written as assignment reads it: spaces and empty levels dropped,
     * names compared ignoring case. A name that exists nowhere matches no account.
     */
    private static Set<Long> namedSubtrees(String nameOrPath, CategoryTree tree) {
        List<String> names = CategoryName.parsePath(nameOrPath).orThrow("category");
        List<Category> named = names.size() == 1 ? tree.named(names.getFirst())
                : tree.atPath(names).stream().toList();
        Set<Long> ids = new HashSet<>();
        named.forEach(category -> ids.addAll(tree.subtree(category.id())));
        return ids;
    }

    private static Set<Long> intersection(Set<Long> a, Set<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static int parseWeek(String raw) {
        try {
            int week = Integer.parseInt(raw.strip());
            if (week >= 1) {
                return week;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("week", "week must be a whole number from 1, not '" + raw + "'");
    }

    private static AutomationState parseStatus(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (AutomationState state : AutomationState.values()) {
            if (state.wireName().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return state;
            }
        }
        throw new InvalidInputException("status",
                "status must be one of running, sleeping, waiting, error, disabled; not '" + raw + "'");
    }

    /** Reads a yes/no filter; null when absent. */
    public static Boolean parseFlag(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "enabled" -> true;
            case "false", "0", "no", "off", "disabled" -> false;
            default -> throw new InvalidInputException(field, field + " must be true or false, not '" + raw + "'");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Where a limit in force comes from. */
    public enum LimitSource { SCHEDULE, OVERRIDE, DEFAULT }

    /**
     * The limits in force for an account today.
     *
     * @param scheduleRow  the smart saves schedule row for the account's current day of automation
     * @param dayNumber    the account's current day of automation, or null before it was first enabled
     * @param todayTarget  the saves today's plan allows, held to the account's own cap as sessions hold it; null
     *                     when today is not planned yet
     */
    public record Limits(ScheduleRow scheduleRow, Integer dayNumber, Integer savesOverride, LimitSource savesSource,
                         Integer todayTarget, int dailyCreates, LimitSource createsSource) {

        /** The fewest saves a day the schedule plans, held to the account's own cap. */
        public int minSaves() {
            return capped(scheduleRow.minSaves());
        }

        /** The most saves a day the schedule plans, held to the account's own cap. */
        public int maxSaves() {
            return capped(scheduleRow.maxSaves());
        }

        private int capped(int saves) {
            return savesOverride == null ? saves : Math.min(saves, savesOverride);
        }
    }

    public record Detail(AccountOverview overview, CategoryTree tree, List<Board> boards, Limits limits) {
    }

    public Detail detail(String username) {
        Account account = accounts.require(username);
        AccountOverview overview = accounts.overview(account.id(), LocalDate.now(clock))
                .orElseThrow(() -> new AccountNotFoundException(username));
        return new Detail(overview, categories.treeForDisplay(), boards.forAccount(account.id()),
                limitsOf(account, overview));
    }

    private Limits limitsOf(Account account, AccountOverview overview) {
        LocalDate today = LocalDate.now(account.zoneOr(clock.getZone()));
        Integer dayNumber = overview.firstEnabledOn() == null ? null
                : (int) ChronoUnit.DAYS.between(overview.firstEnabledOn(), today) + 1;
        SmartSavesSchedule schedule = settings.smartSavesSchedule();
        ScheduleRow row = schedule.rowFor(dayNumber == null ? 1 : dayNumber);
        Optional<StoredPlan> plan = plans.find(account.id(), today);
        Integer override = account.dailySavesLimitMax();
        LimitSource savesSource = override != null && override < row.maxSaves() ? LimitSource.OVERRIDE
                : LimitSource.SCHEDULE;
        Integer target = plan.map(StoredPlan::saveTarget)
                .map(drawn -> override == null ? drawn : Math.min(drawn, override))
                .orElse(null);
        return new Limits(row, dayNumber, override, savesSource, target, account.dailyCreates(),
                account.dailyCreatesLimit() == null ? LimitSource.DEFAULT : LimitSource.OVERRIDE);
    }

    /**
     * The plan in force for an account: smart automation decides it from the schedule row of the account's
     * day, its own cap, and today's drawn plan.
     *
     * @param today     today's plan, or null when today is not planned yet
     * @param nextRun   when its next session is due, or null
     */
    public record ScheduleView(Account account, boolean enabled, Limits limits, StoredPlan today, Instant nextRun) {
    }

    public ScheduleView schedule(String username) {
        Account account = accounts.require(username);
        AccountOverview overview = accounts.overview(account.id(), LocalDate.now(clock)).orElseThrow();
        Optional<AutomationRecord> record = automation.find(account.id());
        LocalDate today = LocalDate.now(account.zoneOr(clock.getZone()));
        boolean enabled = record.map(AutomationRecord::saveEnabled).orElse(false);
        return new ScheduleView(account, enabled, limitsOf(account, overview),
                plans.find(account.id(), today).orElse(null), enabled ? record.get().nextRun() : null);
    }
}
