package com.pinfleet.application.board;

import com.pinfleet.application.account.AccountAccess;
import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.account.NotConnectedException;
import com.pinfleet.application.account.TokenRefusedException;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.application.common.NothingAppliedException;
import com.pinfleet.application.common.RowError;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.application.files.Columns;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.TableRecord;
import com.pinfleet.application.files.TextTable;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.PinterestAuthException;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.application.pinterest.PinterestGateway;
import com.pinfleet.application.pinterest.RemoteBoard;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An account's boards: listed, created, uploaded from a file and kept in step with Pinterest. Boards added
 * while the account is not connected are kept in Pinfleet and created on Pinterest by the next sync.
 */
public final class Boards {

    private final AccountRepository accounts;
    private final BoardRepository boards;
    private final AccountAccess access;
    private final PinterestGateway pinterest;
    private final OperatorFiles files;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Boards(AccountRepository accounts, BoardRepository boards, AccountAccess access,
                  PinterestGateway pinterest, OperatorFiles files, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.boards = boards;
        this.access = access;
        this.pinterest = pinterest;
        this.files = files;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public List<Board> list(String username) {
        return boards.forAccount(accounts.require(username).id());
    }

    /** What adding boards did: the boards added, the names skipped as existing, the rows refused. */
    public record AddResult(List<Board> added, List<String> skipped, List<RowError> errors, BoardSyncResult sync) {
    }

    /**
     * Adds boards by draft, then creates them on Pinterest when the account is connected.
     *
     * @throws ConflictException when a single board is asked for and the account has one of that name
     */
    public AddResult create(String username, List<BoardDraft> drafts) {
        Account account = accounts.require(username);
        Added added = unitOfWork.inTransaction(() -> addNew(account, drafts));
        if (drafts.size() == 1 && !added.skipped().isEmpty()) {
            throw new ConflictException("Board already exists: " + drafts.getFirst().name());
        }
        return new AddResult(added.boards(), added.skipped(), List.of(), syncIfConnected(account));
    }

    /**
     * Adds the boards of a CSV file ({@code name,description,privacy}; the header may be left out), skipping
     * names the account has, then creates them on Pinterest when the account is connected.
     *
     * @throws NothingAppliedException when no row of the file is valid
     */
    public AddResult upload(String username, UploadedFile file) {
        Account account = accounts.require(username);
        List<RowError> errors = new ArrayList<>();
        List<BoardDraft> drafts = readDrafts(files.table(file), errors);
        if (drafts.isEmpty()) {
            if (errors.isEmpty()) {
                throw new InvalidInputException("file", file.name() + ": the file holds no boards");
            }
            throw new NothingAppliedException("board", errors);
        }
        Added added = unitOfWork.inTransaction(() -> addNew(account, drafts));
        return new AddResult(added.boards(), added.skipped(), errors, syncIfConnected(account));
    }

    private record Added(List<Board> boards, List<String> skipped) {
    }

    private Added addNew(Account account, List<BoardDraft> drafts) {
        accounts.lockExisting(account);
        Set<String> taken = new HashSet<>();
        boards.forAccount(account.id()).forEach(board -> taken.add(board.key()));
        List<Board> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (BoardDraft draft : drafts) {
            if (taken.add(BoardDraft.key(draft.name()))) {
                added.add(boards.add(account.id(), draft, null, null));
            } else {
                skipped.add(draft.name());
            }
        }
        return new Added(added, skipped);
    }

    private List<BoardDraft> readDrafts(TextTable table, List<RowError> errors) {
        List<TableRecord> records = table.records();
        if (records.isEmpty()) {
            throw new InvalidInputException("file", table.fileName() + ": the file has no rows");
        }
        Columns header = new Columns(records.getFirst());
        boolean hasHeader = header.has("name", "board", "board name");
        if (!hasHeader && header.has("description", "privacy")) {
            throw new InvalidInputException("file", table.fileName() + ": the header has no name column"
                    + " (expected name, description, privacy)");
        }
        Optional<String> repeated = header.repeated("name", "board", "board name", "description", "privacy");
        if (hasHeader && repeated.isPresent()) {
            throw new InvalidInputException("file", table.fileName() + ": the header has the column '"
                    + repeated.get() + "' more than once");
        }
        int name = hasHeader ? header.indexOf("name", "board", "board name") : 0;
        int description = hasHeader ? header.indexOf("description") : 1;
        int privacy = hasHeader ? header.indexOf("privacy") : 2;
        List<BoardDraft> drafts = new ArrayList<>();
        for (TableRecord record : hasHeader ? records.subList(1, records.size()) : records) {
            Optional<String> overflow = hasHeader ? header.overflow(record)
                    : record.overflow(3, "a row without a header has 3 (name, description, privacy)");
            Parsed<BoardDraft> parsed = overflow.isPresent() ? Parsed.rejected(overflow.get())
                    : BoardDraft.parse(record.cell(name), record.cell(description), record.cell(privacy));
            switch (parsed) {
                case Parsed.Ok<BoardDraft>(BoardDraft draft) -> drafts.add(draft);
                case Parsed.Rejected<BoardDraft> rejected -> errors.add(RowError.inFile(table.fileName(),
                        record.line(), String.join(",", record.cells()), rejected.reason()));
            }
        }
        return drafts;
    }

    /**
     * Brings the account's boards in step with Pinterest: boards found there are added or updated here,
     * boards gone from there are dropped here, and boards only here are created there.
     *
     * @throws NotConnectedException when the account has no token set
     */
    public BoardSyncResult sync(String username) {
        return sync(accounts.require(username));
    }

    /** Syncs the account's boards when it is connected; otherwise says why nothing was synced. */
    public BoardSyncResult syncIfConnected(Account account) {
        try {
            return sync(account);
        } catch (ConflictException | PinterestException e) {
            return new BoardSyncResult(false, 0, 0, List.of(e.getMessage()), boards.forAccount(account.id()));
        }
    }

    /**
     * @throws NotConnectedException  when the account has no token set
     * @throws TokenRefusedException  when Pinterest refuses its token; the account then needs auth
     */
    private BoardSyncResult sync(Account account) {
        try {
            return syncConnected(account);
        } catch (PinterestAuthException e) {
            accounts.setAuthStatus(account.id(), AuthStatus.NEEDS_AUTH);
            throw new TokenRefusedException(account.username().value(), e.getMessage());
        }
    }

    private BoardSyncResult syncConnected(Account account) {
        PinterestAccess pinterestAccess = access.of(account);
        List<RemoteBoard> remote = pinterest.boards(pinterestAccess);
        List<Board> localOnly = unitOfWork.inTransaction(() -> mirror(account, remote));
        List<String> errors = new ArrayList<>();
        int created = 0;
        for (Board board : localOnly) {
            try {
                RemoteBoard made = pinterest.createBoard(pinterestAccess,
                        new BoardDraft(board.name(), board.description(), board.privacy()));
                boards.update(board.id(), made.id(), draftOf(made), clock.instant());
                created++;
            } catch (PinterestAuthException e) {
                throw e;
            } catch (PinterestException e) {
                errors.add("board '" + board.name() + "': " + e.getMessage());
            }
        }
        return new BoardSyncResult(true, remote.size(), created, errors, boards.forAccount(account.id()));
    }

    /** Applies Pinterest's list to the stored boards; returns the stored boards Pinterest lacks. */
    private List<Board> mirror(Account account, List<RemoteBoard> remote) {
        Set<String> remoteIds = new HashSet<>();
        remote.forEach(found -> remoteIds.add(found.id()));
        Map<String, Board> byPinterestId = new HashMap<>();
        Map<String, Board> unlinkedByName = new LinkedHashMap<>();
        for (Board board : boards.forAccount(account.id())) {
            if (!board.onPinterest()) {
                unlinkedByName.put(board.key(), board);
            } else if (remoteIds.contains(board.pinterestId())) {
                byPinterestId.put(board.pinterestId(), board);
            } else {
                boards.delete(board.id());
            }
        }
        for (RemoteBoard found : remote) {
            Board known = byPinterestId.remove(found.id());
            if (known == null) {
                known = unlinkedByName.remove(BoardDraft.key(found.name()));
            }
            if (known == null) {
                boards.add(account.id(), draftOf(found), found.id(), clock.instant());
            } else {
                boards.update(known.id(), found.id(), draftOf(found), clock.instant());
            }
        }
        return new ArrayList<>(unlinkedByName.values());
    }

    /**
     * Deletes a board on Pinterest and here, named by Pinterest's id; a board not yet on Pinterest is named
     * by its name and deleted here only.
     */
    public void delete(String username, String boardId) {
        Account account = accounts.require(username);
        List<Board> all = boards.forAccount(account.id());
        Optional<Board> onPinterest = all.stream().filter(b -> boardId.equals(b.pinterestId())).findFirst();
        if (onPinterest.isPresent()) {
            try {
                pinterest.deleteBoard(access.of(account), boardId);
            } catch (PinterestAuthException e) {
                accounts.setAuthStatus(account.id(), AuthStatus.NEEDS_AUTH);
                throw new TokenRefusedException(account.username().value(), e.getMessage());
            }
            boards.delete(onPinterest.get().id());
            return;
        }
        Board localOnly = all.stream()
                .filter(b -> !b.onPinterest() && b.key().equals(BoardDraft.key(boardId)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Board not found: " + boardId));
        boards.delete(localOnly.id());
    }

    private static BoardDraft draftOf(RemoteBoard remote) {
        String name = remote.name().length() > BoardDraft.MAX_NAME_LENGTH
                ? remote.name().substring(0, BoardDraft.MAX_NAME_LENGTH) : remote.name();
        return new BoardDraft(name, remote.description(), remote.privacy());
    }
}
