package com.pinfleet.application.board;

import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import java.time.Instant;
import java.util.List;

/** The boards of accounts. A name is unique within an account, ignoring case. */
public interface BoardRepository {

    /** The account's boards in the order they were added. */
    List<Board> forAccount(long accountId);

    /**
     * @param pinterestId the id Pinterest gave it, or null for a board not yet on Pinterest
     * @throws com.pinfleet.application.common.ConflictException when the account has a board of that name
     */
    Board add(long accountId, BoardDraft draft, String pinterestId, Instant syncedAt);

    /** Records what Pinterest says of the board now: its id, name, description and privacy. */
    void update(long boardId, String pinterestId, BoardDraft asOnPinterest, Instant syncedAt);

    void delete(long boardId);
}
