package com.pinfleet.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.account.NotConnectedException;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.engine.RunSession.Trigger;
import com.pinfleet.application.fakes.FakeSessionScheduler.Scheduled;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.schedule.DayPlan;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AutomationTest {

    private final EngineFixture engine = new EngineFixture();

    @Test
    void enabling_turns_automation_on_from_today_and_makes_a_session_due_at_once() {
        Account account = engine.connectedAccount("mindfulrecipes");

        engine.control.enable("mindfulrecipes");

        AutomationRecord record = engine.automationOf(account);
        assertThat(record.saveEnabled()).isTrue();
        assertThat(record.firstEnabledOn()).isEqualTo(engine.clock.today());
        assertThat(record.state()).isEqualTo(AutomationState.SLEEPING);
        assertThat(engine.scheduler.scheduled(account.id()))
                .contains(new Scheduled(engine.clock.instant(), false));
    }

    @Test
    void enabling_refuses_an_account_that_needs_auth() {
        Account account = engine.connectedAccount("mindfulrecipes");
        engine.accounts.setAuthStatus(account.id(), AuthStatus.NEEDS_AUTH);

        assertThatThrownBy(() -> engine.control.enable("mindfulrecipes"))
                .isInstanceOf(NotConnectedException.class)
                .hasMessageContaining("mindfulrecipes is not connected to Pinterest");

        assertThat(engine.automation.find(account.id())).isEmpty();
        assertThat(engine.scheduler.scheduled(account.id())).isEmpty();
    }

    @Test
    void enabling_many_says_per_username_what_happened() {
        engine.connectedAccount("mindfulrecipes");
        Account stale = engine.connectedAccount("stale_token");
        engine.accounts.setAuthStatus(stale.id(), AuthStatus.NEEDS_AUTH);

        Map<String, String> results = engine.control.enableAll(List.of("mindfulrecipes", "stale_token", "ghost"));

        assertThat(results).containsExactly(Map.entry("mindfulrecipes", "enabled"),
                Map.entry("stale_token", "needs_auth"), Map.entry("ghost", "not found"));
    }

    @Test
    void disabling_turns_automation_off_and_removes_the_scheduled_session() {
        Account account = engine.enabledAccount("mindfulrecipes");

        engine.control.disable("mindfulrecipes");

        assertThat(engine.automationOf(account).saveEnabled()).isFalse();
        assertThat(engine.automationOf(account).state()).isEqualTo(AutomationState.DISABLED);
        assertThat(engine.scheduler.scheduled(account.id())).isEmpty();
    }

    @Test
    void running_now_makes_the_accounts_session_due_at_once_as_a_manual_one() {
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.clock.advance(Duration.ofMinutes(5));

        engine.control.runNow("mindfulrecipes");

        assertThat(engine.scheduler.scheduled(account.id())).contains(new Scheduled(engine.clock.instant(), true));
    }

    @Test
    void running_now_is_refused_while_automation_is_off() {
        Account account = engine.connectedAccount("mindfulrecipes");

        assertThatThrownBy(() -> engine.control.runNow("mindfulrecipes"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Automation is off for mindfulrecipes; enable it first");

        assertThat(engine.scheduler.manualRequests()).isZero();
        assertThat(engine.scheduler.scheduled(account.id())).isEmpty();
    }

    @Test
    void of_two_run_now_requests_before_the_session_starts_only_the_first_is_taken() {
        engine.enabledAccount("mindfulrecipes");
        engine.control.runNow("mindfulrecipes");

        assertThatThrownBy(() -> engine.control.runNow("mindfulrecipes"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A session is already starting for mindfulrecipes");

        assertThat(engine.scheduler.manualRequests()).isEqualTo(1);
    }

    @Test
    void of_many_run_now_requests_at_once_exactly_one_starts_a_session() throws Exception {
        engine.enabledAccount("mindfulrecipes");
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    engine.control.runNow("mindfulrecipes");
                    accepted.incrementAndGet();
                } catch (ConflictException e) {
                    refused.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }

        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(accepted.get()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(callers - 1);
        assertThat(engine.scheduler.manualRequests()).isEqualTo(1);
    }

    @Test
    void running_now_is_refused_while_a_session_runs_and_leaves_no_request_behind() {
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.scheduler.startRunning(account.id());

        assertThatThrownBy(() -> engine.control.runNow("mindfulrecipes"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A session is already running for mindfulrecipes");
        engine.scheduler.finishRunning(account.id(), Optional.of(engine.at(13, 0)));
        engine.control.runNow("mindfulrecipes");

        assertThat(engine.scheduler.manualRequests()).isEqualTo(1);
        assertThat(engine.automation.runRequestedAt(account.id())).isPresent();
    }

    @Test
    void a_request_to_run_now_is_free_again_once_its_session_has_started() {
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.control.runNow("mindfulrecipes");
        engine.sessions.run(account.id(), Trigger.MANUAL);

        engine.control.runNow("mindfulrecipes");

        assertThat(engine.scheduler.manualRequests()).isEqualTo(2);
    }

    @Test
    void a_request_to_run_now_whose_session_never_started_stops_blocking_after_a_minute() {
        engine.enabledAccount("mindfulrecipes");
        engine.control.runNow("mindfulrecipes");
        engine.clock.advance(Duration.ofSeconds(61));

        engine.control.runNow("mindfulrecipes");

        assertThat(engine.scheduler.manualRequests()).isEqualTo(2);
    }

    @Test
    void a_run_asked_for_before_automation_was_turned_off_does_not_block_one_after_it_is_on_again() {
        engine.enabledAccount("mindfulrecipes");
        engine.control.runNow("mindfulrecipes");
        engine.control.disable("mindfulrecipes");
        engine.control.enable("mindfulrecipes");

        engine.control.runNow("mindfulrecipes");

        assertThat(engine.scheduler.manualRequests()).isEqualTo(2);
    }

    @Test
    void the_status_reports_sessions_and_saves_from_the_days_plan_and_counters() {
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.board(account, "Recipes");
        engine.queuePins(account, 10);
        engine.plan(account, 8, LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));
        engine.timeIs(9, 0);
        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        JobStatus status = engine.control.status().get("mindfulrecipes");

        assertThat(status).isEqualTo(new JobStatus(true, AutomationState.SLEEPING, engine.at(13, 0), 1, 2, 3, 0,
                null));
    }

    @Test
    void the_status_counts_each_account_on_its_own_day() {
        Account berlin = engine.enabledAccount("mindfulrecipes");
        Account chicago = engine.enabledAccount("cozyhomecorner");
        engine.accounts.setTimeZone(chicago.id(), ZoneId.of("America/Chicago"));
        LocalDate monday = EngineFixture.MONDAY;
        LocalDate sundayInChicago = monday.minusDays(1);
        engine.plans.addIfAbsent(berlin.id(), new DayPlan(monday, 1, 8, 0, List.of(engine.at(9, 0))));
        engine.plans.addIfAbsent(chicago.id(), new DayPlan(sundayInChicago, 1, 8, 0,
                List.of(engine.at(1, 0), engine.at(3, 0))));
        engine.plans.markDone(chicago.id(), sundayInChicago, 0, engine.at(1, 0));
        engine.activity.takeSave(berlin.id(), monday, 10);
        engine.activity.takeSave(chicago.id(), sundayInChicago, 10);
        engine.activity.takeSave(chicago.id(), sundayInChicago, 10);
        engine.activity.takeSave(chicago.id(), monday, 10);

        Map<String, JobStatus> status = engine.control.status();

        assertThat(status.get("mindfulrecipes")).extracting(JobStatus::sessionsToday, JobStatus::sessionsRemaining,
                JobStatus::pinsSaved).containsExactly(0, 1, 1);
        assertThat(status.get("cozyhomecorner")).extracting(JobStatus::sessionsToday, JobStatus::sessionsRemaining,
                JobStatus::pinsSaved).containsExactly(1, 1, 2);
    }

    @Test
    void the_status_of_an_account_before_its_day_is_planned_counts_nothing() {
        engine.enabledAccount("mindfulrecipes");

        JobStatus status = engine.control.status().get("mindfulrecipes");

        assertThat(status.sessionsToday()).isZero();
        assertThat(status.sessionsRemaining()).isZero();
        assertThat(status.pinsSaved()).isZero();
    }

    @Test
    void the_status_of_a_disabled_account_says_disabled_without_a_next_run() {
        engine.enabledAccount("mindfulrecipes");
        engine.control.disable("mindfulrecipes");

        JobStatus status = engine.control.status().get("mindfulrecipes");

        assertThat(status.active()).isFalse();
        assertThat(status.status()).isEqualTo(AutomationState.DISABLED);
        assertThat(status.nextRun()).isNull();
    }

    @Test
    void the_status_of_an_account_stopped_by_a_refused_token_shows_the_error() {
        Account account = engine.enabledAccount("mindfulrecipes");
        engine.board(account, "Recipes");
        engine.queuePins(account, 10);
        engine.plan(account, 8, LocalTime.of(9, 0));
        engine.timeIs(9, 0);
        engine.pinterest.refuseTokenOf(account.id());
        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        JobStatus status = engine.control.status().get("mindfulrecipes");

        assertThat(status.active()).isFalse();
        assertThat(status.status()).isEqualTo(AutomationState.ERROR);
        assertThat(status.error()).isEqualTo("Authentication failed.");
    }

    @Test
    void the_status_lists_every_account_that_ever_had_automation_by_username() {
        engine.enabledAccount("zephyr_home");
        engine.enabledAccount("Mindfulrecipes");
        engine.connectedAccount("never_enabled");

        Map<String, JobStatus> status = engine.control.status();

        assertThat(status.keySet()).containsExactly("Mindfulrecipes", "zephyr_home");
    }
}
