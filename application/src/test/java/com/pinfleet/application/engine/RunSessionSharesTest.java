package com.pinfleet.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.RunSession.Trigger;
import com.pinfleet.application.fakes.FakePinterestGateway.Operation;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunSessionSharesTest {

    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 0);
    private static final LocalTime EVENING = LocalTime.of(18, 0);

    private final EngineFixture engine = new EngineFixture();
    private final Account account = engine.enabledAccount("mindfulrecipes");
    private final Board board = engine.board(account, "Recipes");

    @Test
    void a_due_session_saves_its_share_of_the_days_target_and_records_it() {
        engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);
        engine.timeIs(9, 0);

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        RunRecord run = engine.lastRun(account);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.type()).isEqualTo(RunType.SAVE);
        assertThat(run.trigger()).isEqualTo("schedule");
        assertThat(run.pinsSaved()).isEqualTo(3);
        assertThat(run.failures()).isZero();
        assertThat(run.message()).isEqualTo("Saved 3 of 3 pins");
        assertThat(run.startedAt()).isEqualTo(engine.at(9, 0));
        assertThat(engine.today(account)).isEqualTo(new DailyActivity(3, 0, 1, 0));
        assertThat(next).contains(engine.at(AFTERNOON));
        assertThat(engine.automationOf(account).state()).isEqualTo(AutomationState.SLEEPING);
        assertThat(engine.automationOf(account).nextRun()).isEqualTo(engine.at(AFTERNOON));
        assertThat(engine.todaysPlan(account).sessions()).extracting(PlannedSession::open)
                .containsExactly(false, true, true);
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.PENDING)).hasSize(17);
        assertThat(engine.log.lines(account.id())).hasSize(3)
                .allSatisfy(line -> assertThat(line.message()).startsWith("Saved pin "));
    }

    @Test
    void a_saved_item_records_its_board_and_the_copy_pinterest_made() {
        List<SaveItem> items = engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        List<RemotePin> onBoard = engine.pinterest.pinsOn(board.pinterestId()).reversed();
        assertThat(onBoard).extracting(RemotePin::parentPinId)
                .containsExactly(pinIdOf(items.get(0)), pinIdOf(items.get(1)), pinIdOf(items.get(2)));
        for (int i = 0; i < 3; i++) {
            SaveItem saved = engine.item(items.get(i));
            assertThat(saved.status()).isEqualTo(SaveItemStatus.SAVED);
            assertThat(saved.boardId()).isEqualTo(board.pinterestId());
            assertThat(saved.savedPinId()).isEqualTo(onBoard.get(i).id());
            assertThat(saved.attempts()).isEqualTo(1);
            assertThat(saved.error()).isNull();
        }
    }

    @Test
    void the_days_target_is_split_over_the_sessions_that_remain() {
        engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);

        List<Integer> shares = new ArrayList<>();
        for (LocalTime session : List.of(MORNING, AFTERNOON, EVENING)) {
            engine.clock.setLocal(session);
            engine.sessions.run(account.id(), Trigger.SCHEDULE);
            shares.add(engine.lastRun(account).pinsSaved());
        }

        assertThat(shares).containsExactly(3, 3, 2);
        assertThat(engine.today(account)).isEqualTo(new DailyActivity(8, 0, 3, 0));
        assertThat(engine.automationOf(account).nextRun()).isEqualTo(engine.at(8, 0).plus(Duration.ofDays(1)));
    }

    @Test
    void a_session_that_fell_short_leaves_its_shortfall_to_the_sessions_after_it() {
        engine.queuePins(account, 1);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);
        engine.timeIs(9, 0);
        engine.sessions.run(account.id(), Trigger.SCHEDULE);
        engine.queuePins(account, 20);

        engine.timeIs(13, 0);
        engine.sessions.run(account.id(), Trigger.SCHEDULE);
        int afternoon = engine.lastRun(account).pinsSaved();
        engine.timeIs(18, 0);
        engine.sessions.run(account.id(), Trigger.SCHEDULE);
        int evening = engine.lastRun(account).pinsSaved();

        assertThat(engine.runs.forAccount(account.id()).getFirst().message())
                .isEqualTo("Saved 1 of 3 pins; stopped: the save queue is empty");
        assertThat(afternoon).isEqualTo(4);
        assertThat(evening).isEqualTo(3);
        assertThat(engine.today(account).saves()).isEqualTo(8);
    }

    @Test
    void a_session_that_starts_late_covers_every_session_already_due() {
        engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);
        engine.timeIs(14, 0);

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.lastRun(account).pinsSaved()).isEqualTo(4);
        assertThat(engine.todaysPlan(account).sessions()).extracting(PlannedSession::open)
                .containsExactly(false, false, true);
        assertThat(next).contains(engine.at(EVENING));
        assertThat(engine.runs.forAccount(account.id())).hasSize(1);
    }

    @Test
    void the_days_saves_never_exceed_its_target_across_sessions_and_manual_runs() {
        engine.queuePins(account, 20);
        engine.plan(account, 5, MORNING, AFTERNOON, EVENING);
        engine.timeIs(7, 0);

        for (int i = 0; i < 4; i++) {
            engine.sessions.run(account.id(), Trigger.MANUAL);
        }
        for (LocalTime session : List.of(MORNING, AFTERNOON, EVENING)) {
            engine.clock.setLocal(session);
            engine.sessions.run(account.id(), Trigger.SCHEDULE);
        }

        assertThat(engine.runs.forAccount(account.id())).extracting(RunRecord::pinsSaved)
                .containsExactly(2, 2, 1, 0);
        assertThat(engine.today(account).saves()).isEqualTo(5);
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).hasSize(5);
        assertThat(engine.pinterest.pinsOn(board.pinterestId())).hasSize(5);
    }

    @Test
    void a_lower_daily_limit_set_after_planning_stops_the_days_saves_at_that_limit() {
        engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING, AFTERNOON, EVENING);
        engine.timeIs(9, 0);
        engine.sessions.run(account.id(), Trigger.SCHEDULE);
        engine.accounts.setSavesLimit(account.id(), 4);

        engine.timeIs(13, 0);
        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.lastRun(account).pinsSaved()).isEqualTo(1);
        assertThat(engine.lastRun(account).message())
                .isEqualTo("Saved 1 of 3 pins; stopped: today's limit of 4 saves is reached");
        assertThat(engine.today(account).saves()).isEqualTo(4);
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).hasSize(4);
    }

    @Test
    void a_limit_lowered_while_a_session_saves_stops_it_at_the_new_limit() {
        engine.queuePins(account, 20);
        engine.plan(account, 8, MORNING);
        engine.timeIs(9, 0);
        AtomicInteger pauses = new AtomicInteger();
        engine.pacer(() -> {
            if (pauses.incrementAndGet() == 2) {
                engine.accounts.setSavesLimit(account.id(), 3);
            }
        });

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.today(account).saves()).isEqualTo(3);
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).hasSize(3);
        assertThat(engine.lastRun(account).message())
                .isEqualTo("Saved 3 of 8 pins; stopped: today's limit of 3 saves is reached");
    }

    private static String pinIdOf(SaveItem item) {
        return item.pinId().value();
    }
}
