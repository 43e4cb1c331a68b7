package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.domain.pin.PinDraft;
import com.pinfleet.domain.pin.PinDraftStatus;
import com.pinfleet.domain.pin.QueuedPin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiPinQueueRepositoryTest extends OnBothDatabases {

    private static final Instant ADDED = Instant.parse("2024-05-20T10:15:30.123456Z");
    private static final Instant PUBLISH = Instant.parse("2024-06-01T09:00:00.000001Z");

    private JdbiPinQueueRepository pins;
    private long account;

    @BeforeEach
    void repository() {
        pins = new JdbiPinQueueRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void appended_pins_are_pending_in_the_order_they_were_given_with_every_field() {
        PinDraft first = draft("First", PUBLISH);
        PinDraft second = draft("Second", null);

        pins.append(account, List.of(first, second), ADDED);

        List<QueuedPin> queued = pins.list(account);
        assertThat(queued).extracting(QueuedPin::draft).containsExactly(first, second);
        QueuedPin pin = queued.getFirst();
        assertThat(pin.accountId()).isEqualTo(account);
        assertThat(pin.status()).isEqualTo(PinDraftStatus.PENDING);
        assertThat(pin.pinId()).isNull();
        assertThat(pin.error()).isNull();
        assertThat(pin.attempts()).isZero();
        assertThat(pin.createdAt()).isEqualTo(ADDED);
        assertThat(queued.get(1).draft().publishAt()).isNull();
    }

    @Test
    void fields_at_their_longest_are_kept_exactly() {
        String url = "https://img.example/" + "p".repeat(PinDraft.MAX_LINK - 20);
        PinDraft longest = new PinDraft("b".repeat(180), url, "t".repeat(PinDraft.MAX_TITLE),
                "d✓".repeat(PinDraft.MAX_DESCRIPTION / 2), url, "a".repeat(PinDraft.MAX_ALT_TEXT),
                "k".repeat(PinDraft.MAX_KEYWORDS), PUBLISH);

        pins.append(account, List.of(longest), ADDED);

        assertThat(pins.list(account).getFirst().draft()).isEqualTo(longest);
    }

    @Test
    void appending_nothing_adds_nothing() {
        pins.append(account, List.of(), ADDED);

        assertThat(pins.list(account)).isEmpty();
        assertThat(pins.counts(account)).isEmpty();
    }

    @Test
    void each_account_has_its_own_queue() {
        long other = addAccount("other");
        pins.append(account, List.of(draft("Mine", null)), ADDED);

        pins.append(other, List.of(draft("Theirs", null), draft("Theirs too", null)), ADDED);

        assertThat(pins.list(account)).extracting(pin -> pin.draft().title()).containsExactly("Mine");
        assertThat(pins.counts(other)).containsOnly(Map.entry(PinDraftStatus.PENDING, 2));
    }

    @Test
    void counts_tell_how_many_pins_are_in_each_state() {
        pins.append(account, List.of(draft("1", null), draft("2", null), draft("3", null), draft("4", null)),
                ADDED);
        List<QueuedPin> queued = pins.list(account);
        setStatus(queued.get(0), PinDraftStatus.CREATED);
        setStatus(queued.get(1), PinDraftStatus.IN_PROGRESS);

        Map<PinDraftStatus, Integer> counts = pins.counts(account);

        assertThat(counts).containsOnly(Map.entry(PinDraftStatus.PENDING, 2), Map.entry(PinDraftStatus.CREATED, 1),
                Map.entry(PinDraftStatus.IN_PROGRESS, 1));
    }

    @Test
    void a_pending_pins_draft_is_replaced() {
        pins.append(account, List.of(draft("Old", PUBLISH)), ADDED);
        QueuedPin pin = pins.list(account).getFirst();
        PinDraft replacement = draft("New", null);

        boolean replaced = pins.replace(pin.id(), replacement, ADDED.plusSeconds(60));

        assertThat(replaced).isTrue();
        assertThat(pins.list(account)).extracting(QueuedPin::draft).containsExactly(replacement);
    }

    @Test
    void a_pin_no_longer_pending_keeps_its_draft() {
        pins.append(account, List.of(draft("Old", PUBLISH)), ADDED);
        QueuedPin pin = pins.list(account).getFirst();
        setStatus(pin, PinDraftStatus.IN_PROGRESS);

        boolean replaced = pins.replace(pin.id(), draft("New", null), ADDED.plusSeconds(60));

        assertThat(replaced).isFalse();
        assertThat(pins.list(account).getFirst().draft()).isEqualTo(pin.draft());
    }

    @Test
    void a_pin_being_created_is_not_deleted_and_others_are() {
        pins.append(account, List.of(draft("Busy", null), draft("Done", null), draft("Waiting", null)), ADDED);
        List<QueuedPin> queued = pins.list(account);
        setStatus(queued.get(0), PinDraftStatus.IN_PROGRESS);
        setStatus(queued.get(1), PinDraftStatus.CREATED);

        boolean busy = pins.delete(account, queued.get(0).id());
        boolean done = pins.delete(account, queued.get(1).id());
        boolean waiting = pins.delete(account, queued.get(2).id());

        assertThat(busy).isFalse();
        assertThat(done).isTrue();
        assertThat(waiting).isTrue();
        assertThat(pins.list(account)).extracting(QueuedPin::id).containsExactly(queued.get(0).id());
    }

    @Test
    void a_pin_of_another_account_is_not_deleted() {
        long other = addAccount("other");
        pins.append(other, List.of(draft("Theirs", null)), ADDED);

        boolean deleted = pins.delete(account, pins.list(other).getFirst().id());

        assertThat(deleted).isFalse();
        assertThat(pins.list(other)).hasSize(1);
    }

    private void setStatus(QueuedPin pin, PinDraftStatus status) {
        jdbi().useHandle(handle -> handle.createUpdate("update pin_drafts set status = :status where id = :id")
                .bind("status", status.wireName())
                .bind("id", pin.id())
                .execute());
    }

    private static PinDraft draft(String title, Instant publishAt) {
        return new PinDraft("Dinner", "https://img.example/" + title.length() + ".jpg", title, "About " + title,
                "https://example.com/" + title.length(), "", "pasta, quick", publishAt);
    }
}
