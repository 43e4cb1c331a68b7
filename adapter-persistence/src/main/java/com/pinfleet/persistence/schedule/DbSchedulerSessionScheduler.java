package com.pinfleet.persistence.schedule;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.pinfleet.application.board.BackgroundTasks;
import com.pinfleet.application.engine.RunSession;
import com.pinfleet.application.engine.RunSession.Trigger;
import com.pinfleet.application.engine.SessionScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account sessions and background work as db-scheduler executions. Sessions: one per account, named by the
 * account's id, carrying what triggered it. Board syncs: one per account at most, waiting or running. A node
 * that dies stops heartbeating and another node revives its executions.
 */
public final class DbSchedulerSessionScheduler implements SessionScheduler, BackgroundTasks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerSessionScheduler.class);
    private static final String TASK = "account-session";
    private static final String BOARD_SYNC = "board-sync";
    private static final String SCHEDULED = "schedule";
    private static final String MANUAL = "manual";
    private static final Duration PICKED_PATIENCE = Duration.ofSeconds(5);

    private final Scheduler scheduler;
    private final CustomTask<String> task;
    private final OneTimeTask<Void> boardSync;

    /**
     * @param threads         how many sessions this node may run at once at most; session slots limit them
     *                        further to the operator's setting
     * @param heartbeat       how often a running session's node says it is alive
     * @param retryAfterError when a session whose code failed unexpectedly is tried again
     * @param boardSyncs      runs the board sync of an account
     */
    public DbSchedulerSessionScheduler(DataSource dataSource, RunSession sessions, LongConsumer boardSyncs,
                                       int threads, Duration heartbeat, Duration retryAfterError) {
        this.task = Tasks.custom(TASK, String.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(retryAfterError))
                .onDeadExecutionRevive()
                .execute((instance, context) -> run(sessions, instance));
        this.boardSync = Tasks.oneTime(BOARD_SYNC)
                .execute((instance, context) -> boardSyncs.accept(Long.parseLong(instance.getId())));
        this.scheduler = Scheduler.create(dataSource, task, boardSync)
                .threads(threads)
                .pollingInterval(Duration.ofSeconds(2))
                .heartbeatInterval(heartbeat)
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .build();
    }

    private static CompletionHandler<String> run(RunSession sessions, TaskInstance<String> instance) {
        long accountId = Long.parseLong(instance.getId());
        Trigger trigger = MANUAL.equals(instance.getData()) ? Trigger.MANUAL : Trigger.SCHEDULE;
        Optional<Instant> next = sessions.run(accountId, trigger);
        if (next.isEmpty()) {
            return new CompletionHandler.OnCompleteRemove<>();
        }
        return (complete, operations) -> operations.reschedule(complete, next.get(), SCHEDULED);
    }

    public void start() {
        scheduler.start();
    }

    @Override
    public void close() {
        scheduler.stop();
    }

    @Override
    public void syncBoards(long accountId) {
        scheduler.scheduleIfNotExists(boardSync.instance(Long.toString(accountId)), Instant.now());
    }

    /**
     * Schedules the session, or moves it. When a node is running the account's execution right now, waits
     * for it to finish first (an execution that only plans the day or stops ends within moments); one still
     * running after that is a session at work, whose completion schedules the next session itself.
     */
    @Override
    public void schedule(long accountId, Instant at) {
        if (!scheduleWhenFree(accountId, at, SCHEDULED)) {
            LOG.debug("session of account {} is running; it schedules its successor when it ends", accountId);
        }
    }

    @Override
    public void cancel(long accountId) {
        try {
            if (execution(accountId).isPresent()) {
                scheduler.cancel(task.instance(Long.toString(accountId)));
            }
        } catch (TaskInstanceCurrentlyExecutingException | ExecutionException e) {
            LOG.debug("session of account {} is running; it ends itself when it sees automation is off", accountId);
        }
    }

    @Override
    public boolean isRunning(long accountId) {
        return execution(accountId).map(ScheduledExecution::isPicked).orElse(false);
    }

    @Override
    public boolean runNow(long accountId) {
        return scheduleWhenFree(accountId, Instant.now(), MANUAL);
    }

    /** Schedules or moves the execution unless it stays picked by a node for longer than the patience. */
    private boolean scheduleWhenFree(long accountId, Instant at, String trigger) {
        long deadline = System.nanoTime() + PICKED_PATIENCE.toNanos();
        while (true) {
            if (!isRunning(accountId)) {
                try {
                    scheduler.schedule(task.instance(Long.toString(accountId), trigger), at,
                            ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
                    return true;
                } catch (TaskInstanceCurrentlyExecutingException | ExecutionException pickedMeanwhile) {
                    LOG.debug("session of account {} was picked while being moved; trying again", accountId);
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private Optional<ScheduledExecution<Object>> execution(long accountId) {
        return scheduler.getScheduledExecution(task.instance(Long.toString(accountId)));
    }
}
