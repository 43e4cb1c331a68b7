package com.pinfleet.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.RunSession.Trigger;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunSessionPlanningTest {

    private static final int SEEDS = 200;

    private final EngineFixture engine = new EngineFixture();

    @Test
    void a_scheduled_wake_before_the_first_session_plans_the_day_and_sleeps_until_that_session() {
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.board(account, "Recipes");
        engine.queuePins(account, 20);

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        StoredPlan plan = engine.todaysPlan(account);
        Instant first = plan.sessions().getFirst().dueAt();
        assertThat(plan.dayNumber()).isEqualTo(1);
        assertThat(plan.saveTarget()).isBetween(3, 8);
        assertThat(plan.sessions()).hasSize(3).allSatisfy(session -> {
            assertThat(session.open()).isTrue();
            assertThat(session.dueAt()).isBetween(engine.at(8, 0), engine.at(22, 0));
        });
        assertThat(next).contains(first);
        assertThat(engine.automationOf(account).state()).isEqualTo(AutomationState.SLEEPING);
        assertThat(engine.automationOf(account).nextRun()).isEqualTo(first);
        assertThat(engine.pinterest.calls()).isEmpty();
        assertThat(engine.runs.forAccount(account.id())).isEmpty();
        assertThat(engine.today(account)).isEqualTo(DailyActivity.NONE);
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.PENDING)).hasSize(20);
    }

    @Test
    void a_later_wake_on_the_same_day_keeps_the_plan_drawn_first() {
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.sessions.run(account.id(), Trigger.SCHEDULE);
        StoredPlan first = engine.todaysPlan(account);
        engine.clock.advance(Duration.ofMinutes(30));

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.todaysPlan(account)).isEqualTo(first);
        assertThat(engine.plans.plansStored()).isEqualTo(1);
        assertThat(next).contains(first.sessions().getFirst().dueAt());
    }

    @Test
    void the_save_target_comes_from_the_schedule_row_of_the_accounts_day_of_automation() {
        Set<Integer> dayOne = new TreeSet<>();
        Set<Integer> dayTen = new TreeSet<>();

        for (int seed = 0; seed < SEEDS; seed++) {
            dayOne.add(targetDrawn(seed, 1, null));
            dayTen.add(targetDrawn(seed, 10, null));
        }

        assertThat(dayOne).containsExactlyElementsOf(range(3, 8));
        assertThat(dayTen).containsExactlyElementsOf(range(5, 15));
    }

    @Test
    void the_accounts_daily_saves_limit_caps_the_save_target() {
        Set<Integer> capped = new TreeSet<>();
        Set<Integer> belowTheRow = new TreeSet<>();

        for (int seed = 0; seed < SEEDS; seed++) {
            capped.add(targetDrawn(seed, 20, 12));
            belowTheRow.add(targetDrawn(seed, 1, 2));
        }

        assertThat(capped).containsExactly(10, 11, 12);
        assertThat(belowTheRow).containsExactly(2);
    }

    @Test
    void a_wake_after_the_active_hours_plans_a_day_without_sessions_and_sleeps_until_tomorrow_morning() {
        engine.timeIs(22, 30);
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.board(account, "Recipes");
        engine.queuePins(account, 5);

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        Instant tomorrowMorning = EngineFixture.MONDAY.plusDays(1).atTime(8, 0).atZone(EngineFixture.ZONE)
                .toInstant();
        assertThat(engine.todaysPlan(account).sessions()).isEmpty();
        assertThat(next).contains(tomorrowMorning);
        assertThat(engine.automationOf(account).nextRun()).isEqualTo(tomorrowMorning);
        assertThat(engine.pinterest.calls()).isEmpty();
    }

    @Test
    void the_next_days_first_wake_plans_that_day_as_the_accounts_second() {
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.sessions.run(account.id(), Trigger.SCHEDULE);
        engine.clock.set(EngineFixture.MONDAY.plusDays(1).atTime(LocalTime.of(8, 0))
                .atZone(EngineFixture.ZONE).toInstant());

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        StoredPlan tuesday = engine.plans.find(account.id(), EngineFixture.MONDAY.plusDays(1)).orElseThrow();
        assertThat(tuesday.dayNumber()).isEqualTo(2);
        assertThat(engine.plans.plansStored()).isEqualTo(2);
    }

    @Test
    void an_account_with_a_zone_of_its_own_plans_its_own_day() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        Account account = engine.connectedAccount("mindfulrecipes");
        engine.accounts.setTimeZone(account.id(), chicago);
        engine.control.enable("mindfulrecipes");

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        LocalDate sundayInChicago = EngineFixture.MONDAY.minusDays(1);
        assertThat(engine.automationOf(account).firstEnabledOn()).isEqualTo(sundayInChicago);
        assertThat(engine.plans.find(account.id(), sundayInChicago).orElseThrow().sessions()).isEmpty();
        assertThat(engine.plans.find(account.id(), EngineFixture.MONDAY)).isEmpty();
        assertThat(next).contains(EngineFixture.MONDAY.atTime(8, 0).atZone(chicago).toInstant());
    }

    /** The save target of the plan a first wake draws on the account's {@code dayNumber}-th day. */
    private static int targetDrawn(int seed, int dayNumber, Integer savesLimit) {
        EngineFixture engine = new EngineFixture(new Random(seed));
        Account account = engine.connectedAccount("mindfulrecipes");
        engine.accounts.setSavesLimit(account.id(), savesLimit);
        LocalDate dayOne = engine.clock.today().minusDays(dayNumber - 1);
        engine.automation.enable(account.id(), dayOne, engine.clock.instant());

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        return engine.todaysPlan(account).saveTarget();
    }

    private static List<Integer> range(int min, int max) {
        return IntStream.rangeClosed(min, max).boxed().toList();
    }
}
