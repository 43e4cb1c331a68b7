package com.pinfleet.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.pinfleet.application.account.AccountOverview;
import com.pinfleet.application.account.AccountStats;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.category.Category;
import com.pinfleet.domain.category.CategoryTree;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.schedule.SmartSavesSchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the things the API shows, in the field names of the API reference. */
final class Views {

    private final Clock clock;

    Views(Clock clock) {
        this.clock = clock;
    }

    /** An account as listings show it; a record, as listings show up to 200 of them at a time. */
    record AccountJson(String username, String category, Long categoryId, String categoryPath, boolean hasCookies,
                       boolean hasFingerprint, String authStatus, String proxy, String proxyMode, String location,
                       boolean directSave, boolean automationActive, String automationStatus, Integer automationDay,
                       Integer week, Integer dailySavesLimitMax, int dailyCreates, StatsJson stats,
                       Instant createdAt) {
    }

    record StatsJson(long totalSessions, long totalSaved, int todaySaves, long totalCreated, int todayCreates,
                     int pendingSaves) {
    }

    AccountJson account(AccountOverview overview, CategoryTree tree) {
        Account account = overview.account();
        Category category = account.categoryId() == null ? null : tree.find(account.categoryId()).orElse(null);
        Integer day = dayOfAutomation(overview, account);
        AccountStats stats = overview.stats();
        return new AccountJson(account.username().value(), category == null ? null : category.name(),
                account.categoryId(), category == null ? null : tree.path(category.id()), overview.hasCookies(),
                overview.hasFingerprint(), account.authStatus().wireName(),
                account.maskedProxy() == null ? "" : account.maskedProxy(), account.proxyMode().wireName(),
                account.location() == null ? "" : account.location(), account.directSave(),
                overview.automationEnabled(), overview.automationState().wireName(), day,
                day == null ? null : SmartSavesSchedule.week(day), account.dailySavesLimitMax(),
                account.dailyCreates(), new StatsJson(stats.totalSessions(), stats.totalSaved(), stats.todaySaves(),
                stats.totalCreated(), stats.todayCreates(), stats.pendingSaves()), account.createdAt());
    }

    private Integer dayOfAutomation(AccountOverview overview, Account account) {
        if (overview.firstEnabledOn() == null) {
            return null;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), account.zoneOr(clock.getZone()));
        return (int) ChronoUnit.DAYS.between(overview.firstEnabledOn(), today) + 1;
    }

    static Map<String, Object> board(Board board) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", board.name());
        view.put("board_id", board.pinterestId());
        view.put("description", board.description());
        view.put("privacy", board.privacy().wireName());
        view.put("on_pinterest", board.onPinterest());
        view.put("synced_at", board.syncedAt());
        return view;
    }

    static List<Map<String, Object>> boards(List<Board> boards) {
        return boards.stream().map(Views::board).toList();
    }

    static Map<String, Object> saveItem(int index, SaveItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("index", index);
        view.put("pin_id", item.pinId().value());
        view.put("url", item.source());
        view.put("board", item.boardName());
        view.put("status", item.status().wireName());
        view.put("board_id", item.boardId());
        view.put("saved_pin_id", item.savedPinId());
        view.put("error", item.error());
        view.put("attempts", item.attempts());
        view.put("added_at", item.createdAt());
        view.put("updated_at", item.updatedAt());
        return view;
    }

    static Map<String, Object> category(Category category, CategoryTree tree) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", category.id());
        view.put("name", category.name());
        view.put("parent_id", category.parentId());
        view.put("path", tree.path(category.id()));
        return view;
    }

    /**
     * A category in a tree. Its path is where it sits in the tree, so only the flat list spells it out;
     * {@code accountCount} is left out where counts are not asked for. A top category's {@code parent_id} is
     * null, as in the flat list.
     */
    record CategoryNodeJson(long id, String name, Long parentId,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Long accountCount,
                            List<CategoryNodeJson> children) {
    }

    /** The tree from the top, each category with its own account count (when {@code counts} is given). */
    static List<CategoryNodeJson> categoryTree(CategoryTree tree, Long parentId, Map<Long, Long> counts) {
        List<CategoryNodeJson> level = new ArrayList<>();
        for (Category child : tree.children(parentId)) {
            level.add(new CategoryNodeJson(child.id(), child.name(), child.parentId(),
                    counts == null ? null : counts.getOrDefault(child.id(), 0L),
                    categoryTree(tree, child.id(), counts)));
        }
        return level;
    }

    /** An instant as Unix seconds, as the reference gives {@code next_run}. */
    static Long epochSeconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }
}
