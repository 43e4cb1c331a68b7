package com.pinfleet.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.queue.NewSaveItem;
import com.pinfleet.application.queue.SaveQueueRepository.Outcome;
import com.pinfleet.domain.pin.PinId;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeSaveQueueRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-06-15T07:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private final FakeSaveQueueRepository queue = new FakeSaveQueueRepository();

    @Test
    void a_move_from_a_state_the_item_is_not_in_changes_nothing() {
        SaveItem item = appendOne();

        boolean moved = queue.move(item.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.SAVED,
                Outcome.saved("555"), T1);

        assertThat(moved).isFalse();
        assertThat(queue.item(item.id())).isEqualTo(item);
    }

    @Test
    void of_two_moves_from_the_same_state_only_the_first_happens() {
        SaveItem item = appendOne();

        boolean first = queue.move(item.id(), SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS,
                Outcome.toBoard("10"), T1);
        boolean second = queue.move(item.id(), SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS,
                Outcome.toBoard("20"), T1);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(queue.item(item.id()).boardId()).isEqualTo("10");
        assertThat(queue.item(item.id()).attempts()).isEqualTo(1);
    }

    @Test
    void a_move_keeps_the_board_and_copy_it_does_not_name_and_replaces_the_error() {
        SaveItem item = appendOne();
        queue.move(item.id(), SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS, Outcome.toBoard("10"), T1);
        queue.move(item.id(), SaveItemStatus.IN_PROGRESS, SaveItemStatus.FAILED, Outcome.failed("gone"), T1);

        queue.move(item.id(), SaveItemStatus.FAILED, SaveItemStatus.PENDING, Outcome.NONE, T1);

        SaveItem moved = queue.item(item.id());
        assertThat(moved.status()).isEqualTo(SaveItemStatus.PENDING);
        assertThat(moved.boardId()).isEqualTo("10");
        assertThat(moved.error()).isNull();
        assertThat(moved.updatedAt()).isEqualTo(T1);
    }

    @Test
    void an_item_in_progress_cannot_be_deleted() {
        SaveItem item = appendOne();
        queue.move(item.id(), SaveItemStatus.PENDING, SaveItemStatus.IN_PROGRESS, Outcome.toBoard("10"), T1);

        boolean deleted = queue.delete(item.accountId(), item.id());

        assertThat(deleted).isFalse();
        assertThat(queue.list(item.accountId())).hasSize(1);
    }

    private SaveItem appendOne() {
        queue.append(1, List.of(new NewSaveItem(new PinId("123"), "123", null)), T0);
        return queue.list(1).getLast();
    }
}
