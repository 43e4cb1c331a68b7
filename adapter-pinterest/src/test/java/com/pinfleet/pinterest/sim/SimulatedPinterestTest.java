package com.pinfleet.pinterest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.PinterestAuthException;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.application.pinterest.PinterestNotFoundException;
import com.pinfleet.application.pinterest.RemoteBoard;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.board.BoardPrivacy;
import com.pinfleet.domain.pin.PinId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulatedPinterestTest {

    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final PinId PIN = new PinId("665234002987372764");
    static final String DIGITS = "^\\d+$";

    private final SimulatedPinterest pinterest = new SimulatedPinterest(7, 0, null, CLOCK);
    private final PinterestAccess mindful = access("sim_at_mindfulrecipes");
    private final PinterestAccess cozy = access("sim_at_cozyhomecorner");

    @Test
    void gives_a_new_user_no_boards() {
        List<RemoteBoard> boards = pinterest.boards(mindful);

        assertThat(boards).isEmpty();
    }

    @Test
    void creates_a_board_with_a_digit_string_id_as_asked() {
        RemoteBoard board = pinterest.createBoard(mindful, draft("Easy Recipes", "Quick dinners", BoardPrivacy.SECRET));

        assertThat(board.id()).matches(DIGITS);
        assertThat(board).isEqualTo(new RemoteBoard(board.id(), "Easy Recipes", "Quick dinners", BoardPrivacy.SECRET,
                0));
        assertThat(pinterest.boards(mindful)).containsExactly(board);
    }

    @Test
    void gives_every_board_its_own_id() {
        Set<String> ids = new HashSet<>();

        for (int i = 0; i < 200; i++) {
            ids.add(pinterest.createBoard(mindful, draft("Board " + i)).id());
        }

        assertThat(ids).hasSize(200).allMatch(id -> id.matches(DIGITS));
        assertThat(pinterest.boards(mindful)).hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Easy Recipes", "easy recipes", "EASY RECIPES", "  Easy Recipes "})
    void refuses_a_second_board_of_the_same_name_in_any_case(String name) {
        pinterest.createBoard(mindful, draft("Easy Recipes"));

        assertThatThrownBy(() -> pinterest.createBoard(mindful, draft(name)))
                .isExactlyInstanceOf(PinterestException.class)
                .satisfies(e -> assertThat(((PinterestException) e).status()).isEqualTo(400));
        assertThat(pinterest.boards(mindful)).hasSize(1);
    }

    @Test
    void keeps_each_tokens_user_apart() {
        RemoteBoard mindfulBoard = pinterest.createBoard(mindful, draft("Easy Recipes"));

        RemoteBoard cozyBoard = pinterest.createBoard(cozy, draft("Easy Recipes"));

        assertThat(cozyBoard.id()).isNotEqualTo(mindfulBoard.id());
        assertThat(pinterest.boards(mindful)).containsExactly(mindfulBoard);
        assertThat(pinterest.boards(cozy)).containsExactly(cozyBoard);
        assertThat(pinterest.boards(access("sim_at_someone_else"))).isEmpty();
    }

    @Test
    void lets_no_user_touch_another_users_board() {
        RemoteBoard board = pinterest.createBoard(mindful, draft("Easy Recipes"));
        pinterest.savePin(mindful, PIN, board.id());

        assertBoardMissing(() -> pinterest.savePin(cozy, PIN, board.id()));
        assertBoardMissing(() -> pinterest.boardPins(cozy, board.id(), 10));
        assertBoardMissing(() -> pinterest.deleteBoard(cozy, board.id()));
        assertThat(pinterest.boardPins(mindful, board.id(), 10)).hasSize(1);
    }

    @Test
    void saves_a_copy_of_the_pin_to_the_board() {
        RemoteBoard board = pinterest.createBoard(mindful, draft("Easy Recipes"));
        RemotePin source = pinterest.pin(mindful, PIN);

        RemotePin copy = pinterest.savePin(mindful, PIN, board.id());

        assertThat(copy.id()).matches(DIGITS).isNotEqualTo(PIN.value());
        assertThat(copy.parentPinId()).isEqualTo(PIN.value());
        assertThat(copy.boardId()).isEqualTo(board.id());
        assertThat(copy.title()).isEqualTo(source.title()).isNotBlank();
        assertThat(copy.description()).isEqualTo(source.description()).isNotBlank();
        assertThat(copy.link()).isNotNull();
        assertThat(pinterest.pin(mindful, new PinId(copy.id()))).isEqualTo(copy);
        assertThat(pinterest.boards(mindful)).singleElement()
                .satisfies(b -> assertThat(b.pinCount()).isEqualTo(1));
    }

    @Test
    void describes_a_pin_found_on_pinterest_by_its_id() {
        RemotePin pin = pinterest.pin(mindful, PIN);

        assertThat(pin.id()).isEqualTo(PIN.value());
        assertThat(pin.parentPinId()).isNull();
        assertThat(pin.title()).isNotBlank();
        assertThat(pin.description()).isNotBlank();
    }

    @Test
    void saves_a_copy_of_a_copy_naming_the_copy_as_its_parent() {
        RemoteBoard first = pinterest.createBoard(mindful, draft("Easy Recipes"));
        RemoteBoard second = pinterest.createBoard(cozy, draft("Dinner"));
        RemotePin copy = pinterest.savePin(mindful, PIN, first.id());

        RemotePin copyOfCopy = pinterest.savePin(cozy, new PinId(copy.id()), second.id());

        assertThat(copyOfCopy.parentPinId()).isEqualTo(copy.id());
        assertThat(copyOfCopy.boardId()).isEqualTo(second.id());
        assertThat(copyOfCopy.title()).isEqualTo(copy.title());
    }

    @Test
    void lists_a_boards_pins_newest_first_up_to_the_limit() {
        RemoteBoard board = pinterest.createBoard(mindful, draft("Easy Recipes"));
        List<RemotePin> saved = new ArrayList<>();
        for (String id : List.of("101", "102", "103", "104", "105")) {
            saved.add(pinterest.savePin(mindful, new PinId(id), board.id()));
        }

        List<RemotePin> latestThree = pinterest.boardPins(mindful, board.id(), 3);
        List<RemotePin> all = pinterest.boardPins(mindful, board.id(), 50);

        assertThat(latestThree).containsExactly(saved.get(4), saved.get(3), saved.get(2));
        assertThat(all).containsExactlyElementsOf(saved.reversed());
        assertThat(all).extracting(RemotePin::parentPinId).containsExactly("105", "104", "103", "102", "101");
        assertThat(pinterest.boardPins(mindful, board.id(), 0)).isEmpty();
    }

    @Test
    void answers_board_not_found_for_an_unknown_board() {
        pinterest.createBoard(mindful, draft("Easy Recipes"));

        assertBoardMissing(() -> pinterest.savePin(mindful, PIN, "123456789012345678"));
        assertBoardMissing(() -> pinterest.boardPins(mindful, "123456789012345678", 10));
        assertBoardMissing(() -> pinterest.deleteBoard(mindful, "123456789012345678"));
    }

    @Test
    void deletes_a_board_with_its_pins() {
        RemoteBoard kept = pinterest.createBoard(mindful, draft("Easy Recipes"));
        RemoteBoard gone = pinterest.createBoard(mindful, draft("Drafts"));
        RemotePin copy = pinterest.savePin(mindful, PIN, gone.id());

        pinterest.deleteBoard(mindful, gone.id());

        assertThat(pinterest.boards(mindful)).containsExactly(kept);
        assertBoardMissing(() -> pinterest.boardPins(mindful, gone.id(), 10));
        assertThat(pinterest.pin(mindful, new PinId(copy.id())).boardId()).isNotEqualTo(gone.id());
        assertThat(pinterest.createBoard(mindful, draft("drafts")).name()).isEqualTo("drafts");
    }

    @Test
    void answers_pin_not_found_for_a_pin_that_no_longer_exists() {
        SimulatedPinterest nothingLeft = new SimulatedPinterest(7, 1.0, null, CLOCK);
        RemoteBoard board = nothingLeft.createBoard(mindful, draft("Easy Recipes"));

        assertPinMissing(() -> nothingLeft.pin(mindful, PIN));
        assertPinMissing(() -> nothingLeft.savePin(mindful, PIN, board.id()));
        assertThat(nothingLeft.boardPins(mindful, board.id(), 10)).isEmpty();
    }

    @Test
    void checks_the_board_before_the_pin() {
        SimulatedPinterest nothingLeft = new SimulatedPinterest(7, 1.0, null, CLOCK);

        assertBoardMissing(() -> nothingLeft.savePin(mindful, PIN, "123"));
    }

    @Test
    void still_has_the_copies_it_made_when_every_other_pin_is_missing() {
        SimulatedPinterest sometimes = new SimulatedPinterest(7, 0.5, null, CLOCK);
        RemoteBoard board = sometimes.createBoard(mindful, draft("Easy Recipes"));
        RemotePin copy = sometimes.savePin(mindful, existingPin(sometimes), board.id());

        RemotePin again = sometimes.savePin(mindful, new PinId(copy.id()), board.id());

        assertThat(sometimes.pin(mindful, new PinId(copy.id()))).isEqualTo(copy);
        assertThat(again.parentPinId()).isEqualTo(copy.id());
    }

    @Test
    void lets_about_the_asked_share_of_pins_be_missing() {
        SimulatedPinterest fivePercent = new SimulatedPinterest(7, 0.05, null, CLOCK);

        int missing = countMissing(fivePercent, 10_000);

        assertThat(missing).isBetween(400, 600);
    }

    @Test
    void lets_no_pin_be_missing_when_the_share_is_zero() {
        int missing = countMissing(pinterest, 10_000);

        assertThat(missing).isZero();
    }

    @Test
    void answers_the_same_way_for_the_same_pin_every_time() {
        SimulatedPinterest fivePercent = new SimulatedPinterest(7, 0.05, null, CLOCK);
        SimulatedPinterest sameSeed = new SimulatedPinterest(7, 0.05, null, CLOCK);

        List<Boolean> first = existence(fivePercent, 2_000);
        List<Boolean> second = existence(sameSeed, 2_000);
        List<Boolean> againOnFirst = existence(fivePercent, 2_000);

        assertThat(second).isEqualTo(first);
        assertThat(againOnFirst).isEqualTo(first);
    }

    @Test
    void draws_the_same_ids_and_titles_from_the_same_seed() {
        SimulatedPinterest one = new SimulatedPinterest(42, 0, null, CLOCK);
        SimulatedPinterest other = new SimulatedPinterest(42, 0, null, CLOCK);

        List<String> oneRun = run(one);
        List<String> otherRun = run(other);

        assertThat(otherRun).isEqualTo(oneRun);
    }

    @Test
    void draws_other_ids_and_titles_from_another_seed() {
        SimulatedPinterest one = new SimulatedPinterest(42, 0, null, CLOCK);
        SimulatedPinterest other = new SimulatedPinterest(43, 0, null, CLOCK);

        RemoteBoard oneBoard = one.createBoard(mindful, draft("Easy Recipes"));
        RemoteBoard otherBoard = other.createBoard(mindful, draft("Easy Recipes"));
        List<String> oneTitles = titles(one, 50);
        List<String> otherTitles = titles(other, 50);

        assertThat(otherBoard.id()).isNotEqualTo(oneBoard.id());
        assertThat(otherTitles).isNotEqualTo(oneTitles);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim_at_revoked", "REVOKED_sim_at_x", "sim_at_x_Revoked_2026"})
    void refuses_a_revoked_token_on_every_call(String token) {
        PinterestAccess revoked = access(token);

        assertRefused(() -> pinterest.boards(revoked));
        assertRefused(() -> pinterest.createBoard(revoked, draft("Easy Recipes")));
        assertRefused(() -> pinterest.deleteBoard(revoked, "1"));
        assertRefused(() -> pinterest.pin(revoked, PIN));
        assertRefused(() -> pinterest.savePin(revoked, PIN, "1"));
        assertRefused(() -> pinterest.boardPins(revoked, "1", 10));
    }

    @Test
    void refuses_a_token_from_its_expiry_on() {
        PinterestAccess expiredNow = access(new TokenSet("sim_at_mindfulrecipes", null, NOW));
        PinterestAccess expiredBefore = access(new TokenSet("sim_at_mindfulrecipes", null, NOW.minusSeconds(60)));

        assertRefused(() -> pinterest.boards(expiredNow));
        assertRefused(() -> pinterest.pin(expiredBefore, PIN));
    }

    @Test
    void takes_a_token_before_its_expiry_as_the_same_user() {
        pinterest.createBoard(mindful, draft("Easy Recipes"));
        PinterestAccess stillValid = access(new TokenSet("sim_at_mindfulrecipes", "rt", NOW.plusSeconds(60)));

        List<RemoteBoard> boards = pinterest.boards(stillValid);

        assertThat(boards).extracting(RemoteBoard::name).containsExactly("Easy Recipes");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01})
    void refuses_a_missing_share_outside_zero_to_one(double share) {
        assertThatThrownBy(() -> new SimulatedPinterest(7, share, null, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static PinterestAccess access(String token) {
        return access(new TokenSet(token, null, null));
    }

    static PinterestAccess access(TokenSet tokens) {
        return new PinterestAccess(1, "mindfulrecipes", tokens, null);
    }

    static BoardDraft draft(String name) {
        return draft(name, "", BoardPrivacy.PUBLIC);
    }

    static BoardDraft draft(String name, String description, BoardPrivacy privacy) {
        return new BoardDraft(name, description, privacy);
    }

    private static PinId existingPin(SimulatedPinterest sim) {
        for (long id = 1; ; id++) {
            try {
                sim.pin(access("sim_at_probe"), new PinId(Long.toString(id)));
                return new PinId(Long.toString(id));
            } catch (PinterestNotFoundException missing) {
                assertThat(missing.code()).isEqualTo(PinterestNotFoundException.PIN_NOT_FOUND);
            }
        }
    }

    private int countMissing(SimulatedPinterest sim, int pins) {
        return (int) existence(sim, pins).stream().filter(exists -> !exists).count();
    }

    private List<Boolean> existence(SimulatedPinterest sim, int pins) {
        List<Boolean> exists = new ArrayList<>();
        for (long i = 0; i < pins; i++) {
            try {
                sim.pin(mindful, new PinId(Long.toString(500_000_000_000_000_000L + i * 7_919)));
                exists.add(true);
            } catch (PinterestNotFoundException e) {
                assertThat(e.code()).isEqualTo(PinterestNotFoundException.PIN_NOT_FOUND);
                exists.add(false);
            }
        }
        return exists;
    }

    private List<String> run(SimulatedPinterest sim) {
        List<String> seen = new ArrayList<>();
        RemoteBoard board = sim.createBoard(mindful, draft("Easy Recipes"));
        seen.add(board.id());
        for (String id : List.of("101", "102", "103")) {
            RemotePin copy = sim.savePin(mindful, new PinId(id), board.id());
            seen.add(copy.id());
            seen.add(copy.title());
        }
        seen.addAll(titles(sim, 20));
        return seen;
    }

    private List<String> titles(SimulatedPinterest sim, int pins) {
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= pins; i++) {
            titles.add(sim.pin(mindful, new PinId(Integer.toString(1_000 + i))).title());
        }
        return titles;
    }

    private static void assertBoardMissing(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PinterestNotFoundException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo(PinterestNotFoundException.BOARD_NOT_FOUND);
            assertThat(e.boardMissing()).isTrue();
        });
    }

    private static void assertPinMissing(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PinterestNotFoundException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo(PinterestNotFoundException.PIN_NOT_FOUND);
            assertThat(e.boardMissing()).isFalse();
        });
    }

    private static void assertRefused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PinterestAuthException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo(2);
        });
    }
}
