package com.pinfleet.persistence.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.account.AccountAccess;
import com.pinfleet.application.account.AccountSecrets;
import com.pinfleet.application.engine.ActionPacer;
import com.pinfleet.application.engine.AutomationRecord;
import com.pinfleet.application.engine.EngineRules;
import com.pinfleet.application.engine.RunRecord;
import com.pinfleet.application.engine.RunSession;
import com.pinfleet.application.engine.RunStatus;
import com.pinfleet.application.engine.SessionSlots;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.TextLine;
import com.pinfleet.application.files.TextTable;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.PinterestGateway;
import com.pinfleet.application.pinterest.RemoteBoard;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.application.queue.NewSaveItem;
import com.pinfleet.application.settings.ServerSettings;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.board.BoardPrivacy;
import com.pinfleet.domain.pin.PinId;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import com.pinfleet.persistence.JdbiAccountLogRepository;
import com.pinfleet.persistence.JdbiAccountRepository;
import com.pinfleet.persistence.JdbiAccountSecretRepository;
import com.pinfleet.persistence.JdbiAutomationRepository;
import com.pinfleet.persistence.JdbiBoardRepository;
import com.pinfleet.persistence.JdbiDailyActivityRepository;
import com.pinfleet.persistence.JdbiDayPlanRepository;
import com.pinfleet.persistence.JdbiRunRepository;
import com.pinfleet.persistence.JdbiSaveQueueRepository;
import com.pinfleet.persistence.JdbiSettingsRepository;
import com.pinfleet.persistence.JdbiUnitOfWork;
import com.pinfleet.persistence.OnBothDatabases;
import com.pinfleet.persistence.crypto.AesGcmSecretCipher;
import com.pinfleet.persistence.crypto.MasterKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The durable schedule with the real engine behind it: sessions run by db-scheduler on the test's database,
 * with every repository real and only Pinterest and the credentials file reader faked. The engine's clock
 * stands at 03:00 tomorrow (UTC), before the active hours, so every session it plans lies in the future.
 */
class DbSchedulerSessionSchedulerTest extends OnBothDatabases {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant ENGINE_NOW = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(3, 0)
            .toInstant(ZoneOffset.UTC);
    private static final LocalDate ENGINE_DAY = LocalDate.ofInstant(ENGINE_NOW, ZoneOffset.UTC);

    private final FakePinterest pinterest = new FakePinterest();
    private final BoardSyncs boardSyncs = new BoardSyncs();
    private JdbiAccountRepository accounts;
    private JdbiAutomationRepository automation;
    private JdbiSaveQueueRepository queue;
    private JdbiRunRepository runs;
    private DbSchedulerSessionScheduler scheduler;
    private long account;

