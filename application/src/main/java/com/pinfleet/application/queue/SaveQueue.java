package com.pinfleet.application.queue;

import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.board.BoardRepository;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.application.common.NothingAppliedException;
import com.pinfleet.application.common.RowError;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.application.files.Columns;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.TableRecord;
import com.pinfleet.application.files.TextLine;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.pin.PinId;
import com.pinfleet.domain.pin.PinReference;
import com.pinfleet.domain.queue.QueueCounts;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An account's save queue as the operator sees it: listed, filled from files, pruned. */
public final class SaveQueue {

    private final AccountRepository accounts;
    private final BoardRepository boards;
    private final SaveQueueRepository queue;
    private final OperatorFiles files;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SaveQueue(AccountRepository accounts, BoardRepository boards, SaveQueueRepository queue,
                     OperatorFiles files, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.boards = boards;
        this.queue = queue;
        this.files = files;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public record Listing(List<SaveItem> items, QueueCounts counts) {
    }

    public Listing list(String username) {
        Account account = accounts.require(username);
        return unitOfWork.inTransaction(() -> new Listing(queue.list(account.id()), queue.counts(account.id())));
    }

    /**
     * What an upload did. {@code duplicates} are pins already waiting in the queue (or earlier in the file)
     * for the same board; {@code total} is the queue's size afterwards.
     */
    public record UploadResult(int added, int duplicates, List<RowError> errors, int total) {
    }

    /**
     * Appends the pins of a file: {@code .txt} with one pin URL or id a line, or {@code .csv} with a
     * {@code url} column and an optional {@code board} column naming one of the account's boards. Every
     * valid row is added; every other row is reported with its line.
     *
     * @throws NothingAppliedException when no row is valid
     * @throws NotFoundException when the account is deleted while the file is read; nothing is added
     */
    public UploadResult upload(String username, UploadedFile file) {
        Account account = accounts.require(username);
        List<RowError> errors = new ArrayList<>();
        List<NewSaveItem> read = switch (file.extension()) {
            case "txt", "text", "list" -> fromLines(file, errors);
            case "csv", "tsv" -> fromTable(file, account, errors);
            case "xlsx", "xls", "ods", "numbers" -> throw new InvalidInputException("file", file.name()
                    + ": spreadsheets are not read; save the sheet as CSV (.csv) and upload that");
            default -> throw new InvalidInputException("file", file.name()
                    + ": expected a .txt file (one pin URL a line) or a .csv file with a url column");
        };
        if (read.isEmpty()) {
            if (errors.isEmpty()) {
                throw new InvalidInputException("file", file.name() + ": the file holds no pins");
            }
            throw new NothingAppliedException("pin", errors);
        }
        return unitOfWork.inTransaction(() -> {
            accounts.lockExisting(account);
            List<NewSaveItem> fresh = withoutOpenDuplicates(account.id(), read);
            queue.append(account.id(), fresh, clock.instant());
            return new UploadResult(fresh.size(), read.size() - fresh.size(), errors,
                    queue.counts(account.id()).total());
        });
    }

    private List<NewSaveItem> fromLines(UploadedFile file, List<RowError> errors) {
        List<NewSaveItem> items = new ArrayList<>();
        for (TextLine line : files.lines(file)) {
            String text = line.text().strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            switch (PinReference.parse(text)) {
                case Parsed.Ok<PinId>(PinId pinId) -> items.add(new NewSaveItem(pinId, text, null));
                case Parsed.Rejected<PinId> rejected ->
                        errors.add(RowError.inFile(file.name(), line.number(), text, rejected.reason()));
            }
        }
        return items;
    }

    private List<NewSaveItem> fromTable(UploadedFile file, Account account, List<RowError> errors) {
        List<TableRecord> records = files.table(file).records();
        if (records.isEmpty()) {
            return List.of();
        }
        Columns header = new Columns(records.getFirst());
        boolean hasHeader = header.has("url", "pin url", "pin", "pin id", "link");
        if (!hasHeader && !(PinReference.parse(records.getFirst().cell(0)) instanceof Parsed.Ok<PinId>)) {
            throw new InvalidInputException("file", file.name() + " line " + records.getFirst().line()
                    + ": no url column; the header should read url,board");
        }
        int url = hasHeader ? header.indexOf("url", "pin url", "pin", "pin id", "link") : 0;
        int board = hasHeader ? header.indexOf("board", "board name") : 1;
        Map<String, Board> boardsByKey = new HashMap<>();
        boards.forAccount(account.id()).forEach(b -> boardsByKey.put(b.key(), b));

        List<NewSaveItem> items = new ArrayList<>();
        for (TableRecord record : hasHeader ? records.subList(1, records.size()) : records) {
            String boardName = record.cell(board);
            Board named = boardName.isEmpty() ? null : boardsByKey.get(BoardDraft.key(boardName));
            String value = String.join(",", record.cells());
            Optional<String> overflow = hasHeader ? header.overflow(record)
                    : record.overflow(2, "a row without a header has 2 (url, board)");
            if (overflow.isPresent()) {
                errors.add(RowError.inFile(file.name(), record.line(), value, overflow.get()));
                continue;
            }
            if (!boardName.isEmpty() && named == null) {
                errors.add(RowError.inFile(file.name(), record.line(), value,
                        "board '" + boardName + "' is not one of " + account.username() + "'s boards"));
                continue;
            }
            switch (PinReference.parse(record.cell(url))) {
                case Parsed.Ok<PinId>(PinId pinId) ->
                        items.add(new NewSaveItem(pinId, record.cell(url), named == null ? null : named.name()));
                case Parsed.Rejected<PinId> rejected ->
                        errors.add(RowError.inFile(file.name(), record.line(), value, rejected.reason()));
            }
        }
        return items;
    }

    /** Leaves out pins already waiting for the same board, in the queue or earlier in the list. */
    private List<NewSaveItem> withoutOpenDuplicates(long accountId, List<NewSaveItem> items) {
        Set<String> open = new HashSet<>();
        for (SaveItem item : queue.list(accountId)) {
            if (!item.status().done()) {
                open.add(duplicateKey(item.pinId(), item.boardName()));
            }
        }
        return items.stream().filter(item -> open.add(duplicateKey(item.pinId(), item.boardName()))).toList();
    }

    private static String duplicateKey(PinId pinId, String boardName) {
        return pinId.value() + "|" + (boardName == null ? "" : BoardDraft.key(boardName));
    }

    /** Removes the item at {@code index} (from 0, in queue order). */
    public SaveItem removeAt(String username, int index) {
        Account account = accounts.require(username);
        return unitOfWork.inTransaction(() -> {
            List<SaveItem> items = queue.list(account.id());
            if (index < 0 || index >= items.size()) {
                throw new NotFoundException("No save queue item at index " + index + " (the queue has "
                        + items.size() + " items)");
            }
            SaveItem item = items.get(index);
            if (item.status() == SaveItemStatus.IN_PROGRESS || !queue.delete(account.id(), item.id())) {
                throw new ConflictException("Item " + index + " is being saved right now; try again shortly");
            }
            return item;
        });
    }

    /** Removes saved and failed items; returns how many. */
    public int clearDone(String username) {
        return queue.deleteDone(accounts.require(username).id());
    }
}
