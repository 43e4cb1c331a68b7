package com.pinfleet.application.fakes;

import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.PinterestAuthException;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.application.pinterest.PinterestGateway;
import com.pinfleet.application.pinterest.PinterestNotFoundException;
import com.pinfleet.application.pinterest.PinterestRateLimitException;
import com.pinfleet.application.pinterest.RemoteBoard;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.board.BoardPrivacy;
import com.pinfleet.domain.pin.PinId;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pinterest as a test scripts it. It holds pins that exist and each account's boards with the pins on them;
 * saving a pin puts a copy (a new pin whose {@code parent_pin_id} names it) at the top of the board. It answers
 * as API v5 does: a board the account does not have is 404 code 40 (checked first), a pin that does not exist
 * is 404 code 50, a refused token is 401.
 *
 * <p>A test can also script the next answer of an operation ({@link #failNext}): a 429 with or without
 * {@code Retry-After}, a 429 that speaks of spam, a 5xx, no answer at all; or make the next save happen while
 * its answer is lost ({@link #loseAnswerOfNextSave}). Every call is recorded, failed ones included.
 */
public final class FakePinterestGateway implements PinterestGateway {

    /** The operations of the port. */
    public enum Operation {
        BOARDS, CREATE_BOARD, DELETE_BOARD, PIN, SAVE_PIN, BOARD_PINS
    }

    /** One call: who asked, and for which pin and board (null where the operation names none). */
    public record Call(Operation operation, long accountId, String pinId, String boardId) {
    }

    private static final class BoardState {
        private final long accountId;
        private final RemoteBoard board;
        private final List<RemotePin> pinsNewestFirst = new ArrayList<>();

        private BoardState(long accountId, RemoteBoard board) {
            this.accountId = accountId;
            this.board = board;
        }
    }

    private final Map<String, RemotePin> pins = new LinkedHashMap<>();
    private final Map<String, BoardState> boards = new LinkedHashMap<>();
    private final Set<Long> refusedTokens = new HashSet<>();
    private final Map<Operation, Deque<PinterestException>> scripted = new EnumMap<>(Operation.class);
    private final List<Call> calls = new ArrayList<>();
    private boolean loseNextSaveAnswer;
    private long lastId = 880_000_000_000_000_000L;

    /** A 401: the account's token is refused. */
    public static PinterestException unauthorized() {
        return new PinterestAuthException(2, "Authentication failed.");
    }

    /** A 429, asking to wait {@code retryAfter}, or saying nothing of when to come back when it is null. */
    public static PinterestException rateLimited(Duration retryAfter) {
        return new PinterestRateLimitException(8, "Too many requests.", retryAfter, false);
    }

    /** A 429 that speaks of spam. */
    public static PinterestException spamBlocked() {
        return new PinterestRateLimitException(8, "Your request was blocked as spam.", Duration.ofMinutes(1), true);
    }

    /** A 5xx: Pinterest failed on its side, and whether it acted first cannot be told. */
    public static PinterestException serverError() {
        return new PinterestException(503, 0, "Service unavailable.");
    }

    /** No answer came. */
    public static PinterestException noAnswer() {
        return new PinterestException("no answer from Pinterest", new SocketTimeoutException("Read timed out"));
    }

    /** Another refusal, such as 400 or 403, with Pinterest's message. */
    public static PinterestException refused(int status, String message) {
        return new PinterestException(status, status, message);
    }

    /** A pin that exists on Pinterest. */
    public synchronized PinId addPin(String pinId, String title, String description) {
        pins.put(pinId, new RemotePin(pinId, null, null, title, description, ""));
        return new PinId(pinId);
    }

    /** A board the account made on Pinterest; returns its id. */
    public synchronized String addBoard(long accountId, String name, String description) {
        String id = nextId();
        boards.put(id, new BoardState(accountId, new RemoteBoard(id, name, description, BoardPrivacy.PUBLIC, 0)));
        return id;
    }

    /** The board is deleted on Pinterest, and the pins on it with it. */
    public synchronized void removeBoard(String boardId) {
        BoardState board = boards.remove(boardId);
        if (board != null) {
            board.pinsNewestFirst.forEach(pin -> pins.remove(pin.id()));
        }
    }

    /** From now on every call for the account answers 401. */
    public synchronized void refuseTokenOf(long accountId) {
        refusedTokens.add(accountId);
    }

    /** The next call of {@code operation} answers with {@code answer} and does nothing else. */
    public synchronized void failNext(Operation operation, PinterestException answer) {
        scripted.computeIfAbsent(operation, key -> new ArrayDeque<>()).add(answer);
    }

    /** The next save happens on Pinterest, but its answer never comes back. */
    public synchronized void loseAnswerOfNextSave() {
        loseNextSaveAnswer = true;
    }

    @Override
    public synchronized List<RemoteBoard> boards(PinterestAccess access) {
        answer(Operation.BOARDS, access, null, null);
        return boards.values().stream().filter(board -> board.accountId == access.accountId())
                .map(FakePinterestGateway::withPinCount).toList();
    }

    @Override
    public synchronized RemoteBoard createBoard(PinterestAccess access, BoardDraft draft) {
        answer(Operation.CREATE_BOARD, access, null, null);
        boolean taken = boards.values().stream().anyMatch(board -> board.accountId == access.accountId()
                && BoardDraft.key(board.board.name()).equals(BoardDraft.key(draft.name())));
        if (taken) {
            throw new PinterestException(400, 400, "The board name is invalid or duplicated.");
        }
        String id = nextId();
        RemoteBoard board = new RemoteBoard(id, draft.name(), draft.description() == null ? ""
                : draft.description(), draft.privacy(), 0);
        boards.put(id, new BoardState(access.accountId(), board));
        return board;
    }

    @Override
    public synchronized void deleteBoard(PinterestAccess access, String boardId) {
        answer(Operation.DELETE_BOARD, access, null, boardId);
        board(access, boardId);
        removeBoard(boardId);
    }

    @Override
    public synchronized RemotePin pin(PinterestAccess access, PinId pinId) {
        answer(Operation.PIN, access, pinId.value(), null);
        return existing(pinId);
    }

    @Override
    public synchronized RemotePin savePin(PinterestAccess access, PinId pinId, String boardId) {
        answer(Operation.SAVE_PIN, access, pinId.value(), boardId);
        BoardState board = board(access, boardId);
        RemotePin pin = existing(pinId);
        RemotePin copy = new RemotePin(nextId(), boardId, pin.id(), pin.title(), pin.description(), pin.link());
        pins.put(copy.id(), copy);
        board.pinsNewestFirst.addFirst(copy);
        if (loseNextSaveAnswer) {
            loseNextSaveAnswer = false;
            throw noAnswer();
        }
        return copy;
    }

    @Override
    public synchronized List<RemotePin> boardPins(PinterestAccess access, String boardId, int limit) {
        answer(Operation.BOARD_PINS, access, null, boardId);
        return board(access, boardId).pinsNewestFirst.stream().limit(limit).toList();
    }

    /** Every call so far, oldest first. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one operation so far, oldest first. */
    public synchronized List<Call> calls(Operation operation) {
        return calls.stream().filter(call -> call.operation() == operation).toList();
    }

    /** The pins on the board now, newest first. */
    public synchronized List<RemotePin> pinsOn(String boardId) {
        BoardState board = boards.get(boardId);
        return board == null ? List.of() : List.copyOf(board.pinsNewestFirst);
    }

    /** The copies of the pin on every board, oldest first. */
    public synchronized List<RemotePin> copiesOf(PinId pinId) {
        return pins.values().stream().filter(pin -> pinId.value().equals(pin.parentPinId())).toList();
    }

    /** Records the call, then answers as scripted, or 401 for a refused token; returns when it may go on. */
    private void answer(Operation operation, PinterestAccess access, String pinId, String boardId) {
        calls.add(new Call(operation, access.accountId(), pinId, boardId));
        Deque<PinterestException> next = scripted.get(operation);
        if (next != null && !next.isEmpty()) {
            throw next.removeFirst();
        }
        if (refusedTokens.contains(access.accountId())) {
            throw unauthorized();
        }
    }

    private BoardState board(PinterestAccess access, String boardId) {
        BoardState board = boards.get(boardId);
        if (board == null || board.accountId != access.accountId()) {
            throw new PinterestNotFoundException(PinterestNotFoundException.BOARD_NOT_FOUND, "Board not found.");
        }
        return board;
    }

    private RemotePin existing(PinId pinId) {
        RemotePin pin = pins.get(pinId.value());
        if (pin == null) {
            throw new PinterestNotFoundException(PinterestNotFoundException.PIN_NOT_FOUND, "Pin not found.");
        }
        return pin;
    }

    private static RemoteBoard withPinCount(BoardState state) {
        RemoteBoard board = state.board;
        return new RemoteBoard(board.id(), board.name(), board.description(), board.privacy(),
                state.pinsNewestFirst.size());
    }

    private String nextId() {
        return Long.toString(++lastId);
    }
}
