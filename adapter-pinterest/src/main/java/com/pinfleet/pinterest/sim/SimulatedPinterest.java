package com.pinfleet.pinterest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pinfleet.application.pinterest.PinterestAccess;
import com.pinfleet.application.pinterest.PinterestAuthException;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.application.pinterest.PinterestGateway;
import com.pinfleet.application.pinterest.PinterestNotFoundException;
import com.pinfleet.application.pinterest.RemoteBoard;
import com.pinfleet.application.pinterest.RemotePin;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.board.BoardPrivacy;
import com.pinfleet.domain.pin.PinId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Pinterest that lives in the server, for trying Pinfleet without real accounts and for tests. Each access
 * token is one Pinterest user with boards and pins; ids are digit strings drawn from the seed, so a run is
 * the same every time; a share of pins "no longer exist" and answer 404 as API v5 does. Errors are the ones
 * API v5 gives: 401 code 2 for a refused token, 404 code 40 for a board, code 50 for a pin.
 *
 * <p>A token whose text contains "revoked" is refused, as is any token past its expiry.
 */
public final class SimulatedPinterest implements PinterestGateway {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPinterest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PinCatalog catalog;
    private final SimulationJournal journal;
    private final Clock clock;
    private final SplittableRandom ids;
    private final Map<String, Map<String, SimBoard>> boardsByUser = new HashMap<>();
    private final Map<String, SimPin> pinsById = new HashMap<>();

    private static final class SimBoard {
        final String id;
        String name;
        String description;
        BoardPrivacy privacy;
        final List<SimPin> pins = new ArrayList<>();

        SimBoard(String id, String name, String description, BoardPrivacy privacy) {
            this.id = id;
            this.name = name;
            this.description = description;
            this.privacy = privacy;
        }
    }

    private record SimPin(String id, String boardId, String parentPinId, String title, String description) {
    }

    /**
     * @param missingPinShare the share of pin ids (0 to 1) whose pins no longer exist
     * @param journal         where changes are kept across restarts, or null to keep them in memory only
     */
    public SimulatedPinterest(long seed, double missingPinShare, SimulationJournal journal, Clock clock) {
        if (missingPinShare < 0 || missingPinShare > 1) {
            throw new IllegalArgumentException("the share of missing pins must be between 0 and 1");
        }
        this.catalog = new PinCatalog(seed, missingPinShare);
        this.journal = journal;
        this.clock = clock;
        this.ids = new SplittableRandom(seed);
        if (journal != null) {
            replay(journal);
        }
    }

    @Override
    public synchronized List<RemoteBoard> boards(PinterestAccess access) {
        return log(access, "GET /boards", boardsOf(user(access)).values().stream().map(SimulatedPinterest::remote)
                .toList());
    }

    @Override
    public synchronized RemoteBoard createBoard(PinterestAccess access, BoardDraft draft) {
        String user = user(access);
        String key = BoardDraft.key(draft.name());
        if (boardsOf(user).values().stream().anyMatch(board -> BoardDraft.key(board.name).equals(key))) {
            throw new PinterestException(400, 400, "The board name is invalid or duplicated.");
        }
        String id = nextId();
        record(change("board", user, id).put("name", draft.name()).put("description", draft.description())
                .put("privacy", draft.privacy().name()));
        return log(access, "POST /boards", remote(boardsOf(user).get(id)));
    }

    @Override
    public synchronized void deleteBoard(PinterestAccess access, String boardId) {
        String user = user(access);
        board(user, boardId);
        record(change("delete_board", user, boardId));
        log(access, "DELETE /boards/" + boardId, null);
    }

    @Override
    public synchronized RemotePin pin(PinterestAccess access, PinId pinId) {
        user(access);
        SimPin own = pinsById.get(pinId.value());
        if (own != null) {
            return log(access, "GET /pins/" + pinId, remote(own));
        }
        requireExisting(pinId);
        return log(access, "GET /pins/" + pinId, new RemotePin(pinId.value(), null, null,
                catalog.title(pinId.value()), catalog.description(pinId.value()), ""));
    }

