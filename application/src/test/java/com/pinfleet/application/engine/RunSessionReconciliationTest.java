package com.pinfleet.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.RunSession.Trigger;
import com.pinfleet.application.fakes.FakeAccountLogRepository.Line;
import com.pinfleet.application.fakes.FakePinterestGateway;
import com.pinfleet.application.fakes.FakePinterestGateway.Call;
import com.pinfleet.application.fakes.FakePinterestGateway.Operation;
import com.pinfleet.application.fakes.FakeRunRepository;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.application.queue.SaveQueueRepository.Outcome;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSessionReconciliationTest {

    private final EngineFixture engine = new EngineFixture();
    private final Account account = engine.enabledAccount("mindfulrecipes");
    private final Board board = engine.board(account, "Recipes");

    @Test
    void an_item_whose_copy_is_on_its_board_becomes_saved_with_the_copys_id_and_is_not_saved_again() {
        List<SaveItem> items = engine.queuePins(account, 10);
        SaveItem item = items.getFirst();
        engine.plan(account, 8, LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));
        engine.timeIs(9, 0);
        engine.pinterest.loseAnswerOfNextSave();
        engine.sessions.run(account.id(), Trigger.SCHEDULE);
        engine.timeIs(13, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        List<RemotePin> copies = engine.pinterest.copiesOf(item.pinId());
        assertThat(copies).hasSize(1);
        assertThat(engine.item(item).status()).isEqualTo(SaveItemStatus.SAVED);
        assertThat(engine.item(item).savedPinId()).isEqualTo(copies.getFirst().id());
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).extracting(Call::pinId)
                .containsOnlyOnce(item.pinId().value());
        assertThat(engine.log.lines(account.id())).extracting(Line::message).contains("Pin " + item.pinId()
                + " was saved before an interrupted session ended (found as pin " + copies.getFirst().id() + ")");
        assertThat(engine.lastRun(account).pinsSaved()).isEqualTo(4);
        assertThat(engine.today(account).saves()).isEqualTo(5);
    }

    @Test
    void an_item_whose_board_lacks_it_gives_its_save_back_and_is_saved_by_the_next_session() {
        SaveItem item = engine.queuePins(account, 3).getFirst();
        engine.plan(account, 1, LocalTime.of(9, 0), LocalTime.of(13, 0));
        sessionDiedWhileSaving(item, board);
        engine.timeIs(13, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.pinterest.calls(Operation.BOARD_PINS)).extracting(Call::boardId)
                .containsExactly(board.pinterestId());
        assertThat(engine.log.lines(account.id())).extracting(Line::message).contains("Pin " + item.pinId()
                + " was not saved before an interrupted session ended; it waits in the queue again");
        assertThat(engine.item(item).status()).isEqualTo(SaveItemStatus.SAVED);
        assertThat(engine.pinterest.copiesOf(item.pinId())).hasSize(1);
        assertThat(engine.today(account).saves()).isEqualTo(1);
    }

    @Test
    void an_item_a_server_error_left_in_progress_is_saved_once_the_next_session_finds_it_missing() {
        SaveItem item = engine.queuePins(account, 10).getFirst();
        engine.plan(account, 8, LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));
        engine.timeIs(9, 0);
        engine.pinterest.failNext(Operation.SAVE_PIN, FakePinterestGateway.serverError());
        engine.sessions.run(account.id(), Trigger.SCHEDULE);
        engine.timeIs(13, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(item).status()).isEqualTo(SaveItemStatus.SAVED);
        assertThat(engine.item(item).attempts()).isEqualTo(2);
        assertThat(engine.pinterest.copiesOf(item.pinId())).hasSize(1);
    }

    @Test
    void an_item_whose_board_is_gone_becomes_uncertain_and_is_not_tried_again() {
        Board other = engine.board(account, "Travel");
        SaveItem item = engine.queuePins(account, 5).getFirst();
        engine.plan(account, 3, LocalTime.of(9, 0), LocalTime.of(13, 0));
        sessionDiedWhileSaving(item, board);
        engine.pinterest.removeBoard(board.pinterestId());
        engine.timeIs(13, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        SaveItem settled = engine.item(item);
        assertThat(settled.status()).isEqualTo(SaveItemStatus.UNCERTAIN);
        assertThat(settled.error()).isEqualTo("its board is gone, so whether it was saved cannot be told");
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).extracting(Call::pinId)
                .doesNotContain(item.pinId().value());
        assertThat(engine.pinterest.pinsOn(other.pinterestId())).hasSize(2);
    }

    @Test
    void a_run_left_running_is_marked_interrupted_when_the_accounts_next_session_starts() {
        Account neighbour = engine.enabledAccount("neighbour");
        engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0), LocalTime.of(13, 0));
        long dead = engine.runs.start(account.id(), RunType.SAVE, "schedule", engine.at(8, 0));
        long neighbours = engine.runs.start(neighbour.id(), RunType.SAVE, "schedule", engine.at(8, 0));
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        RunRecord interrupted = engine.runs.run(dead);
        assertThat(interrupted.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(interrupted.finishedAt()).isEqualTo(engine.at(9, 0));
        assertThat(interrupted.message()).isEqualTo(FakeRunRepository.INTERRUPTED);
        assertThat(engine.lastRun(account).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(engine.runs.run(neighbours).status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void a_wake_with_no_session_due_settles_what_a_dead_session_left_behind() {
        SaveItem item = engine.queuePins(account, 3).getFirst();
        engine.plan(account, 1, LocalTime.of(9, 0), LocalTime.of(18, 0));
        sessionDiedWhileSaving(item, board);
        long dead = engine.runs.start(account.id(), RunType.SAVE, "schedule", engine.at(9, 0));
        engine.timeIs(9, 5);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.runs.run(dead).status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(engine.item(item).status()).isEqualTo(SaveItemStatus.PENDING);
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).isEmpty();
    }

    @Test
    void a_wake_with_no_session_due_that_cannot_reach_pinterest_leaves_the_item_for_the_next_session() {
        SaveItem item = engine.queuePins(account, 3).getFirst();
        engine.plan(account, 1, LocalTime.of(9, 0), LocalTime.of(18, 0));
        sessionDiedWhileSaving(item, board);
        engine.timeIs(9, 5);
        engine.pinterest.failNext(Operation.BOARD_PINS, FakePinterestGateway.serverError());

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(item).status()).isEqualTo(SaveItemStatus.IN_PROGRESS);
        assertThat(engine.log.lines(account.id())).extracting(Line::message)
                .anyMatch(message -> message.startsWith("Could not yet settle the pins an interrupted session"));
        engine.timeIs(18, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(item).status()).isEqualTo(SaveItemStatus.SAVED);
    }

    /** What a session that died between marking the item and hearing from Pinterest leaves behind. */
    private void sessionDiedWhileSaving(SaveItem item, Board to) {
        engine.timeIs(9, 0);
        engine.plans.markDone(account.id(), engine.clock.today(), 0, engine.clock.instant());
        engine.activity.takeSave(account.id(), engine.clock.today(), engine.todaysPlan(account).saveTarget());
        engine.queue.move(item.id(), SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS,
                Outcome.toBoard(to.pinterestId()), engine.clock.instant());
    }
}
