package com.pinfleet.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.pinfleet.application.engine.RunSession.Trigger;
import com.pinfleet.application.fakes.FakeAccountLogRepository.Line;
import com.pinfleet.application.fakes.FakePinterestGateway;
import com.pinfleet.application.fakes.FakePinterestGateway.Call;
import com.pinfleet.application.fakes.FakePinterestGateway.Operation;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunSessionPinterestAnswersTest {

    private final EngineFixture engine = new EngineFixture();
    private final Account account = engine.enabledAccount("mindfulrecipes");

    @Test
    void a_pin_that_no_longer_exists_fails_that_item_only_and_gives_its_save_back() {
        engine.accounts.setDirectSave(account.id(), true);
        Board board = engine.board(account, "Recipes");
        SaveItem gone = engine.queue(account, engine.missingPin(), null);
        engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0));
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        SaveItem failed = engine.item(gone);
        assertThat(failed.status()).isEqualTo(SaveItemStatus.FAILED);
        assertThat(failed.error()).isEqualTo("pin " + gone.pinId() + " no longer exists");
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.SAVED)).hasSize(3);
        assertThat(engine.pinterest.pinsOn(board.pinterestId())).hasSize(3);
        assertThat(engine.today(account)).isEqualTo(new DailyActivity(3, 0, 1, 1));
        RunRecord run = engine.lastRun(account);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.pinsSaved()).isEqualTo(3);
        assertThat(run.failures()).isEqualTo(1);
        assertThat(engine.log.lines(account.id())).extracting(Line::level, Line::message)
                .contains(tuple("WARN", "Could not save pin " + gone.pinId()
                        + ": pin " + gone.pinId() + " no longer exists"));
    }

    @Test
    void in_smart_mode_a_pin_that_no_longer_exists_fails_before_a_board_is_chosen() {
        engine.board(account, "Recipes");
        SaveItem gone = engine.queue(account, engine.missingPin(), null);
        engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0));
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        SaveItem failed = engine.item(gone);
        assertThat(failed.status()).isEqualTo(SaveItemStatus.FAILED);
        assertThat(failed.error()).isEqualTo("pin " + gone.pinId() + " no longer exists");
        assertThat(failed.attempts()).isZero();
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).extracting(Call::pinId)
                .doesNotContain(gone.pinId().value()).hasSize(3);
        assertThat(engine.today(account)).isEqualTo(new DailyActivity(3, 0, 1, 1));
    }

    @Test
    void a_session_gives_up_once_too_many_of_its_items_failed() {
        engine.accounts.setDirectSave(account.id(), true);
        engine.board(account, "Recipes");
        for (int i = 0; i < 12; i++) {
            engine.queue(account, engine.missingPin(), null);
        }
        engine.plan(account, 3, LocalTime.of(9, 0));
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).hasSize(3 + EngineRules.DEFAULT.extraAttempts());
        assertThat(engine.lastRun(account).message()).isEqualTo("Saved 0 of 3 pins; stopped: too many pins failed");
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.PENDING)).hasSize(4);
        assertThat(engine.today(account).saves()).isZero();
    }

    @Test
    void a_board_gone_from_pinterest_fails_the_item_and_is_not_used_again() {
        engine.accounts.setDirectSave(account.id(), true);
        Board gone = engine.boardGoneFromPinterest(account, "Old recipes");
        Board kept = engine.board(account, "Recipes");
        List<SaveItem> items = engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0));
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        SaveItem first = engine.item(items.getFirst());
        assertThat(first.status()).isEqualTo(SaveItemStatus.FAILED);
        assertThat(first.error()).isEqualTo("board 'Old recipes' no longer exists on Pinterest");
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).extracting(Call::boardId)
                .containsExactly(gone.pinterestId(), kept.pinterestId(), kept.pinterestId(), kept.pinterestId());
        assertThat(engine.lastRun(account).pinsSaved()).isEqualTo(3);
        assertThat(engine.lastRun(account).failures()).isEqualTo(1);
        assertThat(engine.today(account)).isEqualTo(new DailyActivity(3, 0, 1, 1));
    }

    @Test
    void a_session_whose_every_board_is_gone_fails_and_tries_again_later() {
        engine.accounts.setDirectSave(account.id(), true);
        engine.boardGoneFromPinterest(account, "Old recipes");
        engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0), LocalTime.of(13, 0));
        engine.timeIs(9, 0);

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.lastRun(account).status()).isEqualTo(RunStatus.FAILED);
        assertThat(engine.lastRun(account).message()).isEqualTo("every board of mindfulrecipes is gone from Pinterest");
        assertThat(engine.automationOf(account).state()).isEqualTo(AutomationState.ERROR);
        assertThat(next).contains(engine.at(13, 0));
    }

    @Test
    void an_item_naming_a_board_that_is_not_on_pinterest_fails_with_that_reason() {
        engine.board(account, "Recipes");
        engine.boardNotOnPinterest(account, "Drafts");
        SaveItem toDrafts = engine.queue(account, engine.existingPin("Soup", ""), "Drafts");
        SaveItem toNowhere = engine.queue(account, engine.existingPin("Bread", ""), "Nowhere");
        engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0));
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(toDrafts).status()).isEqualTo(SaveItemStatus.FAILED);
        assertThat(engine.item(toDrafts).error())
                .isEqualTo("board 'Drafts' is not on Pinterest (deleted, or not synced yet)");
        assertThat(engine.item(toNowhere).status()).isEqualTo(SaveItemStatus.FAILED);
        assertThat(engine.item(toNowhere).error())
                .isEqualTo("board 'Nowhere' is not on Pinterest (deleted, or not synced yet)");
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).extracting(Call::pinId)
                .doesNotContain(toDrafts.pinId().value(), toNowhere.pinId().value()).hasSize(3);
        assertThat(engine.today(account)).isEqualTo(new DailyActivity(3, 0, 1, 2));
    }

    @Test
    void an_item_naming_a_board_goes_to_that_board_even_with_direct_save_off() {
        Board recipes = engine.board(account, "Dinner recipes", "Easy dinner recipes for every night");
        Board travel = engine.board(account, "Travel");
        SaveItem item = engine.queue(account, engine.existingPin("Easy dinner recipes", "dinner"), "travel");
        engine.plan(account, 1, LocalTime.of(9, 0));
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(item).status()).isEqualTo(SaveItemStatus.SAVED);
        assertThat(engine.item(item).boardId()).isEqualTo(travel.pinterestId());
        assertThat(engine.pinterest.pinsOn(travel.pinterestId())).hasSize(1);
        assertThat(engine.pinterest.pinsOn(recipes.pinterestId())).isEmpty();
    }

    @Test
    void an_item_naming_a_board_goes_to_that_board_with_direct_save_on() {
        engine.accounts.setDirectSave(account.id(), true);
        engine.board(account, "Recipes");
        Board travel = engine.board(account, "Travel");
        SaveItem item = engine.queue(account, engine.existingPin("Lisbon", ""), "Travel");
        engine.plan(account, 1, LocalTime.of(9, 0));
        engine.timeIs(9, 0);

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(item).boardId()).isEqualTo(travel.pinterestId());
        assertThat(engine.pinterest.pinsOn(travel.pinterestId())).hasSize(1);
    }

    @Test
    void another_refusal_fails_the_item_with_pinterests_message() {
        engine.accounts.setDirectSave(account.id(), true);
        engine.board(account, "Recipes");
        List<SaveItem> items = engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0));
        engine.timeIs(9, 0);
        engine.pinterest.failNext(Operation.SAVE_PIN, FakePinterestGateway.refused(403, "Not allowed here."));

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(items.getFirst()).status()).isEqualTo(SaveItemStatus.FAILED);
        assertThat(engine.item(items.getFirst()).error()).isEqualTo("Pinterest refused it: Not allowed here.");
        assertThat(engine.lastRun(account).pinsSaved()).isEqualTo(3);
        assertThat(engine.today(account)).isEqualTo(new DailyActivity(3, 0, 1, 1));
    }

    @Test
    void in_smart_mode_a_refusal_to_read_the_pin_fails_that_item_only() {
        engine.board(account, "Recipes");
        List<SaveItem> items = engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0));
        engine.timeIs(9, 0);
        engine.pinterest.failNext(Operation.PIN, FakePinterestGateway.refused(403, "Not allowed here."));

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(items.getFirst()).status()).isEqualTo(SaveItemStatus.FAILED);
        assertThat(engine.item(items.getFirst()).error()).isEqualTo("Pinterest refused it: Not allowed here.");
        assertThat(engine.lastRun(account).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(engine.lastRun(account).pinsSaved()).isEqualTo(3);
        assertThat(engine.today(account)).isEqualTo(new DailyActivity(3, 0, 1, 1));
    }

    @Test
    void in_smart_mode_a_server_error_reading_the_pin_gives_the_save_back_and_leaves_the_item_waiting() {
        engine.board(account, "Recipes");
        List<SaveItem> items = engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0), LocalTime.of(13, 0));
        engine.timeIs(9, 0);
        engine.pinterest.failNext(Operation.PIN, FakePinterestGateway.serverError());

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.item(items.getFirst()).status()).isEqualTo(SaveItemStatus.PENDING);
        assertThat(engine.today(account).saves()).isZero();
        assertThat(engine.lastRun(account).status()).isEqualTo(RunStatus.FAILED);
        assertThat(next).contains(engine.at(13, 0));
    }

    @Test
    void a_refused_token_stops_the_session_marks_the_account_and_turns_its_automation_off() {
        engine.accounts.setDirectSave(account.id(), true);
        engine.board(account, "Recipes");
        List<SaveItem> items = engine.queuePins(account, 5);
        engine.plan(account, 3, LocalTime.of(9, 0), LocalTime.of(13, 0));
        engine.timeIs(9, 0);
        engine.pinterest.refuseTokenOf(account.id());

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(next).isEmpty();
        assertThat(engine.reload(account).authStatus()).isEqualTo(AuthStatus.NEEDS_AUTH);
        AutomationRecord automation = engine.automationOf(account);
        assertThat(automation.saveEnabled()).isFalse();
        assertThat(automation.state()).isEqualTo(AutomationState.ERROR);
        assertThat(automation.error()).isEqualTo("Authentication failed.");
        assertThat(automation.nextRun()).isNull();
        assertThat(engine.lastRun(account).status()).isEqualTo(RunStatus.FAILED);
        assertThat(engine.item(items.getFirst()).status()).isEqualTo(SaveItemStatus.PENDING);
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.PENDING)).hasSize(5);
        assertThat(engine.today(account).saves()).isZero();
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).hasSize(1);
        assertThat(engine.log.lines(account.id()).getLast())
                .extracting(Line::level, Line::message)
                .containsExactly("ERROR", "Automation stopped: Authentication failed.");
    }

    @Test
    void an_account_without_a_token_set_is_stopped_as_if_its_token_were_refused() {
        Account noToken = engine.accountWithoutToken("no_token");
        engine.automation.enable(noToken.id(), engine.clock.today(), engine.clock.instant());
        engine.board(noToken, "Recipes");
        engine.queuePins(noToken, 5);
        engine.plan(noToken, 3, LocalTime.of(9, 0));
        engine.timeIs(9, 0);

        Optional<Instant> next = engine.sessions.run(noToken.id(), Trigger.SCHEDULE);

        assertThat(next).isEmpty();
        assertThat(engine.reload(noToken).authStatus()).isEqualTo(AuthStatus.NEEDS_AUTH);
        assertThat(engine.automationOf(noToken).saveEnabled()).isFalse();
        assertThat(engine.automationOf(noToken).state()).isEqualTo(AutomationState.ERROR);
        assertThat(engine.automationOf(noToken).error()).contains("not connected to Pinterest");
        assertThat(engine.lastRun(noToken).status()).isEqualTo(RunStatus.FAILED);
        assertThat(engine.pinterest.calls()).isEmpty();
    }

    @Test
    void a_rate_limit_puts_the_item_back_in_the_queue_and_gives_its_save_back() {
        engine.accounts.setDirectSave(account.id(), true);
        engine.board(account, "Recipes");
        List<SaveItem> items = engine.queuePins(account, 10);
        engine.plan(account, 8, LocalTime.of(9, 0), LocalTime.of(9, 5), LocalTime.of(13, 0));
        engine.timeIs(9, 0);
        engine.pacer(() -> engine.pinterest.failNext(Operation.SAVE_PIN,
                FakePinterestGateway.rateLimited(Duration.ofMinutes(30))));

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        SaveItem waiting = engine.item(items.get(1));
        assertThat(engine.item(items.getFirst()).status()).isEqualTo(SaveItemStatus.SAVED);
        assertThat(waiting.status()).isEqualTo(SaveItemStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.error()).isNull();
        assertThat(engine.today(account).saves()).isEqualTo(1);
        assertThat(engine.today(account).saveFailures()).isZero();
        RunRecord run = engine.lastRun(account);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.pinsSaved()).isEqualTo(1);
        assertThat(run.message()).isEqualTo("Pinterest rate limit: Too many requests.");
        assertThat(engine.automationOf(account).state()).isEqualTo(AutomationState.ERROR);
        assertThat(engine.automationOf(account).error()).isEqualTo("Pinterest rate limit: Too many requests.");
        assertThat(engine.automationOf(account).saveEnabled()).isTrue();
    }

    @Test
    void a_rate_limit_with_retry_after_waits_that_long() {
        Optional<Instant> next = rateLimitedAtNine(FakePinterestGateway.rateLimited(Duration.ofMinutes(30)));

        assertThat(next).contains(engine.at(9, 30));
        assertThat(engine.automationOf(account).nextRun()).isEqualTo(engine.at(9, 30));
    }

    @Test
    void a_rate_limit_without_retry_after_waits_the_backoff() {
        Optional<Instant> next = rateLimitedAtNine(FakePinterestGateway.rateLimited(null));

        assertThat(next).contains(engine.at(9, 10));
    }

    @Test
    void a_rate_limit_waits_for_the_next_planned_session_when_it_comes_later() {
        Optional<Instant> next = rateLimitedAtNine(FakePinterestGateway.rateLimited(Duration.ofMinutes(2)));

        assertThat(next).contains(engine.at(9, 5));
    }

    @Test
    void a_rate_limit_that_speaks_of_spam_rests_the_account_for_a_day() {
        Optional<Instant> next = rateLimitedAtNine(FakePinterestGateway.spamBlocked());

        assertThat(next).contains(engine.at(9, 0).plus(Duration.ofHours(24)));
        assertThat(engine.lastRun(account).message())
                .isEqualTo("Pinterest spoke of spam: Your request was blocked as spam.");
        assertThat(engine.automationOf(account).state()).isEqualTo(AutomationState.ERROR);
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.PENDING)).hasSize(10);
        assertThat(engine.today(account).saves()).isZero();
    }

    static Stream<Arguments> noUsableAnswer() {
        return Stream.of(
                Arguments.of("a 5xx", (Supplier<PinterestException>) FakePinterestGateway::serverError),
                Arguments.of("no answer", (Supplier<PinterestException>) FakePinterestGateway::noAnswer));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noUsableAnswer")
    void without_a_usable_answer_the_item_stays_in_progress_and_is_not_tried_again(
            String answer, Supplier<PinterestException> failure) {
        engine.accounts.setDirectSave(account.id(), true);
        Board board = engine.board(account, "Recipes");
        List<SaveItem> items = engine.queuePins(account, 10);
        engine.plan(account, 8, LocalTime.of(9, 0), LocalTime.of(9, 5), LocalTime.of(13, 0));
        engine.timeIs(9, 0);
        engine.pinterest.failNext(Operation.SAVE_PIN, failure.get());

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        SaveItem unknown = engine.item(items.getFirst());
        assertThat(unknown.status()).isEqualTo(SaveItemStatus.IN_PROGRESS);
        assertThat(unknown.boardId()).isEqualTo(board.pinterestId());
        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).hasSize(1);
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.PENDING)).hasSize(9);
        assertThat(engine.lastRun(account).status()).isEqualTo(RunStatus.FAILED);
        assertThat(engine.automationOf(account).state()).isEqualTo(AutomationState.ERROR);
        assertThat(next).contains(engine.at(9, 15));
    }

    /** Runs the 09:00 session of a day planned at 09:00, 09:05 and 13:00, its first save answered so. */
    private Optional<Instant> rateLimitedAtNine(PinterestException answer) {
        engine.accounts.setDirectSave(account.id(), true);
        engine.board(account, "Recipes");
        engine.queuePins(account, 10);
        engine.plan(account, 8, LocalTime.of(9, 0), LocalTime.of(9, 5), LocalTime.of(13, 0));
        engine.timeIs(9, 0);
        engine.pinterest.failNext(Operation.SAVE_PIN, answer);

        return engine.sessions.run(account.id(), Trigger.SCHEDULE);
    }
}
