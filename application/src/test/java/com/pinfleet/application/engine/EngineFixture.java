package com.pinfleet.application.engine;

import com.pinfleet.application.account.AccountAccess;
import com.pinfleet.application.account.AccountSecrets;
import com.pinfleet.application.account.NewAccount;
import com.pinfleet.application.fakes.FakeAccountLogRepository;
import com.pinfleet.application.fakes.FakeAccountRepository;
import com.pinfleet.application.fakes.FakeAccountSecretRepository;
import com.pinfleet.application.fakes.FakeAutomationRepository;
import com.pinfleet.application.fakes.FakeBoardRepository;
import com.pinfleet.application.fakes.FakeDailyActivityRepository;
import com.pinfleet.application.fakes.FakeDayPlanRepository;
import com.pinfleet.application.fakes.FakeOperatorFiles;
import com.pinfleet.application.fakes.FakePinterestGateway;
import com.pinfleet.application.fakes.FakeRunRepository;
import com.pinfleet.application.fakes.FakeSaveQueueRepository;
import com.pinfleet.application.fakes.FakeSecretCipher;
import com.pinfleet.application.fakes.FakeSessionScheduler;
import com.pinfleet.application.fakes.FakeSettingsRepository;
import com.pinfleet.application.fakes.FakeUnitOfWork;
import com.pinfleet.application.fakes.MutableClock;
import com.pinfleet.application.queue.NewSaveItem;
import com.pinfleet.application.settings.ServerSettings;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.board.BoardPrivacy;
import com.pinfleet.domain.pin.PinId;
import com.pinfleet.domain.proxy.ProxyMode;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.schedule.DayPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The engine's use cases wired to a fake of every port they use, on a clock that stands at 06:00 on a Monday in
 * Berlin (the server's zone) until a test moves it, with a seeded random.
 */
public final class EngineFixture {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final LocalDate MONDAY = LocalDate.of(2026, 6, 15);

    public final MutableClock clock = MutableClock.at(MONDAY.atTime(6, 0), ZONE);
    public final FakeSettingsRepository settingsRepository = new FakeSettingsRepository();
    public final ServerSettings settings = new ServerSettings(settingsRepository);
    public final FakeAccountRepository accounts = new FakeAccountRepository();
    public final FakeAccountSecretRepository secretRepository = new FakeAccountSecretRepository();
    public final AccountSecrets secrets = new AccountSecrets(secretRepository, new FakeSecretCipher(), clock);
    public final FakeBoardRepository boards = new FakeBoardRepository();
    public final FakeSaveQueueRepository queue = new FakeSaveQueueRepository();
    public final FakeAutomationRepository automation = new FakeAutomationRepository(accounts);
    public final FakeDayPlanRepository plans = new FakeDayPlanRepository();
    public final FakeDailyActivityRepository activity = new FakeDailyActivityRepository();
    public final FakeRunRepository runs = new FakeRunRepository(accounts);
    public final FakeAccountLogRepository log = new FakeAccountLogRepository();
    public final FakeSessionScheduler scheduler = new FakeSessionScheduler(clock);
    public final FakePinterestGateway pinterest = new FakePinterestGateway();
    public final FakeUnitOfWork unitOfWork = new FakeUnitOfWork(settingsRepository, accounts, secretRepository,
            boards, queue, automation, plans, activity, runs, log);
    public final SessionSlots slots = new SessionSlots(settings::maxConcurrent);
    public final RunSession sessions;
    public final Automation control;

    private volatile ActionPacer pacer = ActionPacer.NONE;
    private int pinsMade;

    public EngineFixture() {
        this(new Random(7));
    }

    public EngineFixture(Random random) {
        AccountAccess access = new AccountAccess(secrets, new FakeOperatorFiles());
        sessions = new RunSession(accounts, automation, plans, activity, runs, log, queue, boards, access, pinterest,
                settings, slots, () -> pacer.pause(), EngineRules.DEFAULT, unitOfWork, clock, random);
        control = new Automation(accounts, automation, plans, activity, scheduler, unitOfWork, clock);
    }

    /** What runs between two actions of a session from now on. */
    public void pacer(ActionPacer next) {
        this.pacer = next;
    }

    /** An account with a token set, smart save on, automation not yet enabled. */
    public Account connectedAccount(String username) {
        Account account = accountWithoutToken(username);
        TokenSet tokens = new TokenSet("at_" + username, "rt_" + username, clock.instant().plus(Duration.ofDays(30)));
        secrets.putFile(account.id(), CredentialKind.COOKIES, FakeOperatorFiles.credentialsFile(tokens));
        return account;
    }

    /** An account marked connected whose token set is missing. */
    public Account accountWithoutToken(String username) {
        return accounts.add(new NewAccount(new Username(username), null, ProxyMode.DIRECT, null,
                AuthStatus.CONNECTED, clock.instant()));
    }

    /** A connected account with automation enabled today. */
    public Account enabledAccount(String username) {
        Account account = connectedAccount(username);
        control.enable(username);
        return account;
    }

    public Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }

    /** A board on Pinterest that Pinfleet knows. */
    public Board board(Account account, String name) {
        return board(account, name, "");
    }

    public Board board(Account account, String name, String description) {
        String pinterestId = pinterest.addBoard(account.id(), name, description);
        return boards.add(account.id(), new BoardDraft(name, description, BoardPrivacy.PUBLIC), pinterestId,
                clock.instant());
    }

    /** A board Pinfleet knows with a Pinterest id, deleted on Pinterest since. */
    public Board boardGoneFromPinterest(Account account, String name) {
        Board board = board(account, name);
        pinterest.removeBoard(board.pinterestId());
        return board;
    }

    /** A board Pinfleet knows that was never made on Pinterest. */
    public Board boardNotOnPinterest(Account account, String name) {
        return boards.add(account.id(), new BoardDraft(name, "", BoardPrivacy.PUBLIC), null, null);
    }

    /** Queues pins that exist on Pinterest, naming no board; returns the items in queue order. */
    public List<SaveItem> queuePins(Account account, int count) {
        List<SaveItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(queue(account, existingPin("Pin number " + (i + 1), ""), null));
        }
        return items;
    }

    /** A pin that exists on Pinterest with this title and description. */
    public PinId existingPin(String title, String description) {
        return pinterest.addPin(Long.toString(4_000_000_000L + ++pinsMade), title, description);
    }

    /** A pin that does not exist (any more) on Pinterest. */
    public PinId missingPin() {
        return new PinId(Long.toString(7_000_000_000L + ++pinsMade));
    }

    /** Queues one pin for the account; {@code boardName} null when the operator named none. */
    public SaveItem queue(Account account, PinId pin, String boardName) {
        queue.append(account.id(), List.of(new NewSaveItem(pin, "https://www.pinterest.com/pin/" + pin + "/",
                boardName)), clock.instant());
        return queue.list(account.id()).getLast();
    }

    public SaveItem item(SaveItem item) {
        return queue.item(item.id());
    }

    /** Stores today's plan for the account (the first plan of a day stands, so the engine keeps it). */
    public StoredPlan plan(Account account, int saveTarget, LocalTime... sessionTimes) {
        List<Instant> times = Arrays.stream(sessionTimes).map(this::at).toList();
        return plans.addIfAbsent(account.id(), new DayPlan(clock.today(), 1, saveTarget, 0, times));
    }

    public StoredPlan todaysPlan(Account account) {
        return plans.find(account.id(), clock.today()).orElseThrow();
    }

    public DailyActivity today(Account account) {
        return activity.on(account.id(), clock.today());
    }

    public AutomationRecord automationOf(Account account) {
        return automation.find(account.id()).orElseThrow();
    }

    /** The account's latest run. */
    public RunRecord lastRun(Account account) {
        return runs.forAccount(account.id()).getLast();
    }

    /** Today's {@code time} in the server's zone. */
    public Instant at(LocalTime time) {
        return clock.today().atTime(time).atZone(ZONE).toInstant();
    }

    public Instant at(int hour, int minute) {
        return at(LocalTime.of(hour, minute));
    }

    /** Moves the clock to today's {@code hour:minute}. */
    public void timeIs(int hour, int minute) {
        clock.setLocal(LocalTime.of(hour, minute));
    }
}
