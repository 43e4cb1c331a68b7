package com.pinfleet.application.pinterest;

import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.pin.PinId;
import java.util.List;

/**
 * Pinterest, as Pinfleet uses it: the official API v5, or the simulated Pinterest. Every call acts for one
 * account. Failures are {@link PinterestException}s that say what Pinterest answered.
 */
public interface PinterestGateway {

    /** Every board the account owns, all pages read. */
    List<RemoteBoard> boards(PinterestAccess access);

    RemoteBoard createBoard(PinterestAccess access, BoardDraft draft);

    void deleteBoard(PinterestAccess access, String boardId);

    RemotePin pin(PinterestAccess access, PinId pinId);

    /** Saves a copy of the pin to one of the account's boards and returns the copy. */
    RemotePin savePin(PinterestAccess access, PinId pinId, String boardId);

    /** The most recent pins of a board, newest first, at most {@code limit}. */
    List<RemotePin> boardPins(PinterestAccess access, String boardId, int limit);
}