    @Override
    public synchronized RemotePin savePin(PinterestAccess access, PinId pinId, String boardId) {
        String user = user(access);
        board(user, boardId);
        if (!pinsById.containsKey(pinId.value())) {
            requireExisting(pinId);
        }
        String copyId = nextId();
        record(change("save", user, boardId).put("pin", pinId.value()).put("copy", copyId));
        return log(access, "POST /pins/" + pinId + "/save", remote(pinsById.get(copyId)));
    }

    @Override
    public synchronized List<RemotePin> boardPins(PinterestAccess access, String boardId, int limit) {
        SimBoard board = board(user(access), boardId);
        List<RemotePin> newestFirst = new ArrayList<>();
        for (int i = board.pins.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            newestFirst.add(remote(board.pins.get(i)));
        }
        return log(access, "GET /boards/" + boardId + "/pins", newestFirst);
    }

    private void requireExisting(PinId pinId) {
        if (!catalog.exists(pinId.value())) {
            throw new PinterestNotFoundException(PinterestNotFoundException.PIN_NOT_FOUND, "Pin not found.");
        }
    }

    private SimBoard board(String user, String boardId) {
        SimBoard board = boardsOf(user).get(boardId);
        if (board == null) {
            throw new PinterestNotFoundException(PinterestNotFoundException.BOARD_NOT_FOUND, "Board not found.");
        }
        return board;
    }

    private Map<String, SimBoard> boardsOf(String user) {
        return boardsByUser.computeIfAbsent(user, key -> new LinkedHashMap<>());
    }

    /** The simulated user an access token stands for; refused tokens answer 401 as API v5 does. */
    private String user(PinterestAccess access) {
        String token = access.tokens().accessToken();
        if (token.toLowerCase(Locale.ROOT).contains("revoked") || access.tokens().expiredAt(clock.instant())) {
            throw new PinterestAuthException(2, "Authentication failed.");
        }
        return fingerprint(token);
    }

    private static String fingerprint(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private String nextId() {
        return Long.toString(100_000_000_000_000_000L + ids.nextLong(800_000_000_000_000_000L));
    }

    private void record(ObjectNode change) {
        apply(change);
        if (journal != null) {
            journal.record(change);
        }
    }

    /** Applies a change, live or replayed from the journal. */
    private void apply(JsonNode change) {
        String user = change.get("user").asText();
        String boardId = change.get("board").asText();
        switch (change.get("op").asText()) {
            case "board" -> boardsOf(user).put(boardId, new SimBoard(boardId, change.get("name").asText(),
                    change.get("description").asText(), BoardPrivacy.valueOf(change.get("privacy").asText())));
            case "delete_board" -> {
                SimBoard gone = boardsOf(user).remove(boardId);
                if (gone != null) {
                    gone.pins.forEach(pin -> pinsById.remove(pin.id()));
                }
            }
            case "save" -> {
                String source = change.get("pin").asText();
                SimPin own = pinsById.get(source);
                SimPin copy = new SimPin(change.get("copy").asText(), boardId, source,
                        own != null ? own.title() : catalog.title(source),
                        own != null ? own.description() : catalog.description(source));
                boardsOf(user).get(boardId).pins.add(copy);
                pinsById.put(copy.id(), copy);
            }
            default -> LOG.warn("ignoring an unknown change in the simulated Pinterest's journal: {}", change);
        }
    }

    /** Replays the journal, drawing the ids it records so that new ids never repeat them. */
    private void replay(SimulationJournal from) {
        for (JsonNode change : from.replay()) {
            apply(change);
            if (!change.get("op").asText().equals("delete_board")) {
                nextId();
            }
        }
    }

    private static ObjectNode change(String op, String user, String boardId) {
        return JSON.createObjectNode().put("op", op).put("user", user).put("board", boardId);
    }

    private static RemoteBoard remote(SimBoard board) {
        return new RemoteBoard(board.id, board.name, board.description, board.privacy, board.pins.size());
    }

    private static RemotePin remote(SimPin pin) {
        return new RemotePin(pin.id(), pin.boardId(), pin.parentPinId(), pin.title(), pin.description(), "");
    }

    private static <T> T log(PinterestAccess access, String call, T answer) {
        LOG.debug("sim {} for {}", call, access.username());
        return answer;
    }
}
