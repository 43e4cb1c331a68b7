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
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.pin.PinDraft;
import com.pinfleet.domain.pin.PinDraftStatus;
import com.pinfleet.domain.pin.QueuedPin;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An account's queue of pins to create: listed, added one at a time, edited, removed, and filled from CSV
 * files in the queue's own columns or in Pinterest's bulk-create template.
 */
public final class PinQueue {

    private static final String[] BOARD = {"board", "pinterest board", "board name"};
    private static final String[] IMAGE = {"image_url", "media url", "image url", "image"};
    private static final String[] LINK = {"link", "destination link"};
    private static final String[] ALT_TEXT = {"alt_text", "alt text"};
    private static final String[] PUBLISH = {"publish date", "publish_at", "publish date time"};

    private final AccountRepository accounts;
    private final BoardRepository boards;
    private final PinQueueRepository queue;
    private final OperatorFiles files;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PinQueue(AccountRepository accounts, BoardRepository boards, PinQueueRepository queue,
                    OperatorFiles files, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.boards = boards;
        this.queue = queue;
        this.files = files;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public record Listing(List<QueuedPin> pins, Map<PinDraftStatus, Integer> counts) {
    }

    public Listing list(String username) {
        Account account = accounts.require(username);
        return unitOfWork.inTransaction(() -> new Listing(queue.list(account.id()), queue.counts(account.id())));
    }

    /** A pin as a request gives it: the board by Pinterest id or by name. */
    public record PinRequest(String boardId, String board, String imageUrl, String title, String description,
                             String link, String altText) {
    }

    /** Adds one pin to the end of the queue. */
    public QueuedPin add(String username, PinRequest request) {
        Account account = accounts.require(username);
        PinDraft draft = draftOf(account, request);
        return unitOfWork.inTransaction(() -> {
            accounts.lockExisting(account);
            queue.append(account.id(), List.of(draft), clock.instant());
            return queue.list(account.id()).getLast();
        });
    }

    /** Replaces the pin at {@code index} (from 0); only a pin still pending can be edited. */
    public QueuedPin edit(String username, int index, PinRequest request) {
        Account account = accounts.require(username);
        PinDraft draft = draftOf(account, request);
        return unitOfWork.inTransaction(() -> {
            QueuedPin pin = at(account, index);
            if (!queue.replace(pin.id(), draft, clock.instant())) {
                throw new ConflictException("Pin " + index + " is " + pin.status().wireName() + "; only pending pins"
                        + " can be edited");
            }
            return queue.list(account.id()).get(index);
        });
    }

    public QueuedPin remove(String username, int index) {
        Account account = accounts.require(username);
        return unitOfWork.inTransaction(() -> {
            QueuedPin pin = at(account, index);
            if (!queue.delete(account.id(), pin.id())) {
                throw new ConflictException("Pin " + index + " is being created right now; try again shortly");
            }
            return pin;
        });
    }

    private QueuedPin at(Account account, int index) {
        List<QueuedPin> pins = queue.list(account.id());
        if (index < 0 || index >= pins.size()) {
            throw new NotFoundException("No pin at index " + index + " (the queue has " + pins.size() + " pins)");
        }
        return pins.get(index);
    }

    private PinDraft draftOf(Account account, PinRequest request) {
        Map<String, Board> byKey = boardsByKey(account);
        String boardName;
        if (request.boardId() != null && !request.boardId().isBlank()) {
            boardName = byKey.values().stream().filter(b -> request.boardId().strip().equals(b.pinterestId()))
                    .map(Board::name).findFirst()
                    .orElseThrow(() -> new InvalidInputException("board_id", "board_id " + request.boardId()
                            + " is not one of " + account.username() + "'s boards"));
        } else {
            boardName = named(account, byKey, request.board()).orThrow("board");
        }
        return PinDraft.parse(boardName, request.imageUrl(), request.title(), request.description(), request.link(),
                request.altText(), null, null).orThrow("pin");
    }

    /** What an upload did; {@code duplicates} were already waiting for the same board. */
    public record UploadResult(int added, int duplicates, List<RowError> errors, int total) {
    }

    /**
     * Appends the pins of a CSV file. Columns are the queue's own ({@code board,image_url,title,description,
     * link,alt_text}) or those of Pinterest's bulk-create template ({@code Title,Media URL,Pinterest board,
     * Thumbnail,Description,Link,Publish date,Keywords}). Every valid row is added; every other is reported.
     *
     * @throws NothingAppliedException when no row is valid
     */
    public UploadResult upload(String username, UploadedFile file) {
        Account account = accounts.require(username);
        List<TableRecord> records = files.table(file).records();
        if (records.isEmpty()) {
            throw new InvalidInputException("file", file.name() + ": the file has no rows");
        }
        Columns header = new Columns(records.getFirst());
        if (!header.has(IMAGE) || !header.has(BOARD)) {
            throw new InvalidInputException("file", file.name() + " line " + records.getFirst().line()
                    + ": the header needs a board and an image_url column (or Pinterest's 'Pinterest board' and"
                    + " 'Media URL')");
        }
        Map<String, Board> byKey = boardsByKey(account);
        List<RowError> errors = new ArrayList<>();
        List<PinDraft> drafts = new ArrayList<>();
        for (TableRecord record : records.subList(1, records.size())) {
            switch (draftOf(account, byKey, header, record)) {
                case Parsed.Ok<PinDraft>(PinDraft draft) -> drafts.add(draft);
                case Parsed.Rejected<PinDraft> rejected -> errors.add(RowError.inFile(file.name(), record.line(),
                        record.cell(header.indexOf(IMAGE)), rejected.reason()));
            }
        }
        if (drafts.isEmpty()) {
            if (errors.isEmpty()) {
                throw new InvalidInputException("file", file.name() + ": the file holds no pins");
            }
            throw new NothingAppliedException("pin", errors);
        }
        return unitOfWork.inTransaction(() -> {
            accounts.lockExisting(account);
            List<PinDraft> fresh = withoutWaitingDuplicates(account.id(), drafts);
            queue.append(account.id(), fresh, clock.instant());
            return new UploadResult(fresh.size(), drafts.size() - fresh.size(), errors,
                    queue.list(account.id()).size());
        });
    }

    private Parsed<PinDraft> draftOf(Account account, Map<String, Board> byKey, Columns header, TableRecord record) {
        Optional<String> overflow = header.overflow(record);
        if (overflow.isPresent()) {
            return Parsed.rejected(overflow.get());
        }
        Parsed<String> board = named(account, byKey, record.cell(header.indexOf(BOARD)));
        if (board instanceof Parsed.Rejected<String> rejected) {
            return Parsed.rejected(rejected.reason());
        }
        Instant publishAt;
        try {
            publishAt = publishAt(record.cell(header.indexOf(PUBLISH)));
        } catch (DateTimeParseException e) {
            return Parsed.rejected("publish date '" + record.cell(header.indexOf(PUBLISH))
                    + "' is not a date (use 2026-12-31 or 2026-12-31T09:30)");
        }
        return PinDraft.parse(((Parsed.Ok<String>) board).value(), record.cell(header.indexOf(IMAGE)),
                record.cell(header.indexOf("title")), record.cell(header.indexOf("description")),
                record.cell(header.indexOf(LINK)), record.cell(header.indexOf(ALT_TEXT)),
                record.cell(header.indexOf("keywords")), publishAt);
    }

    private Instant publishAt(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String value = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(clock.getZone())
                        .toInstant();
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(value).atStartOfDay(clock.getZone()).toInstant();
            }
        }
    }

    private List<PinDraft> withoutWaitingDuplicates(long accountId, List<PinDraft> drafts) {
        Set<String> waiting = new HashSet<>();
        for (QueuedPin pin : queue.list(accountId)) {
            if (pin.status() == PinDraftStatus.PENDING || pin.status() == PinDraftStatus.IN_PROGRESS) {
                waiting.add(duplicateKey(pin.draft()));
            }
        }
        return drafts.stream().filter(draft -> waiting.add(duplicateKey(draft))).toList();
    }

    private static String duplicateKey(PinDraft draft) {
        return BoardDraft.key(draft.boardName()) + "|" + draft.imageUrl();
    }

    private Map<String, Board> boardsByKey(Account account) {
        Map<String, Board> byKey = new HashMap<>();
        boards.forAccount(account.id()).forEach(board -> byKey.put(board.key(), board));
        return byKey;
    }

    private static Parsed<String> named(Account account, Map<String, Board> byKey, String name) {
        if (name == null || name.isBlank()) {
            return Parsed.rejected("board is empty");
        }
        Board board = byKey.get(BoardDraft.key(name));
        return board == null ? Parsed.rejected("board '" + name.strip() + "' is not one of " + account.username()
                + "'s boards") : Parsed.ok(board.name());
    }
}
