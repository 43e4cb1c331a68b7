package com.pinfleet.application.board;

import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Board syncs run in the background for accounts an import connected, and their progress: queued, running,
 * done, failed. {@link RunBoardSync} runs each one.
 */
public final class BoardSyncQueue {

    /** How far back the progress report looks. */
    public static final Duration REPORT_WINDOW = Duration.ofHours(24);

    private final BoardSyncRepository syncs;
    private final BackgroundTasks tasks;
    private final Clock clock;

    public BoardSyncQueue(BoardSyncRepository syncs, BackgroundTasks tasks, Clock clock) {
        this.syncs = syncs;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Queues a sync for each connected account among these; returns how many were queued. */
    public int queue(List<Account> candidates) {
        List<Long> connected = candidates.stream()
                .filter(account -> account.authStatus() == AuthStatus.CONNECTED)
                .map(Account::id)
                .toList();
        if (connected.isEmpty()) {
            return 0;
        }
        syncs.queued(connected, clock.instant());
        connected.forEach(tasks::syncBoards);
        return connected.size();
    }

    /** Progress of the syncs queued in the last day. */
    public record Progress(int queued, int running, int done, int failed, List<BoardSyncJob> jobs) {

        public boolean inProgress() {
            return queued + running > 0;
        }
    }

    public Progress progress() {
        List<BoardSyncJob> jobs = syncs.since(clock.instant().minus(REPORT_WINDOW));
        return new Progress(count(jobs, "queued"), count(jobs, "running"), count(jobs, "done"),
                count(jobs, "failed"), jobs);
    }

    private static int count(List<BoardSyncJob> jobs, String status) {
        return (int) jobs.stream().filter(job -> job.status().equals(status)).count();
    }
}
