package com.pinfleet.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.RunSession.Trigger;
import com.pinfleet.application.fakes.FakePinterestGateway.Operation;
import com.pinfleet.domain.account.Account;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunSessionRunNowTest {

    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 0);
    private static final LocalTime EVENING = LocalTime.of(18, 0);

    private final EngineFixture engine = new EngineFixture();
    private final Account account = engine.enabledAccount("mindfulrecipes");

    @BeforeEach
    void the_account_has_a_board() {
        engine.board(account, "Recipes");
    }

    @Test
    void a_manual_run_before_any_session_is_due_covers_the_next_planned_session() {
        engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);
        engine.timeIs(7, 0);

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.MANUAL);

        RunRecord run = engine.lastRun(account);
        assertThat(run.trigger()).isEqualTo("manual");
        assertThat(run.pinsSaved()).isEqualTo(3);
        assertThat(engine.todaysPlan(account).sessions()).extracting(PlannedSession::open)
                .containsExactly(false, true, true);
        assertThat(next).contains(engine.at(AFTERNOON));
    }

    @Test
    void the_session_a_manual_run_covered_does_not_run_again_when_its_time_comes() {
        engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);
        engine.timeIs(7, 0);
        engine.sessions.run(account.id(), Trigger.MANUAL);
        engine.timeIs(9, 0);

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(next).contains(engine.at(AFTERNOON));
        assertThat(engine.runs.forAccount(account.id())).hasSize(1);
        assertThat(engine.today(account).saves()).isEqualTo(3);
    }

    @Test
    void a_manual_run_once_the_days_target_is_met_records_a_run_saying_nothing_was_saved() {
        engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);
        for (LocalTime session : List.of(MORNING, AFTERNOON, EVENING)) {
            engine.clock.setLocal(session);
            engine.sessions.run(account.id(), Trigger.SCHEDULE);
        }
        engine.timeIs(19, 0);

        engine.sessions.run(account.id(), Trigger.MANUAL);

        RunRecord run = engine.lastRun(account);
        assertThat(run.trigger()).isEqualTo("manual");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.pinsSaved()).isZero();
        assertThat(run.message())
                .isEqualTo("Nothing to save now: today's 8 saves are made or belong to later sessions");
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).hasSize(8);
        assertThat(engine.today(account).saves()).isEqualTo(8);
    }

    @Test
    void a_manual_run_forgets_the_request_that_started_it() {
        engine.queuePins(account, 20);
        engine.automation.requestRun(account.id(), engine.clock.instant(), engine.clock.instant());

        engine.sessions.run(account.id(), Trigger.MANUAL);

        assertThat(engine.automation.runRequestedAt(account.id())).isEmpty();
    }

    @Test
    void a_manual_run_for_an_account_whose_automation_is_off_does_nothing() {
        engine.queuePins(account, 20);
        engine.control.disable("mindfulrecipes");

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.MANUAL);

        assertThat(next).isEmpty();
        assertThat(engine.runs.forAccount(account.id())).isEmpty();
        assertThat(engine.pinterest.calls()).isEmpty();
    }
}
