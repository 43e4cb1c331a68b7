package com.pinfleet.application.engine;

import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.account.NotConnectedException;
import com.pinfleet.application.common.Batch;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.automation.AutomationState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Switching accounts' automation on and off, starting sessions by hand, and reporting what it does. */
public final class Automation {

    /** How long a request to start a session by hand blocks others; a request that old is taken as lost. */
    private static final Duration RUN_REQUEST_LIFETIME = Duration.ofMinutes(1);

    private final AccountRepository accounts;
    private final AutomationRepository automation;
    private final DayPlanRepository plans;
    private final DailyActivityRepository activity;
    private final SessionScheduler scheduler;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Automation(AccountRepository accounts, AutomationRepository automation, DayPlanRepository plans,
                      DailyActivityRepository activity, SessionScheduler scheduler, UnitOfWork unitOfWork,
                      Clock clock) {
        this.accounts = accounts;
        this.automation = automation;
        this.plans = plans;
        this.activity = activity;
        this.scheduler = scheduler;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Turns save automation on. The account's day is planned at once; its sessions follow the plan.
     *
     * @throws NotConnectedException when the account has no token set
     */
    public void enable(String username) {
        Account account = accounts.require(username);
        if (account.authStatus() != AuthStatus.CONNECTED) {
            throw new NotConnectedException(account.username().value());
        }
        Instant now = clock.instant();
        unitOfWork.run(() -> {
            accounts.lockExisting(account);
            automation.enable(account.id(), LocalDate.ofInstant(now, account.zoneOr(clock.getZone())), now);
            automation.report(account.id(), AutomationState.SLEEPING, now, null, now);
        });
        scheduler.schedule(account.id(), now);
    }

    public void disable(String username) {
        Account account = accounts.require(username);
        automation.disable(account.id(), clock.instant());
        scheduler.cancel(account.id());
        // a session asked for and not started will not start now, so it no longer blocks the next request
        automation.clearRunRequest(account.id());
    }

    /** Enables each account and says per username what happened: enabled, not found, needs_auth, or why not. */
    public Map<String, String> enableAll(List<String> usernames) {
        return Batch.forEach(usernames, this::enable, "enabled");
    }

    public Map<String, String> disableAll(List<String> usernames) {
        return Batch.forEach(usernames, this::disable, "disabled");
    }

    /**
     * Starts the account's next session now, within the day's limits.
     *
     * @throws ConflictException when automation is off for it or a session is running
     */
    public void runNow(String username) {
        Account account = accounts.require(username);
        boolean enabled = automation.find(account.id()).map(AutomationRecord::saveEnabled).orElse(false);
        if (!enabled) {
            throw new ConflictException("Automation is off for " + account.username() + "; enable it first");
        }
        Instant now = clock.instant();
        if (!automation.requestRun(account.id(), now, now.minus(RUN_REQUEST_LIFETIME))) {
            throw new ConflictException("A session is already starting for " + account.username());
        }
        if (!scheduler.runNow(account.id())) {
            automation.clearRunRequest(account.id());
            throw new ConflictException("A session is already running for " + account.username());
        }
    }

    /**
     * The automation of every account that ever had it, by username. Plans and counters are read for all
     * accounts a day at a time (one day for each date that is "today" somewhere in the fleet), not account by
     * account.
     */
    public Map<String, JobStatus> status() {
        Instant now = clock.instant();
        Map<Long, ZoneId> zones = accounts.timeZones();
        Map<LocalDate, Map<Long, StoredPlan>> plansByDay = new HashMap<>();
        Map<LocalDate, Map<Long, DailyActivity>> activityByDay = new HashMap<>();
        Map<String, JobStatus> jobs = new LinkedHashMap<>();
        for (AutomationRecord record : automation.all()) {
            LocalDate today = LocalDate.ofInstant(now, zones.getOrDefault(record.accountId(), clock.getZone()));
            StoredPlan plan = plansByDay.computeIfAbsent(today, plans::onDay).get(record.accountId());
            DailyActivity done = activityByDay.computeIfAbsent(today, activity::onDay)
                    .getOrDefault(record.accountId(), DailyActivity.NONE);
            jobs.put(record.username(), statusOf(record, plan, done));
        }
        return jobs;
    }

    private static JobStatus statusOf(AutomationRecord record, StoredPlan plan, DailyActivity done) {
        AutomationState state = record.saveEnabled() || record.state() == AutomationState.ERROR
                ? record.state() : AutomationState.DISABLED;
        return new JobStatus(record.saveEnabled(), state, record.saveEnabled() ? record.nextRun() : null,
                plan == null ? 0 : plan.done(), plan == null ? 0 : plan.remaining(), done.saves(), done.creates(),
                record.error());
    }
}
