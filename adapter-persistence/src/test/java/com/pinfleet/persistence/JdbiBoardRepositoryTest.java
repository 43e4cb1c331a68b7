package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.common.ConflictException;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.board.BoardPrivacy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiBoardRepositoryTest extends OnBothDatabases {

    private static final Instant NOW = Instant.parse("2024-05-20T10:15:30.654321Z");

    private JdbiBoardRepository boards;
    private long account;

    @BeforeEach
    void repository() {
        boards = new JdbiBoardRepository(jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));
        account = addAccount("owner");
    }

    @Test
    void an_added_board_is_listed_with_every_field() {
        Board added = boards.add(account, new BoardDraft("Dinner Ideas", "Quick meals", BoardPrivacy.SECRET),
                "9001", NOW);

        assertThat(boards.forAccount(account)).containsExactly(added);
        assertThat(added).isEqualTo(new Board(added.id(), account, "9001", "Dinner Ideas", "Quick meals",
                BoardPrivacy.SECRET, NOW));
        assertThat(added.onPinterest()).isTrue();
    }

    @Test
    void a_board_not_yet_on_pinterest_has_no_id_there_and_no_sync_time() {
        Board added = boards.add(account, new BoardDraft("Drafts", "", BoardPrivacy.PUBLIC), null, null);

        Board listed = boards.forAccount(account).getFirst();

        assertThat(listed).isEqualTo(added);
        assertThat(listed.pinterestId()).isNull();
        assertThat(listed.syncedAt()).isNull();
    }

    @Test
    void boards_are_listed_in_the_order_they_were_added() {
        for (String name : new String[] {"Zebra", "apple", "Mango"}) {
            boards.add(account, new BoardDraft(name, "", BoardPrivacy.PUBLIC), null, null);
        }

        assertThat(boards.forAccount(account)).extracting(Board::name).containsExactly("Zebra", "apple", "Mango");
    }

    @Test
    void an_account_may_not_have_two_boards_whose_names_differ_only_in_case() {
        boards.add(account, new BoardDraft("Dinner Ideas", "", BoardPrivacy.PUBLIC), "1", NOW);

        assertThatThrownBy(() -> boards.add(account, new BoardDraft("DINNER ideas", "", BoardPrivacy.PUBLIC),
                "2", NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("DINNER ideas");
        assertThat(boards.forAccount(account)).hasSize(1);
    }

    @Test
    void two_accounts_may_each_have_a_board_of_the_same_name() {
        long other = addAccount("other");
        boards.add(account, new BoardDraft("Dinner", "", BoardPrivacy.PUBLIC), "1", NOW);

        boards.add(other, new BoardDraft("dinner", "", BoardPrivacy.PUBLIC), "2", NOW);

        assertThat(boards.forAccount(account)).extracting(Board::name).containsExactly("Dinner");
        assertThat(boards.forAccount(other)).extracting(Board::name).containsExactly("dinner");
    }

    @Test
    void updating_a_board_records_what_pinterest_says_of_it() {
        Board draft = boards.add(account, new BoardDraft("Dinner", "", BoardPrivacy.PUBLIC), null, null);
        Instant synced = NOW.plusSeconds(3_600);

        boards.update(draft.id(), "777", new BoardDraft("Dinner Time", "Renamed", BoardPrivacy.PROTECTED), synced);

        assertThat(boards.forAccount(account)).containsExactly(new Board(draft.id(), account, "777", "Dinner Time",
                "Renamed", BoardPrivacy.PROTECTED, synced));
    }

    @Test
    void updating_a_board_onto_another_boards_name_is_a_conflict() {
        boards.add(account, new BoardDraft("Dinner", "", BoardPrivacy.PUBLIC), "1", NOW);
        Board lunch = boards.add(account, new BoardDraft("Lunch", "", BoardPrivacy.PUBLIC), "2", NOW);

        assertThatThrownBy(() -> boards.update(lunch.id(), "2", new BoardDraft("DINNER", "", BoardPrivacy.PUBLIC),
                NOW)).isInstanceOf(ConflictException.class);

        assertThat(boards.forAccount(account)).extracting(Board::name).containsExactly("Dinner", "Lunch");
    }

    @Test
    void a_deleted_board_is_gone_and_its_name_is_free_again() {
        Board dinner = boards.add(account, new BoardDraft("Dinner", "", BoardPrivacy.PUBLIC), "1", NOW);
        Board lunch = boards.add(account, new BoardDraft("Lunch", "", BoardPrivacy.PUBLIC), "2", NOW);

        boards.delete(dinner.id());

        assertThat(boards.forAccount(account)).containsExactly(lunch);
        assertThat(boards.add(account, new BoardDraft("dinner", "", BoardPrivacy.PUBLIC), "3", NOW).name())
                .isEqualTo("dinner");
    }
}
