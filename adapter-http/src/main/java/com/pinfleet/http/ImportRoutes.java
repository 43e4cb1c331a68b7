package com.pinfleet.http;

import com.pinfleet.application.board.BoardSyncJob;
import com.pinfleet.application.board.BoardSyncQueue;
import com.pinfleet.application.imports.ImportFiles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Imports of many accounts' files at once, and the progress of the board syncs they queue. */
final class ImportRoutes {

    private final ImportFiles imports;
    private final BoardSyncQueue boardSyncs;

    ImportRoutes(ImportFiles imports, BoardSyncQueue boardSyncs) {
        this.imports = imports;
        this.boardSyncs = boardSyncs;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/accounts/bulk-upload", this::bulkUpload);
        routes.post("/api/accounts/sync", this::syncLegacy);
        routes.get("/api/accounts/sync-status", this::syncStatus);
        routes.post("/api/import/cookies", this::cookies);
        routes.post("/api/import/boards", ctx -> files(ctx, imports.boards(Uploads.all(ctx, "files"))));
        routes.post("/api/import/save-queue", ctx -> files(ctx, imports.saveQueues(Uploads.all(ctx, "files"))));
        routes.post("/api/import/pins", ctx -> files(ctx, imports.pins(Uploads.all(ctx, "files"))));
    }

    private void cookies(Context ctx) {
        ImportFiles.CredentialImport result = imports.cookies(Uploads.required(ctx, "zip", "file"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("updated_count", result.updated().size());
        answer.put("skipped_count", result.skipped().size());
        answer.put("error_count", result.errors().size());
        answer.put("updated", result.updated().stream().map(ImportRoutes::credentials).toList());
        answer.put("skipped", result.skipped().stream()
                .map(username -> Map.of("username", username, "reason", ImportFiles.NO_SUCH_ACCOUNT)).toList());
        answer.put("errors", result.errors());
        answer.put("sync_queued", result.syncQueued());
        ctx.jsonStream(answer);
    }

    private void bulkUpload(Context ctx) {
        ImportFiles.CredentialImport result = imports.bulkUpload(Uploads.all(ctx, "files"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("created", result.updated().stream().filter(ImportFiles.CredentialUpdate::created).count());
        answer.put("updated", result.updated().stream().filter(update -> !update.created()).count());
        answer.put("accounts", result.updated().stream().map(ImportRoutes::credentials).toList());
        answer.put("errors", result.errors());
        answer.put("sync_queued", result.syncQueued());
        ctx.jsonStream(answer);
    }

    private static Map<String, Object> credentials(ImportFiles.CredentialUpdate update) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", update.username());
        view.put("created", update.created());
        view.put("cookies", update.cookies());
        view.put("fingerprint", update.fingerprint());
        view.put("auth_status", update.authStatus().wireName());
        view.put("warnings", update.warnings());
        view.put("notes", update.notes());
        return view;
    }

    private void syncLegacy(Context ctx) {
        ImportFiles.LegacySync result = imports.syncLegacy();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("imported", result.imported().size());
        answer.put("skipped", result.skipped().size());
        answer.put("sync_queued", result.syncQueued());
        answer.put("errors", result.errors());
        answer.put("warnings", result.warnings());
        answer.put("notes", result.notes());
        answer.put("imported_usernames", result.imported());
        answer.put("skipped_usernames", result.skipped());
        ctx.jsonStream(answer);
    }

    private void syncStatus(Context ctx) {
        BoardSyncQueue.Progress progress = boardSyncs.progress();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("in_progress", progress.inProgress());
        answer.put("total", progress.jobs().size());
        answer.put("queued", progress.queued());
        answer.put("running", progress.running());
        answer.put("done", progress.done());
        answer.put("failed", progress.failed());
        answer.put("jobs", progress.jobs().stream().map(ImportRoutes::job).toList());
        ctx.jsonStream(answer);
    }

    private static Map<String, Object> job(BoardSyncJob job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", job.username());
        view.put("status", job.status());
        view.put("queued_at", job.queuedAt());
        view.put("finished_at", job.finishedAt());
        view.put("fetched_boards", job.fetchedBoards());
        view.put("created_boards", job.createdBoards());
        view.put("error", job.error());
        return view;
    }

    private static void files(Context ctx, List<ImportFiles.FileOutcome> outcomes) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("imported_files", outcomes.stream().filter(ImportFiles.FileOutcome::applied).count());
        answer.put("error_count", outcomes.stream().filter(outcome -> !outcome.applied()).count());
        answer.put("files", outcomes.stream().map(ImportRoutes::outcome).toList());
        ctx.jsonStream(answer);
    }

    private static Map<String, Object> outcome(ImportFiles.FileOutcome outcome) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("file", outcome.file());
        view.put("username", outcome.username());
        if (outcome.applied()) {
            view.put("added", outcome.added());
            view.put("skipped", outcome.skipped());
        } else {
            view.put("error", outcome.error());
        }
        view.put("errors", outcome.errors());
        return view;
    }
}
