package com.pinfleet.application.engine;

import com.pinfleet.application.account.AccountAccess;
import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.account.NotConnectedException;
import com.pinfleet.application.board.BoardRepository;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.PinterestAuthException;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.application.pinterest.PinterestGateway;
import com.pinfleet.application.pinterest.PinterestNotFoundException;
import com.pinfleet.application.pinterest.PinterestRateLimitException;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.application.queue.SaveQueueRepository;
import com.pinfleet.application.queue.SaveQueueRepository.Outcome;
import com.pinfleet.application.settings.ServerSettings;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import com.pinfleet.domain.schedule.DayPlan;
import com.pinfleet.domain.schedule.DayPlanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One account's session: plans the account's day when it begins, and when a planned session is due (or one
 * is started by hand) saves the session's share of the day's target from the save queue.
 *
 * <p>Each save is one step: take a save from the day's allowance and mark the item in progress, call
 * Pinterest, then record the outcome, the run's counters and the log line in one transaction. An item left
 * in progress by a session that died is checked against its board's pins before anything else happens.
 */
public final class RunSession {

    /** What started a session. */
    public enum Trigger {
        SCHEDULE,
        MANUAL;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final AccountRepository accounts;
    private final AutomationRepository automation;
    private final DayPlanRepository plans;
    private final DailyActivityRepository activity;
    private final RunRepository runs;
    private final AccountLogRepository log;
    private final SaveQueueRepository queue;
    private final BoardRepository boards;
    private final AccountAccess access;
    private final PinterestGateway pinterest;
    private final BoardChooser chooser;
    private final ServerSettings settings;
    private final SessionSlots slots;
    private final ActionPacer pacer;
    private final EngineRules rules;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final RandomGenerator random;

