package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.account.AccountFilter;
import com.pinfleet.application.account.AccountOverview;
import com.pinfleet.application.account.AccountStats;
import com.pinfleet.application.account.NewAccount;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.Page;
import com.pinfleet.application.common.PageRequest;
import com.pinfleet.application.engine.RunType;
import com.pinfleet.application.queue.NewSaveItem;
import com.pinfleet.application.queue.SaveQueueRepository.Outcome;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.board.BoardPrivacy;
import com.pinfleet.domain.pin.PinDraft;
import com.pinfleet.domain.pin.PinId;
import com.pinfleet.domain.proxy.ProxyMode;
import com.pinfleet.domain.queue.SaveItemStatus;
import com.pinfleet.domain.schedule.DayPlan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAccountRepositoryTest extends OnBothDatabases {

    private static final LocalDate TODAY = LocalDate.parse("2024-05-20");
    private static final Instant NOW = Instant.parse("2024-05-20T10:15:30.123456Z");
    private static final PageRequest FIRST_PAGE = new PageRequest(1, PageRequest.MAX_PER_PAGE);
    private static final List<String> OWNED_TABLES = List.of("account_secrets", "boards", "save_items", "automation",
            "day_plans", "plan_sessions", "daily_activity", "runs", "account_logs", "board_syncs", "pin_drafts");

    private JdbiAccountRepository accounts;
    private JdbiAutomationRepository automation;
    private JdbiCategoryRepository categories;

    @BeforeEach
    void repositories() {
        accounts = new JdbiAccountRepository(jdbi());
        automation = new JdbiAutomationRepository(jdbi());
        categories = new JdbiCategoryRepository(jdbi());
    }

    @Test
    void an_added_account_keeps_every_field_and_starts_with_defaults() {
        long food = categories.add("Food", null).id();
        NewAccount added = new NewAccount(new Username("MindfulRecipes"), food, ProxyMode.CUSTOM,
                "http://user:****@proxy.example:8080", AuthStatus.NEEDS_AUTH, NOW);

        Account account = accounts.add(added);

        assertThat(account.id()).isPositive();
        assertThat(accounts.findById(account.id())).contains(account);
        assertThat(account.username().value()).isEqualTo("MindfulRecipes");
        assertThat(account.categoryId()).isEqualTo(food);
        assertThat(account.proxyMode()).isEqualTo(ProxyMode.CUSTOM);
        assertThat(account.maskedProxy()).isEqualTo("http://user:****@proxy.example:8080");
        assertThat(account.authStatus()).isEqualTo(AuthStatus.NEEDS_AUTH);
        assertThat(account.createdAt()).isEqualTo(NOW);
        assertThat(account.directSave()).isFalse();
        assertThat(account.location()).isNull();
        assertThat(account.dailySavesLimitMax()).isNull();
        assertThat(account.dailyCreatesLimit()).isNull();
        assertThat(account.timeZone()).isNull();
    }

    @Test
    void an_account_is_found_by_its_username_in_any_case() {
        accounts.add(newAccount("mindfulrecipes"));

        assertThat(accounts.find(new Username("MindfulRecipes"))).map(a -> a.username().value())
                .contains("mindfulrecipes");
        assertThat(accounts.find(new Username("MINDFULRECIPES"))).isPresent();
        assertThat(accounts.find(new Username("mindful"))).isEmpty();
        assertThat(accounts.findById(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void adding_a_username_that_is_taken_in_another_case_is_a_conflict() {
        accounts.add(newAccount("mindfulrecipes"));

        assertThatThrownBy(() -> accounts.add(newAccount("MindfulRecipes")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("MindfulRecipes");
        assertThat(accounts.countsByCategory().total()).isEqualTo(1);
    }

    @Test
    void adding_many_accounts_at_once_returns_them_in_order_with_their_stored_ids() {
        long food = categories.add("Food", null).id();
        List<NewAccount> batch = IntStream.range(0, 1_500)
                .mapToObj(i -> i % 3 == 0
                        ? new NewAccount(new Username(String.format("User_%04d", 1_499 - i)), food, ProxyMode.CUSTOM,
                                "http://u:****@proxy:" + i, AuthStatus.NEEDS_AUTH, NOW)
                        : newAccount(String.format("User_%04d", 1_499 - i)))
                .toList();

        List<Account> added = accounts.addAll(batch);

        assertThat(added).extracting(a -> a.username().value())
                .containsExactlyElementsOf(batch.stream().map(a -> a.username().value()).toList());
        assertThat(added).extracting(Account::id).doesNotHaveDuplicates();
        assertThat(accounts.countsByCategory().total()).isEqualTo(1_500);
        for (Account account : List.of(added.getFirst(), added.get(1), added.get(999), added.get(1_000),
                added.getLast())) {
            assertThat(accounts.findById(account.id())).contains(account);
        }
        assertThat(added.get(999).categoryId()).isEqualTo(food);
        assertThat(added.get(999).maskedProxy()).isEqualTo("http://u:****@proxy:999");
        assertThat(added.get(1_000).categoryId()).isNull();
        assertThat(added.get(1_000).maskedProxy()).isNull();
        assertThat(accounts.countsByCategory().perCategory()).containsOnly(Map.entry(food, 500L));
    }

    @Test
    void adding_an_empty_batch_stores_nothing() {
        List<Account> added = accounts.addAll(List.of());

        assertThat(added).isEmpty();
        assertThat(accounts.countsByCategory().total()).isZero();
    }

    @Test
    void a_batch_with_one_taken_username_stores_none_of_its_accounts() {
        accounts.add(newAccount("taken"));
        List<NewAccount> batch = List.of(newAccount("first"), newAccount("TAKEN"), newAccount("last"));

        assertThatThrownBy(() -> accounts.addAll(batch)).isInstanceOf(ConflictException.class);

        assertThat(accounts.countsByCategory().total()).isEqualTo(1);
        assertThat(accounts.find(new Username("first"))).isEmpty();
        assertThat(accounts.find(new Username("last"))).isEmpty();
    }

    @Test
    void a_batch_naming_the_same_account_twice_stores_none_of_its_accounts() {
        List<NewAccount> batch = List.of(newAccount("twice"), newAccount("other"), newAccount("Twice"));

        assertThatThrownBy(() -> accounts.addAll(batch)).isInstanceOf(ConflictException.class);

        assertThat(accounts.countsByCategory().total()).isZero();
    }

    @Test
    void existing_keys_are_found_among_more_keys_than_one_query_takes() {
        accounts.addAll(IntStream.range(0, 1_200).mapToObj(i -> newAccount("have_" + i)).toList());
        List<String> asked = new ArrayList<>();
        IntStream.range(0, 1_200).forEach(i -> asked.add("have_" + i));
        IntStream.range(0, 1_300).forEach(i -> asked.add("lack_" + i));

        Set<String> existing = accounts.existingKeys(asked);

        assertThat(existing).hasSize(1_200).allMatch(key -> key.startsWith("have_"));
        assertThat(accounts.existingKeys(List.of())).isEmpty();
    }

    @Test
    void deleting_an_account_deletes_everything_that_belongs_to_it() {
        long doomed = accounts.add(newAccount("doomed")).id();
        long kept = accounts.add(newAccount("kept")).id();
        for (long id : List.of(doomed, kept)) {
            giveEverything(id);
        }

        accounts.delete(doomed);

        assertThat(accounts.findById(doomed)).isEmpty();
        for (String table : OWNED_TABLES) {
            assertThat(rows(table, doomed)).as(table + " of the deleted account").isZero();
            assertThat(rows(table, kept)).as(table + " of the other account").isPositive();
        }
    }

    @Test
    void of_accounts_deleting_one_at_once_only_one_is_told_it_deleted_it() {
        long contested = accounts.add(newAccount("contested")).id();

        List<Boolean> deleted = AtOnce.run(8, thread -> () -> accounts.delete(contested));

        assertThat(deleted).containsOnlyOnce(true);
        assertThat(accounts.findById(contested)).isEmpty();
    }

    @Test
    void changes_to_an_account_that_is_gone_say_so() {
        long gone = accounts.add(newAccount("gone")).id();
        long food = categories.add("Food", null).id();
        accounts.delete(gone);

        assertThat(accounts.delete(gone)).isFalse();
        assertThat(accounts.rename(gone, new Username("renamed"))).isFalse();
        assertThat(accounts.setCategory(gone, food)).isFalse();
        assertThat(accounts.setDirectSave(gone, true)).isFalse();
        assertThat(accounts.setSavesLimit(gone, 5)).isFalse();
        assertThat(accounts.setCreatesLimit(gone, 5)).isFalse();
        assertThat(accounts.lock(gone)).isFalse();
        assertThat(accounts.find(new Username("renamed"))).isEmpty();
    }

    @Test
    void a_locked_account_is_deleted_only_after_the_transaction_that_locked_it() throws Exception {
        long held = accounts.add(newAccount("held")).id();
        JdbiSaveQueueRepository queue = new JdbiSaveQueueRepository(jdbi());
        List<CompletableFuture<Void>> delete = new ArrayList<>();
        boolean[] waitedForTheLock = new boolean[1];

        try (Database other = db.reopen()) {
            boolean locked = new JdbiUnitOfWork(jdbi()).inTransaction(() -> {
                boolean found = accounts.lock(held);
                delete.add(CompletableFuture.runAsync(() -> new JdbiAccountRepository(other.jdbi()).delete(held)));
                pause();
                waitedForTheLock[0] = !delete.getFirst().isDone();
                queue.append(held, List.of(new NewSaveItem(new PinId("1"), "1", null)), NOW);
                return found;
            });

            assertThat(locked).isTrue();
            assertThat(waitedForTheLock[0]).as("the delete waited for the lock").isTrue();
            delete.getFirst().get(10, TimeUnit.SECONDS);
        }
        assertThat(accounts.findById(held)).isEmpty();
        assertThat(rows("save_items", held)).isZero();
    }

    @Test
    void the_auth_status_can_be_changed_back_and_forth() {
        long id = accounts.add(newAccount("someone")).id();

        accounts.setAuthStatus(id, AuthStatus.NEEDS_AUTH);
        AuthStatus afterFirst = accounts.findById(id).orElseThrow().authStatus();
        accounts.setAuthStatus(id, AuthStatus.CONNECTED);

        assertThat(afterFirst).isEqualTo(AuthStatus.NEEDS_AUTH);
        assertThat(accounts.findById(id).orElseThrow().authStatus()).isEqualTo(AuthStatus.CONNECTED);
    }

    @Test
    void a_renamed_account_is_found_by_its_new_name_only() {
        long id = accounts.add(newAccount("old_name")).id();

        accounts.rename(id, new Username("New_Name"));

        assertThat(accounts.find(new Username("new_name")).map(Account::id)).contains(id);
        assertThat(accounts.findById(id).orElseThrow().username().value()).isEqualTo("New_Name");
        assertThat(accounts.find(new Username("old_name"))).isEmpty();
    }

    @Test
    void an_account_may_be_renamed_to_another_case_of_its_name() {
        long id = accounts.add(newAccount("owner")).id();

        accounts.rename(id, new Username("OWNER"));

        assertThat(accounts.findById(id).orElseThrow().username().value()).isEqualTo("OWNER");
    }

    @Test
    void renaming_onto_another_accounts_name_in_any_case_is_a_conflict() {
        accounts.add(newAccount("taken"));
        long id = accounts.add(newAccount("owner")).id();

        assertThatThrownBy(() -> accounts.rename(id, new Username("TAKEN")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("TAKEN");

        assertThat(accounts.findById(id).orElseThrow().username().value()).isEqualTo("owner");
    }

    @Test
    void an_accounts_settings_are_changed_one_at_a_time() {
        long food = categories.add("Food", null).id();
        long id = accounts.add(newAccount("owner")).id();

        accounts.setCategory(id, food);
        accounts.setProxy(id, ProxyMode.CUSTOM, "http://u:****@proxy:8080", "Berlin");
        accounts.setDirectSave(id, true);
        accounts.setSavesLimit(id, 40);
        accounts.setCreatesLimit(id, 3);

        Account changed = accounts.findById(id).orElseThrow();
        assertThat(changed.categoryId()).isEqualTo(food);
        assertThat(changed.proxyMode()).isEqualTo(ProxyMode.CUSTOM);
        assertThat(changed.maskedProxy()).isEqualTo("http://u:****@proxy:8080");
        assertThat(changed.location()).isEqualTo("Berlin");
        assertThat(changed.directSave()).isTrue();
        assertThat(changed.dailySavesLimitMax()).isEqualTo(40);
        assertThat(changed.dailyCreatesLimit()).isEqualTo(3);
        assertThat(changed.username().value()).isEqualTo("owner");
        assertThat(changed.createdAt()).isEqualTo(NOW);
    }

    @Test
    void an_accounts_settings_are_cleared_back_to_none() {
        long food = categories.add("Food", null).id();
        long id = accounts.add(newAccount("owner", food, ProxyMode.CUSTOM)).id();
        accounts.setProxy(id, ProxyMode.CUSTOM, "http://u:****@proxy:8080", "Berlin");
        accounts.setDirectSave(id, true);
        accounts.setSavesLimit(id, 40);
        accounts.setCreatesLimit(id, 3);

        accounts.setCategory(id, null);
        accounts.setProxy(id, ProxyMode.DIRECT, null, null);
        accounts.setDirectSave(id, false);
        accounts.setSavesLimit(id, null);
        accounts.setCreatesLimit(id, null);

        Account cleared = accounts.findById(id).orElseThrow();
        assertThat(cleared.categoryId()).isNull();
        assertThat(cleared.proxyMode()).isEqualTo(ProxyMode.DIRECT);
        assertThat(cleared.maskedProxy()).isNull();
        assertThat(cleared.location()).isNull();
        assertThat(cleared.directSave()).isFalse();
        assertThat(cleared.dailySavesLimitMax()).isNull();
        assertThat(cleared.dailyCreatesLimit()).isNull();
    }

    @Test
    void changing_one_account_leaves_the_others_alone() {
        long id = accounts.add(newAccount("owner")).id();
        Account other = accounts.add(newAccount("other"));

        accounts.setDirectSave(id, true);
        accounts.setSavesLimit(id, 10);
        accounts.rename(id, new Username("renamed"));

        assertThat(accounts.findById(other.id())).contains(other);
    }

    @Test
    void time_zones_are_read_for_the_accounts_that_have_one() {
        long berlin = accounts.add(newAccount("berlin")).id();
        accounts.add(newAccount("server_zone"));
        jdbi().useHandle(handle -> handle.createUpdate("update accounts set time_zone = 'Europe/Berlin' where id = :id")
                .bind("id", berlin)
                .execute());

        assertThat(accounts.timeZones()).containsExactly(Map.entry(berlin, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void a_listing_is_paged_and_counts_every_match() {
        accounts.addAll(IntStream.range(0, 25).mapToObj(i -> newAccount(String.format("user%02d", i))).toList());

        Page<AccountOverview> second = accounts.list(AccountFilter.ALL, new PageRequest(2, 10), TODAY);
        Page<AccountOverview> third = accounts.list(AccountFilter.ALL, new PageRequest(3, 10), TODAY);
        Page<AccountOverview> beyond = accounts.list(AccountFilter.ALL, new PageRequest(4, 10), TODAY);

        assertThat(second.items()).hasSize(10);
        assertThat(second.total()).isEqualTo(25);

        assertThat(third.items()).extracting(o -> o.account().username().value())
                .containsExactly("user20", "user21", "user22", "user23", "user24");
        assertThat(third.total()).isEqualTo(25);
        assertThat(third.page()).isEqualTo(3);
        assertThat(third.perPage()).isEqualTo(10);
        assertThat(third.totalPages()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);
    }

    @Test
    void a_listing_is_ordered_by_username_ignoring_case() {
        for (String name : List.of("bob", "Alice", "carol", "ALBERT", "Bea", "aLfred")) {
            accounts.add(newAccount(name));
        }

        assertThat(usernames(AccountFilter.ALL)).containsExactly("ALBERT", "aLfred", "Alice", "Bea", "bob", "carol");
    }

    @Test
    void search_matches_part_of_the_username_in_any_case() {
        addAll("MindfulRecipes", "recipes_daily", "gardening");

        assertThat(usernames(search("RECIPE"))).containsExactly("MindfulRecipes", "recipes_daily");
        assertThat(usernames(search("fulrec"))).containsExactly("MindfulRecipes");
        assertThat(usernames(search("nothing"))).isEmpty();
    }

    @Test
    void search_takes_underscore_and_percent_literally() {
        addAll("a_b", "axb", "ab_", "abc", "plain");

        assertThat(usernames(search("_"))).containsExactly("a_b", "ab_");
        assertThat(usernames(search("a_b"))).containsExactly("a_b");
        assertThat(usernames(search("%"))).isEmpty();
        assertThat(usernames(search("a%b"))).isEmpty();
        assertThat(usernames(search("!"))).isEmpty();
        assertThat(list(search("_")).total()).isEqualTo(2);
    }

    @Test
    void a_category_filter_holds_the_accounts_filed_under_those_categories() {
        long food = categories.add("Food", null).id();
        long travel = categories.add("Travel", null).id();
        long other = categories.add("Other", null).id();
        accounts.add(newAccount("cook", food));
        accounts.add(newAccount("baker", food));
        accounts.add(newAccount("walker", travel));
        accounts.add(newAccount("loose"));

        assertThat(usernames(categoriesFilter(Set.of(food)))).containsExactly("baker", "cook");
        assertThat(usernames(categoriesFilter(Set.of(food, travel)))).containsExactly("baker", "cook", "walker");
        assertThat(usernames(categoriesFilter(Set.of(other)))).isEmpty();
        assertThat(list(categoriesFilter(Set.of(food))).total()).isEqualTo(2);
    }

    @Test
    void an_empty_set_of_categories_matches_nothing() {
        long food = categories.add("Food", null).id();
        accounts.add(newAccount("cook", food));
        accounts.add(newAccount("loose"));

        Page<AccountOverview> page = list(categoriesFilter(Set.of()));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void the_uncategorized_filter_holds_only_accounts_without_a_category() {
        long food = categories.add("Food", null).id();
        accounts.add(newAccount("cook", food));
        accounts.add(newAccount("loose"));

        assertThat(usernames(new AccountFilter(null, null, true, null, null, null, null, null)))
                .containsExactly("loose");
        assertThat(usernames(new AccountFilter(null, null, false, null, null, null, null, null)))
                .containsExactly("cook", "loose");
    }

    @Test
    void a_proxy_mode_filter_holds_the_accounts_with_that_mode() {
        accounts.add(newAccount("direct1", null, ProxyMode.DIRECT));
        accounts.add(newAccount("royal1", null, ProxyMode.IPROYAL));
        accounts.add(newAccount("royal2", null, ProxyMode.IPROYAL));
        accounts.add(newAccount("custom1", null, ProxyMode.CUSTOM));

        assertThat(usernames(proxyFilter(ProxyMode.IPROYAL))).containsExactly("royal1", "royal2");
        assertThat(usernames(proxyFilter(ProxyMode.CUSTOM))).containsExactly("custom1");
        assertThat(usernames(proxyFilter(ProxyMode.DIRECT))).containsExactly("direct1");
    }

    @Test
    void an_automation_filter_holds_the_accounts_showing_that_state() {
        addAll("never", "sleeper", "runner", "waiter", "switched_off", "broken", "late_report");
        enable("sleeper", TODAY);
        enable("runner", TODAY);
        report("runner", AutomationState.RUNNING);
        enable("waiter", TODAY);
        report("waiter", AutomationState.WAITING);
        enable("switched_off", TODAY);
        automation.disable(id("switched_off"), NOW);
        enable("broken", TODAY);
        automation.disable(id("broken"), NOW);
        report("broken", AutomationState.ERROR);
        enable("late_report", TODAY);
        automation.disable(id("late_report"), NOW);
        report("late_report", AutomationState.SLEEPING);

        assertThat(usernames(automationFilter(AutomationState.DISABLED)))
                .containsExactly("late_report", "never", "switched_off");
        assertThat(usernames(automationFilter(AutomationState.SLEEPING))).containsExactly("sleeper");
        assertThat(usernames(automationFilter(AutomationState.RUNNING))).containsExactly("runner");
        assertThat(usernames(automationFilter(AutomationState.WAITING))).containsExactly("waiter");
        assertThat(usernames(automationFilter(AutomationState.ERROR))).containsExactly("broken");
        assertThat(list(automationFilter(AutomationState.DISABLED)).total()).isEqualTo(3);
    }

    @Test
    void the_listing_shows_each_accounts_automation_as_the_filter_sees_it() {
        addAll("never", "sleeper", "broken", "late_report");
        enable("sleeper", TODAY.minusDays(3));
        enable("broken", TODAY);
        automation.disable(id("broken"), NOW);
        report("broken", AutomationState.ERROR);
        enable("late_report", TODAY);
        automation.disable(id("late_report"), NOW);
        report("late_report", AutomationState.SLEEPING);

        Map<String, AccountOverview> shown = overviews(AccountFilter.ALL);

        assertThat(shown.get("never").automationState()).isEqualTo(AutomationState.DISABLED);
        assertThat(shown.get("never").automationEnabled()).isFalse();
        assertThat(shown.get("never").firstEnabledOn()).isNull();
        assertThat(shown.get("sleeper").automationState()).isEqualTo(AutomationState.SLEEPING);
        assertThat(shown.get("sleeper").automationEnabled()).isTrue();
        assertThat(shown.get("sleeper").firstEnabledOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(shown.get("broken").automationState()).isEqualTo(AutomationState.ERROR);
        assertThat(shown.get("broken").automationEnabled()).isFalse();
        assertThat(shown.get("late_report").automationState()).isEqualTo(AutomationState.DISABLED);
    }

    @Test
    void a_direct_save_filter_holds_the_accounts_with_that_setting() {
        addAll("direct", "smart");
        jdbi().useHandle(handle -> handle.createUpdate("update accounts set direct_save = true where id = :id")
                .bind("id", id("direct"))
                .execute());

        assertThat(usernames(directSaveFilter(true))).containsExactly("direct");
        assertThat(usernames(directSaveFilter(false))).containsExactly("smart");
        assertThat(overviews(AccountFilter.ALL).get("direct").account().directSave()).isTrue();
    }

    @Test
    void first_enabled_filters_hold_accounts_whose_automation_started_in_the_range_inclusive() {
        addAll("never", "early", "middle", "late");
        enable("early", TODAY.minusDays(20));
        enable("middle", TODAY.minusDays(10));
        enable("late", TODAY);

        assertThat(usernames(enabledFilter(TODAY.minusDays(10), null))).containsExactly("late", "middle");
        assertThat(usernames(enabledFilter(null, TODAY.minusDays(10)))).containsExactly("early", "middle");
        assertThat(usernames(enabledFilter(TODAY.minusDays(10), TODAY.minusDays(10)))).containsExactly("middle");
        assertThat(usernames(enabledFilter(TODAY.minusDays(9), TODAY.minusDays(1)))).isEmpty();
    }

    @Test
    void filter_parts_combine_so_an_account_must_match_all_of_them() {
        long food = categories.add("Food", null).id();
        long travel = categories.add("Travel", null).id();
        accounts.add(newAccount("food_match", food, ProxyMode.IPROYAL));
        accounts.add(newAccount("foodwrongname", food, ProxyMode.IPROYAL));
        accounts.add(newAccount("food_travel", travel, ProxyMode.IPROYAL));
        accounts.add(newAccount("food_custom", food, ProxyMode.CUSTOM));
        accounts.add(newAccount("food_off", food, ProxyMode.IPROYAL));
        accounts.add(newAccount("food_early", food, ProxyMode.IPROYAL));
        accounts.add(newAccount("food_smart", food, ProxyMode.IPROYAL));
        for (String name : List.of("food_match", "foodwrongname", "food_travel", "food_custom", "food_smart")) {
            enable(name, TODAY);
        }
        enable("food_early", TODAY.minusDays(30));
        jdbi().useHandle(handle -> handle.execute(
                "update accounts set direct_save = true where username <> 'food_smart'"));
        AccountFilter all = new AccountFilter("FOOD_", Set.of(food), null, ProxyMode.IPROYAL,
                AutomationState.SLEEPING, true, TODAY.minusDays(7), TODAY);

        Page<AccountOverview> page = list(all);

        assertThat(page.items()).extracting(o -> o.account().username().value()).containsExactly("food_match");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void the_listing_adds_each_accounts_stats_and_credential_files() {
        addAll("busy", "queued", "idle");
        long busy = id("busy");
        JdbiDailyActivityRepository activity = new JdbiDailyActivityRepository(jdbi());
        for (int i = 0; i < 3; i++) {
            activity.takeSave(busy, TODAY, 100);
        }
        activity.takeSave(busy, TODAY.minusDays(1), 100);
        activity.takeSave(busy, TODAY.minusDays(1), 100);
        activity.countSession(busy, TODAY);
        activity.countSession(busy, TODAY.minusDays(1));
        activity.countSession(busy, TODAY.minusDays(2));
        setCreates(busy, TODAY, 4);
        setCreates(busy, TODAY.minusDays(2), 6);
        activity.takeSave(busy, TODAY.plusDays(1), 100);
        JdbiSaveQueueRepository queue = new JdbiSaveQueueRepository(jdbi());
        queue.append(busy, items(3), NOW);
        queue.move(queue.nextPending(busy).orElseThrow().id(), SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS,
                Outcome.NONE, NOW);
        queue.append(id("queued"), items(5), NOW);
        JdbiAccountSecretRepository secrets = new JdbiAccountSecretRepository(jdbi());
        secrets.put(busy, "cookies", new byte[] {1}, NOW);
        secrets.put(id("queued"), "fingerprint", new byte[] {2}, NOW);
        secrets.put(id("idle"), "proxy", new byte[] {3}, NOW);

        Map<String, AccountOverview> shown = overviews(AccountFilter.ALL);

        assertThat(shown.get("busy").stats()).isEqualTo(new AccountStats(3, 6, 3, 10, 4, 2));
        assertThat(shown.get("queued").stats()).isEqualTo(new AccountStats(0, 0, 0, 0, 0, 5));
        assertThat(shown.get("idle").stats()).isEqualTo(AccountStats.NONE);
        assertThat(shown.get("busy").hasCookies()).isTrue();
        assertThat(shown.get("busy").hasFingerprint()).isFalse();
        assertThat(shown.get("queued").hasCookies()).isFalse();
        assertThat(shown.get("queued").hasFingerprint()).isTrue();
        assertThat(shown.get("idle").hasCookies()).isFalse();
        assertThat(shown.get("idle").hasFingerprint()).isFalse();
    }

    @Test
    void the_overview_of_one_account_is_what_the_listing_shows_for_it() {
        addAll("first", "second");
        long second = id("second");
        enable("second", TODAY.minusDays(2));
        new JdbiDailyActivityRepository(jdbi()).takeSave(second, TODAY, 10);
        new JdbiSaveQueueRepository(jdbi()).append(second, items(2), NOW);
        new JdbiAccountSecretRepository(jdbi()).put(second, "cookies", new byte[] {1}, NOW);

        AccountOverview overview = accounts.overview(second, TODAY).orElseThrow();

        assertThat(overview).isEqualTo(overviews(AccountFilter.ALL).get("second"));
        assertThat(overview.stats()).isEqualTo(new AccountStats(0, 1, 1, 0, 0, 2));
        assertThat(overview.automationState()).isEqualTo(AutomationState.SLEEPING);
        assertThat(overview.firstEnabledOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(overview.hasCookies()).isTrue();
        assertThat(accounts.overview(Long.MAX_VALUE, TODAY)).isEmpty();
    }

    @Test
    void accounts_are_counted_in_all_per_category_and_without_one() {
        long food = categories.add("Food", null).id();
        long baking = categories.add("Baking", food).id();
        long empty = categories.add("Empty", null).id();
        accounts.add(newAccount("cook1", food));
        accounts.add(newAccount("cook2", food));
        accounts.add(newAccount("baker", baking));
        accounts.add(newAccount("loose1"));
        accounts.add(newAccount("loose2"));
        accounts.add(newAccount("loose3"));

        Map<Long, Long> perCategory = accounts.countsByCategory().perCategory();

        assertThat(perCategory).containsOnly(Map.entry(food, 2L), Map.entry(baking, 1L));
        assertThat(perCategory).doesNotContainKey(empty);
        assertThat(accounts.countsByCategory().uncategorized()).isEqualTo(3);
        assertThat(accounts.countsByCategory().total()).isEqualTo(6);
    }

    @Test
    void moving_accounts_files_every_account_of_one_category_under_another_or_none() {
        long food = categories.add("Food", null).id();
        long travel = categories.add("Travel", null).id();
        long other = categories.add("Other", null).id();
        accounts.add(newAccount("cook1", food));
        accounts.add(newAccount("cook2", food));
        accounts.add(newAccount("walker", travel));
        accounts.add(newAccount("stays", other));

        accounts.moveAccounts(food, travel);
        Map<Long, Long> afterMove = accounts.countsByCategory().perCategory();
        accounts.moveAccounts(travel, null);

        assertThat(afterMove).containsOnly(Map.entry(travel, 3L), Map.entry(other, 1L));
        assertThat(accounts.countsByCategory().perCategory()).containsOnly(Map.entry(other, 1L));
        assertThat(accounts.countsByCategory().uncategorized()).isEqualTo(3);
        assertThat(accounts.find(new Username("cook1")).orElseThrow().categoryId()).isNull();
    }

    /** Gives the account a row in every table that belongs to accounts. */
    /** Gives another thread half a second to get as far as it can. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void giveEverything(long accountId) {
        new JdbiAccountSecretRepository(jdbi()).put(accountId, "cookies", new byte[] {1, 2, 3}, NOW);
        new JdbiBoardRepository(jdbi(), Clock.fixed(NOW, ZoneOffset.UTC))
                .add(accountId, new BoardDraft("Dinner", "", BoardPrivacy.PUBLIC), "b1", NOW);
        new JdbiSaveQueueRepository(jdbi()).append(accountId, items(2), NOW);
        automation.enable(accountId, TODAY, NOW);
        new JdbiDayPlanRepository(jdbi()).addIfAbsent(accountId, new DayPlan(TODAY, 1, 5, 0,
                List.of(NOW.plusSeconds(60), NOW.plusSeconds(7_200))));
        new JdbiDailyActivityRepository(jdbi()).countSession(accountId, TODAY);
        new JdbiRunRepository(jdbi()).start(accountId, RunType.SAVE, "manual", NOW);
        new JdbiAccountLogRepository(jdbi()).add(accountId, NOW, "INFO", "hello");
        new JdbiBoardSyncRepository(jdbi()).queued(List.of(accountId), NOW);
        new JdbiPinQueueRepository(jdbi()).append(accountId, List.of(new PinDraft("Dinner",
                "https://img.example/1.jpg", "Pasta", "", "", "", "", null)), NOW);
    }

    private int rows(String table, long accountId) {
        return jdbi().withHandle(handle -> handle.createQuery("select count(*) from " + table
                        + " where account_id = :id")
                .bind("id", accountId)
                .mapTo(Integer.class)
                .one());
    }

    private void setCreates(long accountId, LocalDate day, int creates) {
        jdbi().useHandle(handle -> handle.createUpdate("""
                        update daily_activity set creates = :creates where account_id = :id and activity_day = :day
                        """)
                .bind("creates", creates)
                .bind("id", accountId)
                .bind("day", day)
                .execute());
    }

    private static List<NewSaveItem> items(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new NewSaveItem(new PinId(Integer.toString(1_000 + i)), "line " + i, null))
                .toList();
    }

    private static NewAccount newAccount(String username) {
        return newAccount(username, null);
    }

    private static NewAccount newAccount(String username, Long categoryId) {
        return newAccount(username, categoryId, ProxyMode.DIRECT);
    }

    private static NewAccount newAccount(String username, Long categoryId, ProxyMode proxyMode) {
        return new NewAccount(new Username(username), categoryId, proxyMode, null, AuthStatus.CONNECTED, NOW);
    }

    private void addAll(String... usernames) {
        accounts.addAll(List.of(usernames).stream().map(JdbiAccountRepositoryTest::newAccount).toList());
    }

    private long id(String username) {
        return accounts.find(new Username(username)).orElseThrow().id();
    }

    private void enable(String username, LocalDate firstDay) {
        automation.enable(id(username), firstDay, NOW);
    }

    private void report(String username, AutomationState state) {
        automation.report(id(username), state, null, null, NOW);
    }

    private Page<AccountOverview> list(AccountFilter filter) {
        return accounts.list(filter, FIRST_PAGE, TODAY);
    }

    private List<String> usernames(AccountFilter filter) {
        return list(filter).items().stream().map(o -> o.account().username().value()).toList();
    }

    private Map<String, AccountOverview> overviews(AccountFilter filter) {
        Map<String, AccountOverview> byName = new HashMap<>();
        list(filter).items().forEach(o -> byName.put(o.account().username().value(), o));
        return byName;
    }

    private static AccountFilter search(String term) {
        return new AccountFilter(term, null, null, null, null, null, null, null);
    }

    private static AccountFilter categoriesFilter(Set<Long> ids) {
        return new AccountFilter(null, ids, null, null, null, null, null, null);
    }

    private static AccountFilter proxyFilter(ProxyMode mode) {
        return new AccountFilter(null, null, null, mode, null, null, null, null);
    }

    private static AccountFilter automationFilter(AutomationState state) {
        return new AccountFilter(null, null, null, null, state, null, null, null);
    }

    private static AccountFilter directSaveFilter(boolean directSave) {
        return new AccountFilter(null, null, null, null, null, directSave, null, null);
    }

    private static AccountFilter enabledFilter(LocalDate from, LocalDate until) {
        return new AccountFilter(null, null, null, null, null, null, from, until);
    }
}
