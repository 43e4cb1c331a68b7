package com.pinfleet.persistence;

import com.pinfleet.application.queue.NewSaveItem;
import com.pinfleet.application.queue.SaveQueueRepository;
import com.pinfleet.domain.pin.PinId;
import com.pinfleet.domain.queue.QueueCounts;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiSaveQueueRepository implements SaveQueueRepository {

    private static final String COLUMNS = """
            id, account_id, pin_id, source, board_name, status, board_id, saved_pin_id, error, attempts,
            created_at, updated_at""";

    private final Jdbi jdbi;

    public JdbiSaveQueueRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(long accountId, List<NewSaveItem> items, Instant at) {
        if (items.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    insert into save_items (account_id, pin_id, source, board_name, status, attempts,
                                            created_at, updated_at)
                    values (:accountId, :pinId, :source, :boardName, 'pending', 0, :at, :at)
                    """);
            for (NewSaveItem item : items) {
                batch.bind("accountId", accountId)
                        .bind("pinId", item.pinId().value())
                        .bind("source", item.source())
                        .bind("boardName", item.boardName())
                        .bind("at", at)
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<SaveItem> list(long accountId) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS
                        + " from save_items where account_id = :accountId order by id")
                .bind("accountId", accountId)
                .map((rs, ctx) -> item(rs))
                .list());
    }

    @Override
    public QueueCounts counts(long accountId) {
        Map<SaveItemStatus, Integer> byStatus = new EnumMap<>(SaveItemStatus.class);
        jdbi.useHandle(handle -> handle.createQuery("""
                        select status, count(*) as items from save_items where account_id = :accountId group by status
                        """)
                .bind("accountId", accountId)
                .map((rs, ctx) -> Map.entry(status(rs.getString("status")), rs.getInt("items")))
                .forEach(entry -> byStatus.put(entry.getKey(), entry.getValue())));
        return QueueCounts.of(byStatus);
    }

    @Override
    public Optional<SaveItem> nextPending(long accountId) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS + """
                         from save_items
                        where account_id = :accountId and status = 'pending'
                        order by id
                        limit 1
                        """)
                .bind("accountId", accountId)
                .map((rs, ctx) -> item(rs))
                .findOne());
    }

    @Override
    public List<SaveItem> inState(long accountId, SaveItemStatus status) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + COLUMNS
                        + " from save_items where account_id = :accountId and status = :status order by id")
                .bind("accountId", accountId)
                .bind("status", status.wireName())
                .map((rs, ctx) -> item(rs))
                .list());
    }

    @Override
    public boolean delete(long accountId, long itemId) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        delete from save_items
                        where id = :id and account_id = :accountId and status <> 'in_progress'
                        """)
                .bind("id", itemId)
                .bind("accountId", accountId)
                .execute()) == 1;
    }

    @Override
    public int deleteDone(long accountId) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        delete from save_items where account_id = :accountId and status in ('saved', 'failed')
                        """)
                .bind("accountId", accountId)
                .execute());
    }

    @Override
    public boolean move(long itemId, SaveItemStatus from, SaveItemStatus to, Outcome outcome, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update save_items
                        set status = :to,
                            board_id = coalesce(:boardId, board_id),
                            saved_pin_id = coalesce(:savedPinId, saved_pin_id),
                            error = :error,
                            attempts = attempts + :attempt,
                            updated_at = :at
                        where id = :id and status = :from
                        """)
                .bind("id", itemId)
                .bind("from", from.wireName())
                .bind("to", to.wireName())
                .bind("boardId", outcome.boardId())
                .bind("savedPinId", outcome.savedPinId())
                .bind("error", Sql.fitting(outcome.error(), 1000))
                .bind("attempt", to == SaveItemStatus.IN_PROGRESS ? 1 : 0)
                .bind("at", at)
                .execute()) == 1;
    }

    private static SaveItem item(ResultSet rs) throws SQLException {
        return new SaveItem(
                rs.getLong("id"),
                rs.getLong("account_id"),
                new PinId(rs.getString("pin_id")),
                rs.getString("source"),
                rs.getString("board_name"),
                status(rs.getString("status")),
                rs.getString("board_id"),
                rs.getString("saved_pin_id"),
                rs.getString("error"),
                rs.getInt("attempts"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }

    private static SaveItemStatus status(String stored) {
        return SaveItemStatus.valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
