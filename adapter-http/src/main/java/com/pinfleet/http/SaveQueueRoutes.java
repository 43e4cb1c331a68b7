package com.pinfleet.http;

import com.pinfleet.application.queue.SaveQueue;
import com.pinfleet.domain.queue.QueueCounts;
import com.pinfleet.domain.queue.SaveItem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An account's save queue: listed with counts, filled from files, pruned. */
final class SaveQueueRoutes {

    private final SaveQueue saveQueue;

    SaveQueueRoutes(SaveQueue saveQueue) {
        this.saveQueue = saveQueue;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/accounts/{username}/save-queue", this::list);
        routes.post("/api/accounts/{username}/save-queue/upload", this::upload);
        routes.post("/api/accounts/{username}/save-queue/clear-done", this::clearDone);
        routes.delete("/api/accounts/{username}/save-queue/{index}", this::remove);
    }

    private void list(Context ctx) {
        SaveQueue.Listing listing = saveQueue.list(ctx.pathParam("username"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < listing.items().size(); i++) {
            items.add(Views.saveItem(i, listing.items().get(i)));
        }
        ctx.jsonStream(Map.of("items", items, "counts", counts(listing.counts())));
    }

    static Map<String, Object> counts(QueueCounts counts) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", counts.total());
        view.put("pending", counts.pending());
        view.put("in_progress", counts.inProgress());
        view.put("saved", counts.saved());
        view.put("failed", counts.failed());
        view.put("uncertain", counts.uncertain());
        return view;
    }

    private void upload(Context ctx) {
        SaveQueue.UploadResult result = saveQueue.upload(ctx.pathParam("username"),
                Uploads.required(ctx, "file", "csv"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("added", result.added());
        answer.put("skipped", result.duplicates());
        answer.put("errors", result.errors());
        answer.put("total", result.total());
        ctx.jsonStream(answer);
    }

    private void remove(Context ctx) {
        int index = Params.pathInt(ctx, "index");
        SaveItem removed = saveQueue.removeAt(ctx.pathParam("username"), index);
        ctx.jsonStream(Map.of("success", true, "removed", Views.saveItem(index, removed)));
    }

    private void clearDone(Context ctx) {
        String username = ctx.pathParam("username");
        int removed = saveQueue.clearDone(username);
        ctx.jsonStream(Map.of("success", true, "removed", removed,
                "total", saveQueue.list(username).counts().total()));
    }
}
