package com.pinfleet.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.fakes.FakePinterestGateway.Operation;
import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.queue.SaveItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoardChooserTest {

    private final EngineFixture engine = new EngineFixture();
    private final Account account = engine.connectedAccount("mindfulrecipes");
    private final PinterestAccess access = new PinterestAccess(account.id(), "mindfulrecipes",
            new TokenSet("at", "rt", null), null);
    private final BoardChooser chooser = new BoardChooser(engine.pinterest);

    @Test
    void a_pin_whose_title_shares_words_with_a_boards_name_goes_to_that_board() {
        List<Board> boards = List.of(engine.board(account, "Travel"), engine.board(account, "Dinner Recipes"),
                engine.board(account, "Garden"));
        List<SaveItem> items = List.of(pinTitled("Quick weeknight dinner", ""), pinTitled("Sunday dinner", ""),
                pinTitled("Dinner for two", ""));

        List<String> chosen = chooseForEach(boards, items);

        assertThat(chosen).containsOnly("Dinner Recipes");
    }

    @Test
    void the_words_of_a_boards_description_and_the_pins_description_count_too() {
        List<Board> boards = List.of(engine.board(account, "Travel", "cities and beaches"),
                engine.board(account, "Weeknights", "pasta and soups"));
        List<SaveItem> items = List.of(pinTitled("Grandma's favourite", "A creamy tomato soup in twenty minutes"),
                pinTitled("Pasta al limone", ""));

        List<String> chosen = chooseForEach(boards, items);

        assertThat(chosen).containsOnly("Weeknights");
    }

    @Test
    void the_board_sharing_the_most_words_wins() {
        List<Board> boards = List.of(engine.board(account, "Dinner"),
                engine.board(account, "Vegan dinner recipes"));
        List<SaveItem> items = List.of(pinTitled("Vegan dinner recipes for busy weeks", ""),
                pinTitled("Vegan dinner in a hurry", ""));

        List<String> chosen = chooseForEach(boards, items);

        assertThat(chosen).containsOnly("Vegan dinner recipes");
    }

    @Test
    void with_no_shared_words_items_take_turns_across_the_boards() {
        List<Board> boards = List.of(engine.board(account, "Travel"), engine.board(account, "Garden"),
                engine.board(account, "Dinner"));
        Map<String, Integer> perBoard = new HashMap<>();

        for (int i = 0; i < 6; i++) {
            SaveItem item = pinTitled("Untitled " + i, "");
            perBoard.merge(chooser.choose(account, item, boards, access).name(), 1, Integer::sum);
        }

        assertThat(perBoard).containsOnly(Map.entry("Travel", 2), Map.entry("Garden", 2), Map.entry("Dinner", 2));
    }

    @Test
    void words_too_common_to_tell_anything_do_not_choose_a_board() {
        List<Board> boards = List.of(engine.board(account, "Travel"), engine.board(account, "The best ideas"));
        Map<String, Integer> perBoard = new HashMap<>();

        for (int i = 0; i < 4; i++) {
            SaveItem item = pinTitled("The best ideas for your home", "");
            perBoard.merge(chooser.choose(account, item, boards, access).name(), 1, Integer::sum);
        }

        assertThat(perBoard).containsOnly(Map.entry("Travel", 2), Map.entry("The best ideas", 2));
    }

    @Test
    void an_item_naming_a_board_goes_there_in_smart_mode_whatever_its_words() {
        List<Board> boards = List.of(engine.board(account, "Dinner Recipes"), engine.board(account, "Travel"));
        SaveItem item = engine.queue(account, engine.existingPin("Easy dinner recipes", ""), "  travel ");

        Board chosen = chooser.choose(account, item, boards, access);

        assertThat(chosen.name()).isEqualTo("Travel");
        assertThat(engine.pinterest.calls(Operation.PIN)).isEmpty();
    }

    @Test
    void an_item_naming_a_board_goes_there_with_direct_save_on() {
        engine.accounts.setDirectSave(account.id(), true);
        List<Board> boards = List.of(engine.board(account, "Dinner Recipes"), engine.board(account, "Travel"));
        SaveItem item = engine.queue(account, engine.existingPin("Lisbon", ""), "Travel");

        Board chosen = chooser.choose(engine.reload(account), item, boards, access);

        assertThat(chosen.name()).isEqualTo("Travel");
    }

    @Test
    void an_item_naming_a_board_that_is_not_among_them_is_refused() {
        List<Board> boards = List.of(engine.board(account, "Dinner Recipes"));
        SaveItem item = engine.queue(account, engine.existingPin("Lisbon", ""), "Travel");

        assertThatThrownBy(() -> chooser.choose(account, item, boards, access))
                .isInstanceOf(BoardChooser.NamedBoardMissingException.class)
                .hasMessage("board 'Travel' is not on Pinterest (deleted, or not synced yet)");
    }

    @Test
    void with_direct_save_on_an_item_naming_no_board_goes_to_the_first_board_unread() {
        engine.accounts.setDirectSave(account.id(), true);
        List<Board> boards = List.of(engine.board(account, "Travel"), engine.board(account, "Dinner Recipes"));
        SaveItem item = pinTitled("Easy dinner recipes", "");

        Board chosen = chooser.choose(engine.reload(account), item, boards, access);

        assertThat(chosen.name()).isEqualTo("Travel");
        assertThat(engine.pinterest.calls(Operation.PIN)).isEmpty();
    }

    /** The names of the boards chosen for the items, one after the other. */
    private List<String> chooseForEach(List<Board> boards, List<SaveItem> items) {
        return items.stream().map(item -> chooser.choose(account, item, boards, access).name()).toList();
    }

    private SaveItem pinTitled(String title, String description) {
        return engine.queue(account, engine.existingPin(title, description), null);
    }
}
