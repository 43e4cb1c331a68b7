package com.pinfleet.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.PinterestAuthException;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.application.pinterest.PinterestNotFoundException;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.pin.PinId;
import org.junit.jupiter.api.Test;

class FakePinterestGatewayTest {

    private final FakePinterestGateway pinterest = new FakePinterestGateway();
    private final PinterestAccess access = new PinterestAccess(1, "mindfulrecipes", new TokenSet("at", "rt", null),
            null);

    @Test
    void a_saved_copy_names_its_pin_and_tops_the_board() {
        String board = pinterest.addBoard(1, "Recipes", "");
        PinId pin = pinterest.addPin("123", "Soup", "");

        RemotePin copy = pinterest.savePin(access, pin, board);

        assertThat(copy.parentPinId()).isEqualTo("123");
        assertThat(copy.boardId()).isEqualTo(board);
        assertThat(pinterest.boardPins(access, board, 10)).containsExactly(copy);
    }

    @Test
    void a_board_of_another_account_is_not_found_before_a_missing_pin_is() {
        String othersBoard = pinterest.addBoard(2, "Recipes", "");

        assertThatThrownBy(() -> pinterest.savePin(access, new PinId("404"), othersBoard))
                .isInstanceOfSatisfying(PinterestNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(PinterestNotFoundException.BOARD_NOT_FOUND));
    }

    @Test
    void a_lost_answer_still_saves_the_copy() {
        String board = pinterest.addBoard(1, "Recipes", "");
        PinId pin = pinterest.addPin("123", "Soup", "");
        pinterest.loseAnswerOfNextSave();

        assertThatThrownBy(() -> pinterest.savePin(access, pin, board))
                .isInstanceOfSatisfying(PinterestException.class, e -> assertThat(e.status()).isZero());

        assertThat(pinterest.copiesOf(pin)).hasSize(1);
        assertThat(pinterest.boardPins(access, board, 10)).hasSize(1);
    }

    @Test
    void a_scripted_answer_is_given_once_and_does_nothing_else() {
        String board = pinterest.addBoard(1, "Recipes", "");
        PinId pin = pinterest.addPin("123", "Soup", "");
        pinterest.failNext(FakePinterestGateway.Operation.SAVE_PIN, FakePinterestGateway.serverError());

        assertThatThrownBy(() -> pinterest.savePin(access, pin, board)).isInstanceOf(PinterestException.class);
        RemotePin copy = pinterest.savePin(access, pin, board);

        assertThat(pinterest.copiesOf(pin)).containsExactly(copy);
        assertThat(pinterest.calls(FakePinterestGateway.Operation.SAVE_PIN)).hasSize(2);
    }

    @Test
    void a_refused_token_answers_401_to_every_call_of_that_account() {
        pinterest.refuseTokenOf(1);

        assertThatThrownBy(() -> pinterest.boards(access)).isInstanceOf(PinterestAuthException.class);
    }
}
