package com.pinfleet.application.engine;

import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.PinterestGateway;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.queue.SaveItem;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the board a queue item is saved to. An item that names a board goes to that board, in either mode:
 * the operator's word wins over a guess. Otherwise, with direct save on, the account's first board; with it
 * off ("smart"), the board whose name and description share the most words with the pin's title and
 * description, and when none shares a word, boards take turns so items spread evenly.
 */
final class BoardChooser {

    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "your", "our", "this",
            "that", "from", "ideas", "idea", "best", "how", "you", "are", "can", "into", "all", "new");

    private final PinterestGateway pinterest;

    BoardChooser(PinterestGateway pinterest) {
        this.pinterest = pinterest;
    }

    /**
     * @param boards the account's boards on Pinterest, in the order they were added; not empty
     * @throws NamedBoardMissingException when the item names a board that is not on Pinterest
     */
    Board choose(Account account, SaveItem item, List<Board> boards, PinterestAccess access) {
        if (item.boardName() != null) {
            return named(item, boards);
        }
        if (account.directSave()) {
            return boards.getFirst();
        }
        RemotePin pin = pinterest.pin(access, item.pinId());
        Set<String> pinWords = words(pin.title() + " " + pin.description());
        Board best = null;
        int bestScore = 0;
        for (Board board : boards) {
            Set<String> shared = words(board.name() + " " + board.description());
            shared.retainAll(pinWords);
            if (shared.size() > bestScore) {
                best = board;
                bestScore = shared.size();
            }
        }
        return best != null ? best : boards.get((int) Math.floorMod(item.id(), (long) boards.size()));
    }

    private static Board named(SaveItem item, List<Board> boards) {
        String key = BoardDraft.key(item.boardName());
        for (Board board : boards) {
            if (board.key().equals(key)) {
                return board;
            }
        }
        throw new NamedBoardMissingException(item.boardName());
    }

    /** The board an item names is not among the account's boards on Pinterest. */
    static final class NamedBoardMissingException extends RuntimeException {

        NamedBoardMissingException(String boardName) {
            super("board '" + boardName + "' is not on Pinterest (deleted, or not synced yet)");
        }
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            String stem = word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
            if (stem.length() >= 3 && !STOP_WORDS.contains(stem)) {
                words.add(stem);
            }
        }
        return words;
    }
}
