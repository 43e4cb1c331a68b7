package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.board.BoardSyncJob;
import com.pinfleet.application.board.BoardSyncResult;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiBoardSyncRepositoryTest extends OnBothDatabases {

    private static final Instant QUEUED = Instant.parse("2024-05-20T10:15:30.123456Z");

    private JdbiBoardSyncRepository syncs;
    private long account;

    @BeforeEach
    void repository() {
        syncs = new JdbiBoardSyncRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void a_queued_sync_is_listed_as_queued() {
        syncs.queued(List.of(account), QUEUED);

        assertThat(syncs.since(QUEUED)).containsExactly(new BoardSyncJob(account, "owner", "queued", QUEUED, null,
                null, null, null));
    }

    @Test
    void syncs_are_listed_latest_first_then_by_username_from_the_given_moment_on() {
        long bob = addAccount("bob");
        long alice = addAccount("Alice");
        long early = addAccount("early");
        syncs.queued(List.of(early), QUEUED.minusSeconds(1));
        syncs.queued(List.of(bob, alice), QUEUED);
        syncs.queued(List.of(account), QUEUED.plusSeconds(60));

        List<BoardSyncJob> listed = syncs.since(QUEUED);

        assertThat(listed).extracting(BoardSyncJob::username).containsExactly("owner", "Alice", "bob");
    }

    @Test
    void a_started_sync_is_running() {
        syncs.queued(List.of(account), QUEUED);

        syncs.started(account, QUEUED.plusSeconds(5));

        assertThat(syncs.since(QUEUED).getFirst().status()).isEqualTo("running");
    }

    @Test
    void a_finished_sync_records_its_counts_and_the_boards_pinterest_refused() {
        syncs.queued(List.of(account), QUEUED);
        syncs.started(account, QUEUED.plusSeconds(5));
        Instant end = QUEUED.plusSeconds(30);

        syncs.finished(account, result(List.of("board 'A': refused", "board 'B': refused")), end);

        assertThat(syncs.since(QUEUED)).containsExactly(new BoardSyncJob(account, "owner", "done", QUEUED, end, 4, 2,
                "board 'A': refused; board 'B': refused"));
    }

    @Test
    void a_sync_finished_without_errors_records_none() {
        syncs.queued(List.of(account), QUEUED);

        syncs.finished(account, result(List.of()), QUEUED.plusSeconds(30));

        assertThat(syncs.since(QUEUED).getFirst().error()).isNull();
    }

    @Test
    void a_sync_finished_with_many_refused_boards_is_recorded_with_its_errors_cut_to_fit() {
        List<String> errors = IntStream.range(0, 100)
                .mapToObj(i -> "board 'Board number " + i + "': Pinterest refused the request")
                .toList();
        syncs.queued(List.of(account), QUEUED);

        syncs.finished(account, result(errors), QUEUED.plusSeconds(30));

        BoardSyncJob job = syncs.since(QUEUED).getFirst();
        assertThat(job.status()).isEqualTo("done");
        assertThat(job.error()).hasSize(1_000).startsWith("board 'Board number 0': Pinterest refused the request; ");
    }

    @Test
    void a_failed_sync_records_why_cut_to_fit() {
        syncs.queued(List.of(account), QUEUED);
        Instant end = QUEUED.plusSeconds(30);

        syncs.failed(account, "x".repeat(1_500), end);

        BoardSyncJob job = syncs.since(QUEUED).getFirst();
        assertThat(job.status()).isEqualTo("failed");
        assertThat(job.finishedAt()).isEqualTo(end);
        assertThat(job.error()).isEqualTo("x".repeat(1_000));
    }

    @Test
    void queueing_again_replaces_what_the_earlier_sync_left() {
        syncs.queued(List.of(account), QUEUED);
        syncs.failed(account, "boom", QUEUED.plusSeconds(30));
        Instant again = QUEUED.plusSeconds(3_600);

        syncs.queued(List.of(account), again);

        assertThat(syncs.since(QUEUED)).containsExactly(new BoardSyncJob(account, "owner", "queued", again, null,
                null, null, null));
    }

    @Test
    void queueing_syncs_from_several_places_at_once_queues_each_account_once() {
        List<Long> ids = IntStream.range(0, 5).mapToObj(i -> addAccount("user_" + i)).toList();
        syncs.queued(ids, QUEUED);

        for (long id : ids) {
            AtOnce.run(4, thread -> () -> {
                syncs.queued(List.of(id), QUEUED.plusSeconds(1 + thread));
                return null;
            });
        }

        assertThat(syncs.since(QUEUED)).hasSize(5).allMatch(job -> job.status().equals("queued")
                && job.queuedAt().isAfter(QUEUED));
    }

    @Test
    void many_accounts_are_queued_at_once() {
        List<Long> ids = IntStream.range(0, 300).mapToObj(i -> addAccount("user_" + i)).toList();

        syncs.queued(ids, QUEUED);
        syncs.queued(ids.subList(0, 100), QUEUED.plusSeconds(1));

        assertThat(syncs.since(QUEUED)).hasSize(300);
        assertThat(syncs.since(QUEUED.plusSeconds(1))).hasSize(100);
    }

    private static BoardSyncResult result(List<String> errors) {
        return new BoardSyncResult(true, 4, 2, errors, Collections.emptyList());
    }
}
