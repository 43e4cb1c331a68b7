package com.pinfleet.domain.queue;

import com.pinfleet.domain.pin.PinId;
import java.time.Instant;

/**
 * One pin to save for an account.
 *
 * @param source      the line or cell it was read from, as given
 * @param boardName   the board the operator named for it, or null
 * @param boardId     the Pinterest board it was saved to (or last tried), or null
 * @param savedPinId  the id of the saved copy once saved, or null
 * @param error       why it failed or is uncertain, or null
 */
public record SaveItem(
        long id,
        long accountId,
        PinId pinId,
        String source,
        String boardName,
        SaveItemStatus status,
        String boardId,
        String savedPinId,
        String error,
        int attempts,
        Instant createdAt,
        Instant updatedAt) {
}
