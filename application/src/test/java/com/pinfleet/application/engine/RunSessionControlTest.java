package com.pinfleet.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.RunSession.Trigger;
import com.pinfleet.application.fakes.FakeAutomationRepository.Report;
import com.pinfleet.application.fakes.FakePinterestGateway.Operation;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class RunSessionControlTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final EngineFixture engine = new EngineFixture();

    @Test
    void automation_turned_off_between_two_actions_stops_the_session_after_the_current_one() {
        Account account = readyAt(9, "mindfulrecipes");
        engine.pacer(() -> engine.control.disable("mindfulrecipes"));

        engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(engine.pinterest.calls(Operation.SAVE_PIN)).hasSize(1);
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.SAVED)).hasSize(1);
        assertThat(engine.queue.inState(account.id(), SaveItemStatus.IN_PROGRESS)).isEmpty();
        assertThat(engine.lastRun(account).pinsSaved()).isEqualTo(1);
        assertThat(engine.lastRun(account).message())
                .isEqualTo("Saved 1 of 3 pins; stopped: automation was turned off");
        assertThat(engine.today(account).saves()).isEqualTo(1);
    }

    @Test
    void a_session_stopped_because_automation_was_turned_off_asks_for_no_next_session() {
        Account account = readyAt(9, "mindfulrecipes");
        engine.pacer(() -> engine.control.disable("mindfulrecipes"));

        Optional<Instant> next = engine.sessions.run(account.id(), Trigger.SCHEDULE);

        assertThat(next).isEmpty();
        assertThat(engine.automationOf(account).state()).isEqualTo(AutomationState.DISABLED);
        assertThat(engine.automationOf(account).nextRun()).isNull();
        assertThat(engine.lastRun(account).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void with_one_slot_a_second_due_session_waits_until_the_first_releases_it() throws Exception {
        engine.settings.setMaxConcurrent(1);
        Account first = readyAt(9, "mindfulrecipes");
        Account second = readyAt(9, "travelnotes");
        CountDownLatch firstIsSaving = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        engine.pacer(() -> {
            firstIsSaving.countDown();
            release.await();
        });
        CompletableFuture<Optional<Instant>> firstSession = runAside(first);
        assertThat(firstIsSaving.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Optional<Instant>> secondSession = runAside(second);
        awaitTrue(() -> stateOf(second) == AutomationState.WAITING);
        boolean secondStartedEarly = !engine.runs.forAccount(second.id()).isEmpty();
        release.countDown();
        firstSession.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        secondSession.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(secondStartedEarly).isFalse();
        assertThat(engine.automation.reports(second.id())).extracting(Report::state)
                .containsSubsequence(AutomationState.WAITING, AutomationState.RUNNING, AutomationState.SLEEPING);
        assertThat(engine.lastRun(second).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(engine.lastRun(second).pinsSaved()).isEqualTo(3);
        assertThat(engine.slots.taken()).isZero();
    }

    @Test
    void a_session_that_failed_gives_its_slot_back() {
        engine.settings.setMaxConcurrent(1);
        Account refused = readyAt(9, "mindfulrecipes");
        Account next = readyAt(9, "travelnotes");
        engine.pinterest.refuseTokenOf(refused.id());
        engine.sessions.run(refused.id(), Trigger.SCHEDULE);

        engine.sessions.run(next.id(), Trigger.SCHEDULE);

        assertThat(engine.automation.reports(next.id())).extracting(Report::state)
                .doesNotContain(AutomationState.WAITING);
        assertThat(engine.lastRun(next).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(engine.slots.taken()).isZero();
    }

    /** An enabled account with a board, a queue, and a plan of 8 saves whose first session is due now. */
    private Account readyAt(int hour, String username) {
        Account account = engine.enabledAccount(username);
        engine.board(account, "Recipes");
        engine.queuePins(account, 10);
        engine.plan(account, 8, LocalTime.of(hour, 0), LocalTime.of(13, 0), LocalTime.of(18, 0));
        engine.timeIs(hour, 0);
        return account;
    }

    private CompletableFuture<Optional<Instant>> runAside(Account account) {
        return CompletableFuture.supplyAsync(() -> engine.sessions.run(account.id(), Trigger.SCHEDULE),
                command -> Thread.ofPlatform().daemon().start(command));
    }

    private AutomationState stateOf(Account account) {
        return engine.automationOf(account).state();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not so within " + PATIENCE);
            }
            Thread.sleep(10);
        }
    }
}
