package com.pinfleet.application.board;

import com.pinfleet.domain.board.Board;
import java.util.List;

/**
 * What a sync with Pinterest did. {@code synced} is false when the account is not connected and nothing
 * could be fetched or created; {@code errors} names each board Pinterest refused.
 */
public record BoardSyncResult(boolean synced, int fetchedBoards, int createdBoards, List<String> errors,
                              List<Board> boards) {
}
