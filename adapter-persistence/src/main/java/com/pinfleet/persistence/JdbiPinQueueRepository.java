package com.pinfleet.persistence;

import com.pinfleet.application.queue.PinQueueRepository;
import com.pinfleet.domain.pin.PinDraft;
import com.pinfleet.domain.pin.PinDraftStatus;
import com.pinfleet.domain.pin.QueuedPin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiPinQueueRepository implements PinQueueRepository {

    private final Jdbi jdbi;

    public JdbiPinQueueRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(long accountId, List<PinDraft> drafts, Instant at) {
        if (drafts.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    insert into pin_drafts (account_id, board_name, image_url, title, description, link, alt_text,
                                            keywords, publish_at, status, attempts, created_at, updated_at)
                    values (:accountId, :boardName, :imageUrl, :title, :description, :link, :altText,
                            :keywords, :publishAt, 'pending', 0, :at, :at)
                    """);
            for (PinDraft draft : drafts) {
                batch.bindMethods(draft).bind("accountId", accountId).bind("at", at).add();
            }
            batch.execute();
        });
    }

    @Override
    public List<QueuedPin> list(long accountId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, account_id, board_name, image_url, title, description, link, alt_text, keywords,
                               publish_at, status, pin_id, error, attempts, created_at
                        from pin_drafts where account_id = :accountId order by id
                        """)
                .bind("accountId", accountId)
                .map((rs, ctx) -> pin(rs))
                .list());
    }

    @Override
    public Map<PinDraftStatus, Integer> counts(long accountId) {
        Map<PinDraftStatus, Integer> counts = new EnumMap<>(PinDraftStatus.class);
        jdbi.useHandle(handle -> handle.createQuery("""
                        select status, count(*) as pins from pin_drafts where account_id = :accountId group by status
                        """)
                .bind("accountId", accountId)
                .map((rs, ctx) -> Map.entry(PinDraftStatus.fromWireName(rs.getString("status")), rs.getInt("pins")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    @Override
    public boolean replace(long pinId, PinDraft draft, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update pin_drafts
                        set board_name = :boardName, image_url = :imageUrl, title = :title,
                            description = :description, link = :link, alt_text = :altText, keywords = :keywords,
                            publish_at = :publishAt, updated_at = :at
                        where id = :id and status = 'pending'
                        """)
                .bindMethods(draft)
                .bind("id", pinId)
                .bind("at", at)
                .execute()) == 1;
    }

    @Override
    public boolean delete(long accountId, long pinId) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        delete from pin_drafts where id = :id and account_id = :accountId and status <> 'in_progress'
                        """)
                .bind("id", pinId)
                .bind("accountId", accountId)
                .execute()) == 1;
    }

    private static QueuedPin pin(ResultSet rs) throws SQLException {
        PinDraft draft = new PinDraft(rs.getString("board_name"), rs.getString("image_url"), rs.getString("title"),
                rs.getString("description"), rs.getString("link"), rs.getString("alt_text"), rs.getString("keywords"),
                Rows.instant(rs, "publish_at"));
        return new QueuedPin(rs.getLong("id"), rs.getLong("account_id"), draft,
                PinDraftStatus.fromWireName(rs.getString("status")), rs.getString("pin_id"), rs.getString("error"),
                rs.getInt("attempts"), Rows.instant(rs, "created_at"));
    }
}
