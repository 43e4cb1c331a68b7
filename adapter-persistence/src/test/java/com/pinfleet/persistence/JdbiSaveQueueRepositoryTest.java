package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.queue.NewSaveItem;
import com.pinfleet.application.queue.SaveQueueRepository.Outcome;
import com.pinfleet.domain.pin.PinId;
import com.pinfleet.domain.queue.QueueCounts;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiSaveQueueRepositoryTest extends OnBothDatabases {

    private static final Instant ADDED = Instant.parse("2024-05-20T10:15:30.123456Z");
    private static final Instant LATER = ADDED.plusSeconds(90);

    private JdbiSaveQueueRepository queue;
    private long account;

    @BeforeEach
    void repository() {
        queue = new JdbiSaveQueueRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void appended_items_are_pending_in_the_order_they_were_given() {
        queue.append(account, List.of(item("30"), item("10"), new NewSaveItem(new PinId("20"), "row 3", "Dinner")),
                ADDED);

        List<SaveItem> items = queue.list(account);

        assertThat(items).extracting(i -> i.pinId().value()).containsExactly("30", "10", "20");
        SaveItem last = items.getLast();
        assertThat(last.accountId()).isEqualTo(account);
        assertThat(last.source()).isEqualTo("row 3");
        assertThat(last.boardName()).isEqualTo("Dinner");
        assertThat(last.status()).isEqualTo(SaveItemStatus.PENDING);
        assertThat(last.boardId()).isNull();
        assertThat(last.savedPinId()).isNull();
        assertThat(last.error()).isNull();
        assertThat(last.attempts()).isZero();
        assertThat(last.createdAt()).isEqualTo(ADDED);
        assertThat(last.updatedAt()).isEqualTo(ADDED);
        assertThat(items.getFirst().boardName()).isNull();
    }

    @Test
    void a_long_pin_id_and_source_are_kept_exactly() {
        String pinId = "9".repeat(30);
        String source = "https://www.pinterest.com/pin/" + pinId + "/?q=" + "x".repeat(2_000);

        queue.append(account, List.of(new NewSaveItem(new PinId(pinId), source, null)), ADDED);

        assertThat(queue.list(account).getFirst().pinId().value()).isEqualTo(pinId);
        assertThat(queue.list(account).getFirst().source()).isEqualTo(source);
    }

    @Test
    void appending_nothing_adds_nothing() {
        queue.append(account, List.of(), ADDED);

        assertThat(queue.list(account)).isEmpty();
    }

    @Test
    void each_account_has_its_own_queue() {
        long other = addAccount("other");
        queue.append(account, List.of(item("1")), ADDED);
        queue.append(other, List.of(item("2"), item("3")), ADDED);

        assertThat(queue.list(account)).extracting(i -> i.pinId().value()).containsExactly("1");
        assertThat(queue.counts(other).total()).isEqualTo(2);
        assertThat(queue.nextPending(other).orElseThrow().pinId().value()).isEqualTo("2");
    }

    @Test
    void counts_tell_how_many_items_are_in_each_state() {
        queue.append(account, items(9), ADDED);
        List<SaveItem> items = queue.list(account);
        moveTo(items.get(0), SaveItemStatus.IN_PROGRESS);
        moveTo(items.get(1), SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED);
        moveTo(items.get(2), SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED);
        moveTo(items.get(3), SaveItemStatus.FAILED);
        moveTo(items.get(4), SaveItemStatus.IN_PROGRESS, SaveItemStatus.UNCERTAIN);

        QueueCounts counts = queue.counts(account);

        assertThat(counts).isEqualTo(new QueueCounts(9, 4, 1, 2, 1, 1));
        assertThat(queue.counts(addAccount("empty"))).isEqualTo(new QueueCounts(0, 0, 0, 0, 0, 0));
    }

    @Test
    void the_next_pending_item_is_the_oldest_one_still_pending() {
        queue.append(account, items(3), ADDED);
        List<SaveItem> items = queue.list(account);
        moveTo(items.get(0), SaveItemStatus.IN_PROGRESS);

        SaveItem next = queue.nextPending(account).orElseThrow();

        assertThat(next.id()).isEqualTo(items.get(1).id());
    }

    @Test
    void there_is_no_next_pending_item_when_none_is_pending() {
        queue.append(account, items(1), ADDED);
        moveTo(queue.list(account).getFirst(), SaveItemStatus.FAILED);

        assertThat(queue.nextPending(account)).isEmpty();
        assertThat(queue.nextPending(addAccount("empty"))).isEmpty();
    }

    @Test
    void items_in_a_state_are_listed_oldest_first() {
        queue.append(account, items(4), ADDED);
        List<SaveItem> items = queue.list(account);
        moveTo(items.get(3), SaveItemStatus.IN_PROGRESS);
        moveTo(items.get(1), SaveItemStatus.IN_PROGRESS);

        List<SaveItem> inProgress = queue.inState(account, SaveItemStatus.IN_PROGRESS);

        assertThat(inProgress).extracting(SaveItem::id).containsExactly(items.get(1).id(), items.get(3).id());
        assertThat(queue.inState(account, SaveItemStatus.SAVED)).isEmpty();
    }

    @Test
    void moving_an_item_records_the_new_state_board_time_and_one_attempt() {
        queue.append(account, items(1), ADDED);
        long id = queue.list(account).getFirst().id();

        boolean moved = queue.move(id, SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS,
                Outcome.toBoard("board-1"), LATER);

        SaveItem item = queue.list(account).getFirst();
        assertThat(moved).isTrue();
        assertThat(item.status()).isEqualTo(SaveItemStatus.IN_PROGRESS);
        assertThat(item.boardId()).isEqualTo("board-1");
        assertThat(item.attempts()).isEqualTo(1);
        assertThat(item.updatedAt()).isEqualTo(LATER);
        assertThat(item.createdAt()).isEqualTo(ADDED);
    }

    @Test
    void moving_an_item_from_a_state_it_is_not_in_changes_nothing() {
        queue.append(account, items(1), ADDED);
        SaveItem before = queue.list(account).getFirst();

        boolean moved = queue.move(before.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED,
                new Outcome("board-9", "copy-9", "an error"), LATER);

        assertThat(moved).isFalse();
        assertThat(queue.list(account)).containsExactly(before);
    }

    @Test
    void the_same_step_run_twice_moves_the_item_only_once() {
        queue.append(account, items(1), ADDED);
        long id = queue.list(account).getFirst().id();

        boolean first = queue.move(id, SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS, Outcome.NONE, LATER);
        boolean second = queue.move(id, SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS, Outcome.NONE, LATER);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(queue.list(account).getFirst().attempts()).isEqualTo(1);
    }

    @Test
    void attempts_count_only_moves_into_progress() {
        queue.append(account, items(1), ADDED);
        long id = queue.list(account).getFirst().id();

        queue.move(id, SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS, Outcome.NONE, LATER);
        queue.move(id, SaveItemStatus.IN_PROGRESS, SaveItemStatus.PENDING, Outcome.NONE, LATER);
        queue.move(id, SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS, Outcome.NONE, LATER);
        queue.move(id, SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED, Outcome.saved("copy"), LATER);

        assertThat(queue.list(account).getFirst().attempts()).isEqualTo(2);
    }

    @Test
    void an_outcome_without_board_or_saved_pin_keeps_the_ones_recorded() {
        queue.append(account, items(1), ADDED);
        long id = queue.list(account).getFirst().id();
        queue.move(id, SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS, Outcome.toBoard("board-1"), LATER);

        queue.move(id, SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED, Outcome.saved("copy-1"), LATER);
        SaveItem saved = queue.list(account).getFirst();
        queue.move(id, SaveItemStatus.SAVED, SaveItemStatus.FAILED, Outcome.failed("gone"), LATER);

        SaveItem failed = queue.list(account).getFirst();
        assertThat(saved.boardId()).isEqualTo("board-1");
        assertThat(saved.savedPinId()).isEqualTo("copy-1");
        assertThat(failed.boardId()).isEqualTo("board-1");
        assertThat(failed.savedPinId()).isEqualTo("copy-1");
        assertThat(failed.error()).isEqualTo("gone");
    }

    @Test
    void an_item_in_progress_cannot_be_deleted() {
        queue.append(account, items(1), ADDED);
        long id = queue.list(account).getFirst().id();
        queue.move(id, SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS, Outcome.NONE, LATER);

        boolean deleted = queue.delete(account, id);

        assertThat(deleted).isFalse();
        assertThat(queue.list(account)).hasSize(1);
    }

    @Test
    void an_item_not_in_progress_is_deleted() {
        queue.append(account, items(2), ADDED);
        List<SaveItem> items = queue.list(account);

        boolean deleted = queue.delete(account, items.get(0).id());

        assertThat(deleted).isTrue();
        assertThat(queue.list(account)).containsExactly(items.get(1));
    }

    @Test
    void an_item_of_another_account_is_not_deleted() {
        long other = addAccount("other");
        queue.append(other, items(1), ADDED);
        long id = queue.list(other).getFirst().id();

        boolean deleted = queue.delete(account, id);

        assertThat(deleted).isFalse();
        assertThat(queue.list(other)).hasSize(1);
        assertThat(queue.delete(account, Long.MAX_VALUE)).isFalse();
    }

    @Test
    void deleting_done_items_removes_saved_and_failed_ones_only() {
        long other = addAccount("other");
        queue.append(account, items(5), ADDED);
        queue.append(other, items(1), ADDED);
        List<SaveItem> items = queue.list(account);
        moveTo(items.get(0), SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED);
        moveTo(items.get(1), SaveItemStatus.FAILED);
        moveTo(items.get(2), SaveItemStatus.IN_PROGRESS, SaveItemStatus.UNCERTAIN);
        moveTo(items.get(3), SaveItemStatus.IN_PROGRESS);
        moveTo(queue.list(other).getFirst(), SaveItemStatus.FAILED);

        int deleted = queue.deleteDone(account);

        assertThat(deleted).isEqualTo(2);
        assertThat(queue.list(account)).extracting(SaveItem::status).containsExactly(SaveItemStatus.UNCERTAIN,
                SaveItemStatus.IN_PROGRESS, SaveItemStatus.PENDING);
        assertThat(queue.list(other)).hasSize(1);
    }

    /** Walks a pending item through the given states. */
    private void moveTo(SaveItem item, SaveItemStatus... path) {
        SaveItemStatus from = SaveItemStatus.PENDING;
        for (SaveItemStatus to : path) {
            assertThat(queue.move(item.id(), from, to, Outcome.NONE, LATER)).isTrue();
            from = to;
        }
    }

    private static NewSaveItem item(String pinId) {
        return new NewSaveItem(new PinId(pinId), "https://www.pinterest.com/pin/" + pinId + "/", null);
    }

    private static List<NewSaveItem> items(int count) {
        return IntStream.range(0, count).mapToObj(i -> item(Integer.toString(100 + i))).toList();
    }
}
