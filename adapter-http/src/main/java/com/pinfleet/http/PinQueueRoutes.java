package com.pinfleet.http;

import com.pinfleet.application.queue.PinQueue;
import com.pinfleet.domain.pin.PinDraftStatus;
import com.pinfleet.domain.pin.QueuedPin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An account's queue of pins to create: listed with counts, added to, edited, pruned, filled from CSV. */
final class PinQueueRoutes {

    private final PinQueue pinQueue;
    private final Bodies bodies;

    PinQueueRoutes(PinQueue pinQueue, Bodies bodies) {
        this.pinQueue = pinQueue;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/accounts/{username}/pins/queue", this::list);
        routes.post("/api/accounts/{username}/pins/queue", this::add);
        routes.put("/api/accounts/{username}/pins/queue/{index}", this::edit);
        routes.delete("/api/accounts/{username}/pins/queue/{index}", this::remove);
        routes.post("/api/accounts/{username}/pins/upload-csv", this::upload);
    }

    private void list(Context ctx) {
        PinQueue.Listing listing = pinQueue.list(ctx.pathParam("username"));
        List<Map<String, Object>> pins = new ArrayList<>();
        for (int i = 0; i < listing.pins().size(); i++) {
            pins.add(pin(i, listing.pins().get(i)));
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", listing.pins().size());
        for (PinDraftStatus status : PinDraftStatus.values()) {
            counts.put(status.wireName(), listing.counts().getOrDefault(status, 0));
        }
        ctx.jsonStream(Map.of("pins", pins, "counts", counts));
    }

    private record PinBody(String boardId, String board, String imageUrl, String title, String description,
                           String link, String altText) {

        PinQueue.PinRequest request() {
            return new PinQueue.PinRequest(boardId, board, imageUrl, title, description, link, altText);
        }
    }

    private void add(Context ctx) {
        QueuedPin added = pinQueue.add(ctx.pathParam("username"), bodies.read(ctx, PinBody.class).request());
        ctx.jsonStream(Map.of("success", true, "pin", pin(-1, added)));
    }

    private void edit(Context ctx) {
        int index = Params.pathInt(ctx, "index");
        QueuedPin edited = pinQueue.edit(ctx.pathParam("username"), index, bodies.read(ctx, PinBody.class).request());
        ctx.jsonStream(Map.of("success", true, "pin", pin(index, edited)));
    }

    private void remove(Context ctx) {
        int index = Params.pathInt(ctx, "index");
        QueuedPin removed = pinQueue.remove(ctx.pathParam("username"), index);
        ctx.jsonStream(Map.of("success", true, "removed", pin(index, removed)));
    }

    private void upload(Context ctx) {
        PinQueue.UploadResult result = pinQueue.upload(ctx.pathParam("username"),
                Uploads.required(ctx, "csv", "file"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("added", result.added());
        answer.put("skipped", result.duplicates());
        answer.put("errors", result.errors());
        answer.put("total", result.total());
        ctx.jsonStream(answer);
    }

    private static Map<String, Object> pin(int index, QueuedPin pin) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (index >= 0) {
            view.put("index", index);
        }
        view.put("board", pin.draft().boardName());
        view.put("image_url", pin.draft().imageUrl());
        view.put("title", pin.draft().title());
        view.put("description", pin.draft().description());
        view.put("link", pin.draft().link());
        view.put("alt_text", pin.draft().altText());
        view.put("keywords", pin.draft().keywords());
        view.put("publish_at", pin.draft().publishAt());
        view.put("status", pin.status().wireName());
        view.put("pin_id", pin.pinId());
        view.put("error", pin.error());
        view.put("added_at", pin.createdAt());
        return view;
    }
}
