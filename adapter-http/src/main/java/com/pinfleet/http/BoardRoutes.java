package com.pinfleet.http;

import com.pinfleet.application.board.BoardSyncResult;
import com.pinfleet.application.board.Boards;
import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.board.BoardDraft;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** An account's boards: listed, created, uploaded, synced with Pinterest and deleted. */
final class BoardRoutes {

    private final Boards boards;
    private final Bodies bodies;

    BoardRoutes(Boards boards, Bodies bodies) {
        this.boards = boards;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/accounts/{username}/boards", this::list);
        routes.post("/api/accounts/{username}/create-board", this::create);
        routes.post("/api/accounts/{username}/upload-boards", this::upload);
        routes.post("/api/accounts/{username}/sync-boards", this::sync);
        routes.delete("/api/accounts/{username}/boards/{board_id}", this::delete);
    }

    private void list(Context ctx) {
        var list = boards.list(ctx.pathParam("username"));
        ctx.jsonStream(Map.of("boards", Views.boards(list), "board_count", list.size()));
    }

    private record BoardBody(String name, String description, String privacy) {
    }

    private record CreateBody(String name, String description, String privacy, List<BoardBody> boards,
                              List<String> names) {
    }

    /** Takes one board, a list of boards, or a list of names sharing a description and privacy. */
    private void create(Context ctx) {
        CreateBody body = bodies.read(ctx, CreateBody.class);
        long forms = Stream.of(body.name(), body.boards(), body.names()).filter(Objects::nonNull).count();
        if (forms > 1) {
            throw new BadRequestException("give one of name, boards or names, not several");
        }
        List<BoardBody> asked = new ArrayList<>();
        if (body.boards() != null) {
            asked.addAll(body.boards());
        } else if (body.names() != null) {
            body.names().forEach(name -> asked.add(new BoardBody(name, body.description(), body.privacy())));
        } else {
            asked.add(new BoardBody(Bodies.required(body.name(), "name"), body.description(), body.privacy()));
        }
        if (asked.isEmpty()) {
            throw new BadRequestException("no boards given: send name, boards or names");
        }
        List<BoardDraft> drafts = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            BoardBody board = Bodies.required(asked.get(i), "boards[" + i + "]");
            switch (BoardDraft.parse(board.name(), board.description(), board.privacy())) {
                case Parsed.Ok<BoardDraft>(BoardDraft draft) -> drafts.add(draft);
                case Parsed.Rejected<BoardDraft> rejected -> throw new BadRequestException(
                        (asked.size() > 1 ? "board " + (i + 1) + ": " : "") + rejected.reason());
            }
        }
        Boards.AddResult result = boards.create(ctx.pathParam("username"), drafts);
        Map<String, Object> answer = added(result);
        answer.put("created", Views.boards(result.added()));
        ctx.jsonStream(answer);
    }

    private void upload(Context ctx) {
        Boards.AddResult result = boards.upload(ctx.pathParam("username"), Uploads.required(ctx, "csv", "file"));
        Map<String, Object> answer = added(result);
        answer.put("added", result.added().size());
        answer.put("errors", result.errors());
        ctx.jsonStream(answer);
    }

    private static Map<String, Object> added(Boards.AddResult result) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("board_count", result.sync().boards().size());
        answer.put("synced", result.sync().synced());
        answer.put("boards", Views.boards(result.sync().boards()));
        answer.put("skipped", result.skipped());
        answer.put("sync", AccountRoutes.sync(result.sync()));
        return answer;
    }

    private void sync(Context ctx) {
        BoardSyncResult result = boards.sync(ctx.pathParam("username"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("fetched_boards", result.fetchedBoards());
        answer.put("created_boards", result.createdBoards());
        answer.put("errors", result.errors());
        answer.put("boards", Views.boards(result.boards()));
        ctx.jsonStream(answer);
    }

    private void delete(Context ctx) {
        boards.delete(ctx.pathParam("username"), ctx.pathParam("board_id"));
        ctx.jsonStream(Map.of("success", true, "message", "Board " + ctx.pathParam("board_id") + " deleted"));
    }
}
