package com.pinfleet.application.fakes;

import com.pinfleet.application.board.BoardRepository;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Boards in a map by id, ids counted from 1; a name is unique within an account ignoring case. */
public final class FakeBoardRepository implements BoardRepository, TransactionalFake<Map<Long, Board>> {

    private final Map<Long, Board> boards = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized List<Board> forAccount(long accountId) {
        return boards.values().stream().filter(board -> board.accountId() == accountId).toList();
    }

    @Override
    public synchronized Board add(long accountId, BoardDraft draft, String pinterestId, Instant syncedAt) {
        requireFreeName(accountId, 0, draft.name());
        Board board = new Board(++lastId, accountId, pinterestId, draft.name(), draft.description(),
                draft.privacy(), syncedAt);
        boards.put(board.id(), board);
        return board;
    }

    @Override
    public synchronized void update(long boardId, String pinterestId, BoardDraft asOnPinterest, Instant syncedAt) {
        Board board = boards.get(boardId);
        if (board == null) {
            return;
        }
        requireFreeName(board.accountId(), boardId, asOnPinterest.name());
        boards.put(boardId, new Board(boardId, board.accountId(), pinterestId, asOnPinterest.name(),
                asOnPinterest.description(), asOnPinterest.privacy(), syncedAt));
    }

    @Override
    public synchronized void delete(long boardId) {
        boards.remove(boardId);
    }

    @Override
    public synchronized Map<Long, Board> snapshot() {
        return new TreeMap<>(boards);
    }

    @Override
    public synchronized void restore(Map<Long, Board> snapshot) {
        boards.clear();
        boards.putAll(snapshot);
    }

    private void requireFreeName(long accountId, long exceptBoardId, String name) {
        String key = BoardDraft.key(name);
        boolean taken = boards.values().stream()
                .anyMatch(b -> b.accountId() == accountId && b.id() != exceptBoardId && b.key().equals(key));
        if (taken) {
            throw new ConflictException("Board already exists: " + name);
        }
    }
}
