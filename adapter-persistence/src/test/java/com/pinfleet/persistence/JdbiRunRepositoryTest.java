package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.RunRecord;
import com.pinfleet.application.engine.RunStatus;
import com.pinfleet.application.engine.RunType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiRunRepositoryTest extends OnBothDatabases {

    private static final Instant START = Instant.parse("2024-05-20T10:15:30.123456Z");

    private JdbiRunRepository runs;
    private long account;

    @BeforeEach
    void repository() {
        runs = new JdbiRunRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void a_started_run_is_running_with_nothing_counted() {
        long id = runs.start(account, RunType.SAVE, "manual", START);

        assertThat(runs.recent(10)).containsExactly(new RunRecord(id, account, "owner", RunType.SAVE, "manual",
                RunStatus.RUNNING, START, null, 0, 0, 0, null));
    }

    @Test
    void saves_and_failures_are_counted_on_the_run() {
        long id = runs.start(account, RunType.SAVE, "schedule", START);
        long other = runs.start(account, RunType.CREATE, "schedule", START);

        runs.countSaved(id);
        runs.countSaved(id);
        runs.countSaved(id);
        runs.countFailure(id);

        RunRecord run = find(id);
        assertThat(run.pinsSaved()).isEqualTo(3);
        assertThat(run.failures()).isEqualTo(1);
        assertThat(run.pinsCreated()).isZero();
        assertThat(find(other).pinsSaved()).isZero();
    }

    @Test
    void a_finished_run_has_its_status_message_and_end() {
        long id = runs.start(account, RunType.SAVE, "schedule", START);
        Instant end = START.plusSeconds(125);

        runs.finish(id, RunStatus.COMPLETED, "Saved 3 of 3 pins", end);

        RunRecord run = find(id);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.message()).isEqualTo("Saved 3 of 3 pins");
        assertThat(run.finishedAt()).isEqualTo(end);
        assertThat(run.startedAt()).isEqualTo(START);
    }

    @Test
    void interrupting_marks_only_the_accounts_running_runs() {
        long other = addAccount("other");
        long done = runs.start(account, RunType.SAVE, "schedule", START);
        runs.finish(done, RunStatus.COMPLETED, "ok", START.plusSeconds(10));
        long stuck = runs.start(account, RunType.SAVE, "schedule", START.plusSeconds(20));
        long othersRun = runs.start(other, RunType.SAVE, "schedule", START);
        Instant now = START.plusSeconds(3_600);

        int interrupted = runs.interruptRunning(account, now);

        assertThat(interrupted).isEqualTo(1);
        RunRecord run = find(stuck);
        assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(run.finishedAt()).isEqualTo(now);
        assertThat(run.message()).isNotBlank();
        assertThat(find(done).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(find(done).message()).isEqualTo("ok");
        assertThat(find(othersRun).status()).isEqualTo(RunStatus.RUNNING);
        assertThat(runs.interruptRunning(account, now)).isZero();
    }

    @Test
    void recent_runs_are_the_newest_first_at_most_the_limit() {
        long other = addAccount("other");
        long oldest = runs.start(account, RunType.SAVE, "schedule", START);
        long newest = runs.start(other, RunType.SAVE, "schedule", START.plusSeconds(300));
        long middle = runs.start(account, RunType.SAVE, "schedule", START.plusSeconds(100));
        long sameTimeFirst = runs.start(account, RunType.SAVE, "schedule", START.plusSeconds(200));
        long sameTimeSecond = runs.start(other, RunType.SAVE, "manual", START.plusSeconds(200));

        List<RunRecord> recent = runs.recent(4);

        assertThat(recent).extracting(RunRecord::id).containsExactly(newest, sameTimeSecond, sameTimeFirst, middle);
        assertThat(recent.getFirst().username()).isEqualTo("other");
        assertThat(runs.recent(10)).extracting(RunRecord::id).endsWith(oldest);
        assertThat(runs.recent(1)).hasSize(1);
    }

    private RunRecord find(long id) {
        return runs.recent(100).stream().filter(run -> run.id() == id).findFirst().orElseThrow();
    }
}
