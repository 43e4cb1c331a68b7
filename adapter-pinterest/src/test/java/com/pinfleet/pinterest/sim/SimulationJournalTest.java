package com.pinfleet.pinterest.sim;

import static com.pinfleet.pinterest.sim.SimulatedPinterestTest.CLOCK;
import static com.pinfleet.pinterest.sim.SimulatedPinterestTest.access;
import static com.pinfleet.pinterest.sim.SimulatedPinterestTest.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.RemoteBoard;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.domain.board.BoardPrivacy;
import com.pinfleet.domain.pin.PinId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationJournalTest {

    private static final long SEED = 7;

    private final PinterestAccess mindful = access("sim_at_mindfulrecipes");
    private final PinterestAccess cozy = access("sim_at_cozyhomecorner");

    @TempDir
    Path dir;

    @Test
    void keeps_boards_and_saved_copies_across_a_restart() throws IOException {
        Path file = dir.resolve("sim/journal.jsonl");
        Before before = new Before();
        try (SimulationJournal journal = new SimulationJournal(file)) {
            SimulatedPinterest first = new SimulatedPinterest(SEED, 0, journal, CLOCK);
            before.record(first);
        }

        SimulatedPinterest restarted;
        try (SimulationJournal journal = new SimulationJournal(file)) {
            restarted = new SimulatedPinterest(SEED, 0, journal, CLOCK);
        }

        assertThat(restarted.boards(mindful)).containsExactlyInAnyOrderElementsOf(before.mindfulBoards);
        assertThat(restarted.boards(cozy)).containsExactlyInAnyOrderElementsOf(before.cozyBoards);
        assertThat(restarted.boardPins(mindful, before.recipes.id(), 10)).isEqualTo(before.recipePins);
        assertThat(restarted.pin(mindful, new PinId(before.recipePins.getFirst().id())))
                .isEqualTo(before.recipePins.getFirst());
    }

    @Test
    void draws_no_id_after_a_restart_that_it_gave_before() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        Before before = new Before();
        try (SimulationJournal journal = new SimulationJournal(file)) {
            before.record(new SimulatedPinterest(SEED, 0, journal, CLOCK));
        }

        Set<String> newIds = new HashSet<>();
        try (SimulationJournal journal = new SimulationJournal(file)) {
            SimulatedPinterest restarted = new SimulatedPinterest(SEED, 0, journal, CLOCK);
            for (int i = 0; i < 20; i++) {
                RemoteBoard board = restarted.createBoard(mindful, draft("After restart " + i));
                newIds.add(board.id());
                newIds.add(restarted.savePin(mindful, new PinId("9" + i), board.id()).id());
            }
        }

        assertThat(newIds).hasSize(40).doesNotContainAnyElementsOf(before.ids());
    }

    @Test
    void holds_no_tokens() throws IOException {
        Path file = dir.resolve("journal.jsonl");

        try (SimulationJournal journal = new SimulationJournal(file)) {
            new Before().record(new SimulatedPinterest(SEED, 0, journal, CLOCK));
        }

        assertThat(Files.readString(file)).isNotBlank()
                .doesNotContain("sim_at_mindfulrecipes").doesNotContain("sim_at_cozyhomecorner");
    }

    @Test
    void starts_empty_without_a_journal_file() throws IOException {
        Path file = dir.resolve("never-written.jsonl");

        try (SimulationJournal journal = new SimulationJournal(file)) {
            SimulatedPinterest fresh = new SimulatedPinterest(SEED, 0, journal, CLOCK);

            assertThat(fresh.boards(mindful)).isEmpty();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void replays_the_lines_before_a_last_line_cut_short() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        Before before = new Before();
        try (SimulationJournal journal = new SimulationJournal(file)) {
            before.record(new SimulatedPinterest(SEED, 0, journal, CLOCK));
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String extra = lines.getFirst().replace(before.recipes.id(), "1").replace("Easy Recipes", "Never made");
        Files.writeString(file, extra.substring(0, extra.length() / 2), StandardOpenOption.APPEND);

        SimulatedPinterest restarted;
        try (SimulationJournal journal = new SimulationJournal(file)) {
            restarted = new SimulatedPinterest(SEED, 0, journal, CLOCK);
        }

        assertThat(restarted.boards(mindful)).containsExactlyInAnyOrderElementsOf(before.mindfulBoards);
        assertThat(restarted.boards(cozy)).containsExactlyInAnyOrderElementsOf(before.cozyBoards);
        assertThat(restarted.boardPins(mindful, before.recipes.id(), 10)).isEqualTo(before.recipePins);
    }

    @Test
    void replays_the_lines_before_a_last_line_cut_inside_a_character() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        Before before = new Before();
        try (SimulationJournal journal = new SimulationJournal(file)) {
            before.record(new SimulatedPinterest(SEED, 0, journal, CLOCK));
        }
        byte[] whole = Files.readAllBytes(file);
        String accented = "{\"op\":\"board\",\"user\":\"u\",\"board\":\"1\",\"name\":\"Crè";
        byte[] line = accented.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length + line.length - 1);
        System.arraycopy(line, 0, cut, whole.length, line.length - 1);
        assertThat(cut[cut.length - 1]).as("the cut leaves half of the è").isEqualTo((byte) 0xC3);
        Files.write(file, cut);

        SimulatedPinterest restarted;
        try (SimulationJournal journal = new SimulationJournal(file)) {
            restarted = new SimulatedPinterest(SEED, 0, journal, CLOCK);
        }

        assertThat(restarted.boards(mindful)).containsExactlyInAnyOrderElementsOf(before.mindfulBoards);
        assertThat(restarted.boardPins(mindful, before.recipes.id(), 10)).isEqualTo(before.recipePins);
    }

    @Test
    void keeps_what_happens_after_a_restart_from_a_journal_cut_short() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        Before before = new Before();
        try (SimulationJournal journal = new SimulationJournal(file)) {
            before.record(new SimulatedPinterest(SEED, 0, journal, CLOCK));
        }
        Files.writeString(file, "{\"op\":\"board\",\"user\":\"ab", StandardOpenOption.APPEND);
        RemoteBoard madeAfterCrash;
        RemotePin savedAfterCrash;
        try (SimulationJournal journal = new SimulationJournal(file)) {
            SimulatedPinterest second = new SimulatedPinterest(SEED, 0, journal, CLOCK);
            madeAfterCrash = second.createBoard(mindful, draft("After the crash"));
            savedAfterCrash = second.savePin(mindful, new PinId("314074311951101455"), before.recipes.id());
        }

        SimulatedPinterest third;
        try (SimulationJournal journal = new SimulationJournal(file)) {
            third = new SimulatedPinterest(SEED, 0, journal, CLOCK);
        }

        assertThat(third.boards(mindful)).extracting(RemoteBoard::id).contains(madeAfterCrash.id());
        assertThat(third.boardPins(mindful, before.recipes.id(), 1)).containsExactly(savedAfterCrash);
    }

    /** What the first run leaves behind: boards of two users, copies saved, a board deleted. */
    private final class Before {
        RemoteBoard recipes;
        List<RemoteBoard> mindfulBoards;
        List<RemoteBoard> cozyBoards;
        List<RemotePin> recipePins;
        final List<String> ids = new ArrayList<>();

        void record(SimulatedPinterest pinterest) {
            recipes = pinterest.createBoard(mindful, draft("Easy Recipes", "Crème brûlée & more", BoardPrivacy.SECRET));
            RemoteBoard dinners = pinterest.createBoard(mindful, draft("Weeknight Dinners"));
            RemoteBoard drafts = pinterest.createBoard(mindful, draft("Drafts"));
            RemoteBoard living = pinterest.createBoard(cozy, draft("Living Room Ideas"));
            ids.addAll(List.of(recipes.id(), dinners.id(), drafts.id(), living.id()));
            for (String pin : List.of("665234002987372764", "506597557444244448", "335325209873545018")) {
                ids.add(pinterest.savePin(mindful, new PinId(pin), recipes.id()).id());
            }
            ids.add(pinterest.savePin(mindful, new PinId("298750246289414544"), drafts.id()).id());
            ids.add(pinterest.savePin(cozy, new PinId("314074311951101455"), living.id()).id());
            pinterest.deleteBoard(mindful, drafts.id());
            mindfulBoards = pinterest.boards(mindful);
            cozyBoards = pinterest.boards(cozy);
            recipePins = pinterest.boardPins(mindful, recipes.id(), 10);
        }

        Set<String> ids() {
            return new HashSet<>(ids);
        }
    }
}