    @BeforeEach
    void startScheduler() {
        Clock clock = Clock.fixed(ENGINE_NOW, ZoneOffset.UTC);
        accounts = new JdbiAccountRepository(jdbi());
        automation = new JdbiAutomationRepository(jdbi());
        queue = new JdbiSaveQueueRepository(jdbi());
        runs = new JdbiRunRepository(jdbi());
        JdbiBoardRepository boards = new JdbiBoardRepository(jdbi(), clock);
        AccountSecrets secrets = new AccountSecrets(new JdbiAccountSecretRepository(jdbi()),
                new AesGcmSecretCipher(MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]))),
                clock);
        RunSession sessions = new RunSession(accounts, automation, new JdbiDayPlanRepository(jdbi()),
                new JdbiDailyActivityRepository(jdbi()), runs, new JdbiAccountLogRepository(jdbi()), queue, boards,
                new AccountAccess(secrets, new TokenFiles()), pinterest,
                new ServerSettings(new JdbiSettingsRepository(jdbi())), new SessionSlots(() -> 5), ActionPacer.NONE,
                EngineRules.DEFAULT, new JdbiUnitOfWork(jdbi()), clock, new Random(7));
        scheduler = new DbSchedulerSessionScheduler(db.database().dataSource(), sessions, boardSyncs, 2,
                Duration.ofSeconds(1), Duration.ofMinutes(15));
        scheduler.start();

        account = addAccount("owner");
        secrets.putFile(account, CredentialKind.COOKIES, "access-token".getBytes(StandardCharsets.UTF_8));
        boards.add(account, new BoardDraft("Dinner", "", BoardPrivacy.PUBLIC), "board-1", ENGINE_NOW);
        queue.append(account, List.of(new NewSaveItem(new PinId("1001"), "1001", null)), ENGINE_NOW);
        automation.enable(account, ENGINE_DAY, ENGINE_NOW);
    }

    @AfterEach
    void stopScheduler() {
        pinterest.release.countDown();
        boardSyncs.release.countDown();
        scheduler.close();
    }

    @Test
    void a_session_run_now_saves_from_the_queue_and_is_scheduled_again_for_the_next_planned_session()
            throws InterruptedException {
        boolean started = scheduler.runNow(account);

        assertThat(started).isTrue();
        awaitUntil("the session is scheduled again", this::scheduledAtNextRun);
        RunRecord run = runs.recent(1).getFirst();
        assertThat(run.trigger()).isEqualTo("manual");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.pinsSaved()).isEqualTo(1);
        SaveItem item = queue.list(account).getFirst();
        assertThat(item.status()).isEqualTo(SaveItemStatus.SAVED);
        assertThat(item.boardId()).isEqualTo("board-1");
        assertThat(item.savedPinId()).isEqualTo("copy-1001");
        AutomationRecord record = automation.find(account).orElseThrow();
        assertThat(record.state()).isEqualTo(AutomationState.SLEEPING);
        assertThat(record.nextRun()).isAfter(ENGINE_NOW);
        assertThat(scheduler.isRunning(account)).isFalse();
    }

    @Test
    void running_now_a_session_scheduled_for_later_runs_it_at_once_as_a_manual_session()
            throws InterruptedException {
        Instant later = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        scheduler.schedule(account, later);

        boolean started = scheduler.runNow(account);

        assertThat(started).isTrue();
        awaitUntil("the session is scheduled again", this::scheduledAtNextRun);
        assertThat(runs.recent(10)).extracting(RunRecord::trigger).containsExactly("manual");
        assertThat(scheduledAt(account)).isNotEqualTo(Optional.of(later));
    }

    @Test
    void a_scheduled_session_that_is_not_due_yet_sleeps_until_the_plan_says() throws InterruptedException {
        scheduler.schedule(account, Instant.now());

        awaitUntil("the session is scheduled at its next run", this::scheduledAtNextRun);
        AutomationRecord record = automation.find(account).orElseThrow();
        assertThat(record.nextRun()).isAfter(ENGINE_NOW);
        assertThat(record.state()).isEqualTo(AutomationState.SLEEPING);
        assertThat(runs.recent(10)).isEmpty();
        assertThat(queue.list(account).getFirst().status()).isEqualTo(SaveItemStatus.PENDING);
    }

    @Test
    void scheduling_again_moves_the_accounts_one_session() {
        Instant first = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        Instant second = first.plus(1, ChronoUnit.DAYS);
        scheduler.schedule(account, first);

        scheduler.schedule(account, second);

        assertThat(scheduledAt(account)).contains(second);
        assertThat(number("select count(*) from scheduled_tasks")).isEqualTo(1);
        assertThat(scheduler.isRunning(account)).isFalse();
    }

    @Test
    void cancelling_removes_the_scheduled_session() {
        long other = addAccount("other");
        Instant later = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        scheduler.schedule(account, later);
        scheduler.schedule(other, later);

        scheduler.cancel(account);
        scheduler.cancel(addAccount("never_scheduled"));

        assertThat(scheduledAt(account)).isEmpty();
        assertThat(scheduledAt(other)).contains(later);
    }

    @Test
    void a_running_session_is_reported_running_and_cannot_be_started_or_cancelled() throws InterruptedException {
        pinterest.holdSaves();
        scheduler.runNow(account);
        assertThat(pinterest.saving.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        boolean running = scheduler.isRunning(account);
        boolean startedAgain = scheduler.runNow(account);
        scheduler.cancel(account);
        pinterest.release.countDown();

        assertThat(running).isTrue();
        assertThat(startedAgain).isFalse();
        awaitUntil("the session is scheduled again", this::scheduledAtNextRun);
        assertThat(scheduler.isRunning(account)).isFalse();
        assertThat(runs.recent(10)).hasSize(1);
        assertThat(runs.recent(1).getFirst().status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void scheduling_a_running_session_leaves_it_to_schedule_its_next_one_itself() throws InterruptedException {
        pinterest.holdSaves();
        scheduler.runNow(account);
        assertThat(pinterest.saving.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        scheduler.schedule(account, Instant.now());
        pinterest.release.countDown();

        awaitUntil("the session is scheduled again", this::scheduledAtNextRun);
        assertThat(runs.recent(10)).hasSize(1);
    }

    @Test
    void a_board_sync_asked_for_again_before_it_ended_runs_once() throws InterruptedException {
        boardSyncs.hold = true;

        scheduler.syncBoards(account);
        scheduler.syncBoards(account);
        boardSyncs.release.countDown();

        awaitUntil("the board sync is done", () -> number("select count(*) from scheduled_tasks"
                + " where task_name = 'board-sync'") == 0 && !boardSyncs.synced.isEmpty());
        assertThat(boardSyncs.synced).containsExactly(account);
    }

    @Test
    void a_session_of_an_account_whose_automation_is_off_is_dropped_from_the_schedule() throws InterruptedException {
        automation.disable(account, ENGINE_NOW);

        boolean started = scheduler.runNow(account);

        assertThat(started).isTrue();
        awaitUntil("the session is gone from the schedule", () -> scheduledAt(account).isEmpty());
        assertThat(runs.recent(10)).isEmpty();
        assertThat(queue.list(account).getFirst().status()).isEqualTo(SaveItemStatus.PENDING);
    }

    /** Whether the account's session is scheduled for the next run its last session reported. */
    private boolean scheduledAtNextRun() {
        Optional<Instant> nextRun = automation.find(account).map(AutomationRecord::nextRun);
        return nextRun.isPresent() && scheduledAt(account).equals(nextRun) && !scheduler.isRunning(account);
    }

    /** When the account's session is due, as the schedule's table holds it. */
    private Optional<Instant> scheduledAt(long accountId) {
        return jdbi().withHandle(handle -> handle.createQuery("""
                        select execution_time from scheduled_tasks
                        where task_name = 'account-session' and task_instance = :id
                        """)
                .bind("id", Long.toString(accountId))
                .map((rs, ctx) -> rs.getObject("execution_time", OffsetDateTime.class).toInstant())
                .findOne());
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s in vain until " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Pinterest where every pin exists and every save succeeds, each save held back on request. */
    private static final class FakePinterest implements PinterestGateway {

        final CountDownLatch saving = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private volatile boolean hold;

        void holdSaves() {
            hold = true;
        }

        @Override
        public List<RemoteBoard> boards(PinterestAccess access) {
            return List.of(new RemoteBoard("board-1", "Dinner", "", BoardPrivacy.PUBLIC, 0));
        }

        @Override
        public RemoteBoard createBoard(PinterestAccess access, BoardDraft draft) {
            throw new UnsupportedOperationException("sessions do not create boards");
        }

        @Override
        public void deleteBoard(PinterestAccess access, String boardId) {
            throw new UnsupportedOperationException("sessions do not delete boards");
        }

        @Override
        public RemotePin pin(PinterestAccess access, PinId pinId) {
            return new RemotePin(pinId.value(), "elsewhere", null, "Pasta", "Quick pasta", "");
        }

        @Override
        public RemotePin savePin(PinterestAccess access, PinId pinId, String boardId) {
            saving.countDown();
            if (hold) {
                try {
                    release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new RemotePin("copy-" + pinId.value(), boardId, pinId.value(), "Pasta", "Quick pasta", "");
        }

        @Override
        public List<RemotePin> boardPins(PinterestAccess access, String boardId, int limit) {
            return List.of();
        }
    }

    /** Records the accounts whose boards were synced; holds each sync back on request. */
    private static final class BoardSyncs implements LongConsumer {

        final List<Long> synced = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean hold;

        @Override
        public void accept(long accountId) {
            if (hold) {
                try {
                    release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synced.add(accountId);
        }
    }

    /** Reads any credentials file as a token set whose access token is the file's text. */
    private static final class TokenFiles implements OperatorFiles {

        @Override
        public TextTable table(UploadedFile file) {
            throw new UnsupportedOperationException("sessions read no tables");
        }

        @Override
        public List<TextLine> lines(UploadedFile file) {
            throw new UnsupportedOperationException("sessions read no text files");
        }

        @Override
        public List<UploadedFile> unzip(UploadedFile archive) {
            throw new UnsupportedOperationException("sessions read no archives");
        }

        @Override
        public Optional<TokenSet> tokenSet(byte[] credentialsFile) {
            return Optional.of(new TokenSet(new String(credentialsFile, StandardCharsets.UTF_8), null, null));
        }

        @Override
        public Optional<byte[]> withExpiryCounted(byte[] credentialsFile, Instant readAt) {
            return Optional.empty();
        }

        @Override
        public boolean isJson(byte[] content) {
            return false;
        }
    }
}