    public RunSession(AccountRepository accounts, AutomationRepository automation, DayPlanRepository plans,
                      DailyActivityRepository activity, RunRepository runs, AccountLogRepository log,
                      SaveQueueRepository queue, BoardRepository boards, AccountAccess access,
                      PinterestGateway pinterest, ServerSettings settings, SessionSlots slots, ActionPacer pacer,
                      EngineRules rules, UnitOfWork unitOfWork, Clock clock, RandomGenerator random) {
        this.accounts = accounts;
        this.automation = automation;
        this.plans = plans;
        this.activity = activity;
        this.runs = runs;
        this.log = log;
        this.queue = queue;
        this.boards = boards;
        this.access = access;
        this.pinterest = pinterest;
        this.chooser = new BoardChooser(pinterest);
        this.settings = settings;
        this.slots = slots;
        this.pacer = pacer;
        this.rules = rules;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Runs the account's session if one is due, or at once when {@code trigger} is manual.
     *
     * @return when the account's next session is due; empty when automation is off for it, so nothing more
     *         should be scheduled
     */
    public Optional<Instant> run(long accountId, Trigger trigger) {
        Optional<Account> found = accounts.findById(accountId);
        Optional<AutomationRecord> record = found.flatMap(account -> automation.find(accountId));
        if (record.isEmpty() || !record.get().saveEnabled()) {
            return Optional.empty();
        }
        Account account = found.get();
        if (trigger == Trigger.MANUAL) {
            automation.clearRunRequest(accountId);
        }
        ZoneId zone = account.zoneOr(clock.getZone());
        Instant now = clock.instant();
        StoredPlan plan = planFor(account, record.get(), LocalDate.ofInstant(now, zone), zone, now);
        boolean due = plan.nextOpen().filter(session -> !session.dueAt().isAfter(now)).isPresent();
        if (trigger == Trigger.SCHEDULE && !due) {
            settleLeftovers(account);
            Instant next = nextWake(account, zone);
            automation.report(accountId, AutomationState.SLEEPING, next, null, now);
            return Optional.of(next);
        }
        return inSlot(account, () -> session(account, plan, zone, trigger));
    }

    private StoredPlan planFor(Account account, AutomationRecord record, LocalDate day, ZoneId zone, Instant now) {
        return plans.find(account.id(), day).orElseGet(() -> {
            int dayNumber = (int) ChronoUnit.DAYS.between(record.firstEnabledOn(), day) + 1;
            DayPlanner planner = new DayPlanner(settings.smartSavesSchedule(), rules.planning());
            DayPlan drawn = planner.plan(day, Math.max(dayNumber, 1), account.dailySavesLimitMax(),
                    account.dailyCreates(), zone, now, random);
            return plans.addIfAbsent(account.id(), drawn);
        });
    }

    private interface SessionWork {
        Optional<Instant> run();
    }

    private Optional<Instant> inSlot(Account account, SessionWork work) {
        if (!slots.tryTake()) {
            automation.report(account.id(), AutomationState.WAITING, clock.instant(), null, clock.instant());
            try {
                slots.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(clock.instant());
            }
        }
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }

    private Optional<Instant> session(Account account, StoredPlan plan, ZoneId zone, Trigger trigger) {
        long accountId = account.id();
        Instant now = clock.instant();
        int covered = coverDueSessions(plan, now, trigger);
        runs.interruptRunning(accountId, now);
        long runId = runs.start(accountId, RunType.SAVE, trigger.wireName(), now);
        automation.report(accountId, AutomationState.RUNNING, null, null, now);
        activity.countSession(accountId, plan.day());
        try {
            PinterestAccess pinterestAccess = access.of(account);
            reconcile(account, pinterestAccess);
            int share = shareOf(plan, covered);
            String outcome = saveShare(account, pinterestAccess, plan, share, runId);
            runs.finish(runId, RunStatus.COMPLETED, outcome, clock.instant());
            if (!automationOn(accountId)) {
                // turned off while the session ran: the state stays as disabling recorded it, nothing is scheduled
                return Optional.empty();
            }
            Instant next = nextWake(account, zone);
            automation.report(accountId, AutomationState.SLEEPING, next, null, clock.instant());
            return Optional.of(next);
        } catch (NotConnectedException | PinterestAuthException e) {
            return stopForAuth(account, runId, e.getMessage());
        } catch (PinterestRateLimitException e) {
            Duration wait = e.spam() ? rules.spamCooldown()
                    : e.retryAfter() != null ? e.retryAfter() : rules.rateLimitBackoff();
            String message = (e.spam() ? "Pinterest spoke of spam: " : "Pinterest rate limit: ") + e.getMessage();
            return Optional.of(failed(account, zone, runId, message, wait));
        } catch (SessionCannotRunException | PinterestException e) {
            return Optional.of(failed(account, zone, runId, e.getMessage(), rules.retryAfterError()));
        } catch (RuntimeException e) {
            // Anything else (a secret that cannot be read, a database hiccup) ends the run as failed and shows
            // the account in error, then goes on to the scheduler, which logs it and tries again later.
            String message = "unexpected failure: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            failed(account, zone, runId, message, rules.retryAfterError());
            throw e;
        }
    }

    /**
     * Marks the sessions this run stands for as done: every open session already due, or the next open one
     * when started by hand and none is due. Returns how many it marked.
     */
    private int coverDueSessions(StoredPlan plan, Instant now, Trigger trigger) {
        List<PlannedSession> covered = new ArrayList<>(plan.sessions().stream()
                .filter(s -> s.open() && !s.dueAt().isAfter(now)).toList());
        if (covered.isEmpty() && trigger == Trigger.MANUAL) {
            plan.nextOpen().ifPresent(covered::add);
        }
        covered.forEach(s -> plans.markDone(plan.accountId(), plan.day(), s.index(), now));
        return covered.size();
    }

    /**
     * The saves a run covering {@code covered} sessions should make: what remains of the day's target less the
     * shares of the sessions still to come. Read after reconciling, which may give saves back to the day.
     */
    private int shareOf(StoredPlan plan, int covered) {
        int later = plan.remaining() - covered;
        int savedSoFar = activity.on(plan.accountId(), plan.day()).saves();
        DayPlan dayPlan = new DayPlan(plan.day(), plan.dayNumber(), plan.saveTarget(), plan.createTarget(),
                List.of());
        return dayPlan.saveShare(savedSoFar, later + 1);
    }

    /**
     * The saves the account may make today: the plan's target held to the account's own cap, read afresh each
     * time, so that a cap lowered while a session runs stops it at the new cap.
     */
    private int todaysLimit(long accountId, StoredPlan plan) {
        Integer override = accounts.findById(accountId).map(Account::dailySavesLimitMax).orElse(null);
        return override == null ? plan.saveTarget() : Math.min(plan.saveTarget(), override);
    }

    private String saveShare(Account account, PinterestAccess pinterestAccess, StoredPlan plan, int share,
                             long runId) {
        LocalDate day = plan.day();
        if (share == 0) {
            return "Nothing to save now: today's " + todaysLimit(account.id(), plan)
                    + " saves are made or belong to later sessions";
        }
        List<Board> targets = new ArrayList<>(boards.forAccount(account.id()).stream()
                .filter(Board::onPinterest).toList());
        if (targets.isEmpty()) {
            throw new SessionCannotRunException(account.username()
                    + " has no boards on Pinterest: upload boards or sync them first");
        }
        int saved = 0;
        int attempts = 0;
        while (saved < share) {
            if (attempts >= share + rules.extraAttempts()) {
                return summary(saved, share, "too many pins failed");
            }
            if (!automationOn(account.id())) {
                return summary(saved, share, "automation was turned off");
            }
            Optional<SaveItem> next = queue.nextPending(account.id());
            if (next.isEmpty()) {
                return summary(saved, share, "the save queue is empty");
            }
            int limit = todaysLimit(account.id(), plan);
            if (!activity.takeSave(account.id(), day, limit)) {
                return summary(saved, share, "today's limit of " + limit + " saves is reached");
            }
            attempts++;
            if (saveOne(account, pinterestAccess, next.get(), targets, day, runId)) {
                saved++;
            }
            if (targets.isEmpty()) {
                throw new SessionCannotRunException("every board of " + account.username() + " is gone from Pinterest");
            }
            pause();
        }
        return summary(saved, share, null);
    }

    /** Saves one item whose save is already taken from the day's allowance; true when it was saved. */
    private boolean saveOne(Account account, PinterestAccess pinterestAccess, SaveItem item, List<Board> targets,
                            LocalDate day, long runId) {
        long accountId = account.id();
        Board board;
        try {
            board = chooser.choose(account, item, targets, pinterestAccess);
        } catch (PinterestNotFoundException e) {
            fail(item, SaveItemStatus.PENDING, day, runId, "pin " + item.pinId() + " no longer exists");
            return false;
        } catch (BoardChooser.NamedBoardMissingException e) {
            fail(item, SaveItemStatus.PENDING, day, runId, e.getMessage());
            return false;
        } catch (PinterestAuthException | PinterestRateLimitException e) {
            activity.returnSave(accountId, day, false);
            throw e;
        } catch (PinterestException e) {
            if (e.status() >= 400 && e.status() < 500) {
                fail(item, SaveItemStatus.PENDING, day, runId, "Pinterest refused it: " + e.getMessage());
                return false;
            }
            activity.returnSave(accountId, day, false);
            throw e;
        }
        if (!queue.move(item.id(), SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS,
                Outcome.toBoard(board.pinterestId()), clock.instant())) {
            activity.returnSave(accountId, day, false);
            return false;
        }
        try {
            RemotePin copy = pinterest.savePin(pinterestAccess, item.pinId(), board.pinterestId());
            unitOfWork.run(() -> {
                queue.move(item.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED,
                        Outcome.saved(copy.id()), clock.instant());
                runs.countSaved(runId);
                log.add(accountId, clock.instant(), "INFO",
                        "Saved pin " + item.pinId() + " to board '" + board.name() + "' as pin " + copy.id());
            });
            return true;
        } catch (PinterestNotFoundException e) {
            if (e.boardMissing()) {
                targets.remove(board);
            }
            fail(item, SaveItemStatus.IN_PROGRESS, day, runId, e.boardMissing()
                    ? "board '" + board.name() + "' no longer exists on Pinterest"
                    : "pin " + item.pinId() + " no longer exists");
            return false;
        } catch (PinterestAuthException | PinterestRateLimitException e) {
            unitOfWork.run(() -> {
                queue.move(item.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.PENDING, Outcome.NONE,
                        clock.instant());
                activity.returnSave(accountId, day, false);
            });
            throw e;
        } catch (PinterestException e) {
            if (e.status() >= 400 && e.status() < 500) {
                fail(item, SaveItemStatus.IN_PROGRESS, day, runId, "Pinterest refused it: " + e.getMessage());
                return false;
            }
            // No answer, or a server error: the save may have happened. The item stays in progress and
            // the next session checks the board before anything is retried.
            throw e;
        }
    }

    private boolean automationOn(long accountId) {
        return automation.find(accountId).map(AutomationRecord::saveEnabled).orElse(false);
    }

    private void fail(SaveItem item, SaveItemStatus from, LocalDate day, long runId, String reason) {
        unitOfWork.run(() -> {
            queue.move(item.id(), from, SaveItemStatus.FAILED, Outcome.failed(reason), clock.instant());
            activity.returnSave(item.accountId(), day, true);
            runs.countFailure(runId);
            log.add(item.accountId(), clock.instant(), "WARN", "Could not save pin " + item.pinId() + ": " + reason);
        });
    }

    /**
     * A wake with no session due may follow a session that died with its node: its run still shows as running
     * and its items as in progress. Settling them now, rather than at the next planned session, keeps what
     * operators read true; when Pinterest cannot be asked, the next session settles them instead.
     */
    private void settleLeftovers(Account account) {
        runs.interruptRunning(account.id(), clock.instant());
        if (queue.inState(account.id(), SaveItemStatus.IN_PROGRESS).isEmpty()) {
            return;
        }
        try {
            reconcile(account, access.of(account));
        } catch (NotConnectedException | PinterestException e) {
            log.add(account.id(), clock.instant(), "WARN", "Could not yet settle the pins an interrupted session"
                    + " left in progress (" + e.getMessage() + "); the next session will");
        }
    }

    /**
     * Settles items a dead session left in progress: one whose pin is on its board was saved; one whose board
     * lacks it was not, waits again and gives its save back; one whose board is gone cannot be told and is
     * marked uncertain.
     */
    private void reconcile(Account account, PinterestAccess pinterestAccess) {
        for (SaveItem item : queue.inState(account.id(), SaveItemStatus.IN_PROGRESS)) {
            Instant now = clock.instant();
            if (item.boardId() == null) {
                queue.move(item.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.PENDING, Outcome.NONE, now);
                continue;
            }
            try {
                Optional<RemotePin> copy = pinterest.boardPins(pinterestAccess, item.boardId(), 250).stream()
                        .filter(pin -> item.pinId().value().equals(pin.parentPinId()))
                        .findFirst();
                if (copy.isPresent()) {
                    queue.move(item.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED,
                            Outcome.saved(copy.get().id()), now);
                    log.add(account.id(), now, "INFO", "Pin " + item.pinId()
                            + " was saved before an interrupted session ended (found as pin " + copy.get().id() + ")");
                } else {
                    // the save was taken from the allowance of the day the item went in progress
                    LocalDate takenOn = LocalDate.ofInstant(item.updatedAt(), account.zoneOr(clock.getZone()));
                    unitOfWork.run(() -> {
                        if (queue.move(item.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.PENDING, Outcome.NONE,
                                now)) {
                            activity.returnSave(account.id(), takenOn, false);
                            log.add(account.id(), now, "INFO", "Pin " + item.pinId() + " was not saved before an"
                                    + " interrupted session ended; it waits in the queue again");
                        }
                    });
                }
            } catch (PinterestNotFoundException e) {
                queue.move(item.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.UNCERTAIN,
                        Outcome.failed("its board is gone, so whether it was saved cannot be told"), now);
            }
        }
    }

    private Optional<Instant> stopForAuth(Account account, long runId, String message) {
        Instant now = clock.instant();
        unitOfWork.run(() -> {
            runs.finish(runId, RunStatus.FAILED, message, now);
            accounts.setAuthStatus(account.id(), AuthStatus.NEEDS_AUTH);
            automation.disable(account.id(), now);
            automation.report(account.id(), AutomationState.ERROR, null, message, now);
            log.add(account.id(), now, "ERROR", "Automation stopped: " + message);
        });
        return Optional.empty();
    }

    private Instant failed(Account account, ZoneId zone, long runId, String message, Duration wait) {
        Instant now = clock.instant();
        Instant planned = nextWake(account, zone);
        Instant next = planned.isAfter(now.plus(wait)) ? planned : now.plus(wait);
        unitOfWork.run(() -> {
            runs.finish(runId, RunStatus.FAILED, message, now);
            automation.report(account.id(), AutomationState.ERROR, next, message, now);
            log.add(account.id(), now, "WARN", "Session failed: " + message);
        });
        return next;
    }

    /** The next open session of today's plan, or the start of tomorrow's active hours. */
    private Instant nextWake(Account account, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return plans.find(account.id(), today)
                .flatMap(StoredPlan::nextOpen)
                .map(session -> session.dueAt().isBefore(now) ? now : session.dueAt())
                .orElse(today.plusDays(1).atTime(rules.planning().activeFrom()).atZone(zone).toInstant());
    }

    private void pause() {
        try {
            pacer.pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String summary(int saved, int share, String stoppedBecause) {
        String done = "Saved " + saved + " of " + share + " pins";
        return stoppedBecause == null ? done : done + "; stopped: " + stoppedBecause;
    }
}
