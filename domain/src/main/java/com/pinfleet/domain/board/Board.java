package com.pinfleet.domain.board;

import java.time.Instant;

/**
 * A board of an account.
 *
 * @param id          Pinfleet's own id
 * @param pinterestId the id Pinterest gave it, or null while it exists only in Pinfleet
 * @param syncedAt    when it was last seen on Pinterest, or null
 */
public record Board(
        long id,
        long accountId,
        String pinterestId,
        String name,
        String description,
        BoardPrivacy privacy,
        Instant syncedAt) {

    public boolean onPinterest() {
        return pinterestId != null;
    }

    public String key() {
        return BoardDraft.key(name);
    }
}
