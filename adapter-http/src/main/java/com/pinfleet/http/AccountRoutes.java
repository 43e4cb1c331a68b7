package com.pinfleet.http;

import com.pinfleet.application.account.AccountEntry;
import com.pinfleet.application.account.AccountQuery;
import com.pinfleet.application.account.AccountViews;
import com.pinfleet.application.account.AddAccounts;
import com.pinfleet.application.account.RemoveAccounts;
import com.pinfleet.application.board.BoardSyncResult;
import com.pinfleet.application.board.Boards;
import com.pinfleet.application.common.PageRequest;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Listing, reading, adding and deleting accounts. */
final class AccountRoutes {

    private final AddAccounts addAccounts;
    private final AccountViews accountViews;
    private final RemoveAccounts removeAccounts;
    private final Boards boards;
    private final Bodies bodies;
    private final Views views;

    AccountRoutes(AddAccounts addAccounts, AccountViews accountViews, RemoveAccounts removeAccounts, Boards boards,
                  Bodies bodies, Views views) {
        this.addAccounts = addAccounts;
        this.accountViews = accountViews;
        this.removeAccounts = removeAccounts;
        this.boards = boards;
        this.bodies = bodies;
        this.views = views;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/accounts/batch/delete", this::deleteMany);
        routes.post("/api/accounts/add", this::add);
        routes.post("/api/accounts/bulk-import", this::bulkImport);
        routes.get("/api/accounts", this::list);
        routes.get("/api/accounts/{username}", this::detail);
        routes.delete("/api/accounts/{username}", this::delete);
    }

    private void list(Context ctx) {
        AccountQuery query = new AccountQuery(ctx.queryParam("search"), ctx.queryParam("category"),
                Params.optionalLong(ctx, "category_id"), ctx.queryParam("proxy_mode"), ctx.queryParam("status"),
                ctx.queryParam("direct_save"), ctx.queryParam("week"),
                Params.clampedInt(ctx, "page", 1, Integer.MAX_VALUE),
                Params.clampedInt(ctx, "per_page", 50, PageRequest.MAX_PER_PAGE));
        AccountViews.Listing listing = accountViews.list(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accounts", listing.page().items().stream().map(item -> views.account(item, listing.tree())).toList());
        body.put("total", listing.page().total());
        body.put("page", listing.page().page());
        body.put("per_page", listing.page().perPage());
        body.put("total_pages", listing.page().totalPages());
        body.put("total_all", listing.totalAll());
        body.put("categories_tree", Views.categoryTree(listing.tree(), null, listing.accountsPerCategory()));
        body.put("uncategorized_count", listing.uncategorized());
        ctx.json(body);
    }

    private void detail(Context ctx) {
        AccountViews.Detail detail = accountViews.detail(ctx.pathParam("username"));
        Map<String, Object> body = views.account(detail.overview(), detail.tree());
        body.put("boards", Views.boards(detail.boards()));
        body.put("board_count", detail.boards().size());
        body.put("limits", limits(detail.limits()));
        ctx.json(body);
    }

    private static Map<String, Object> limits(AccountViews.Limits limits) {
        Map<String, Object> saves = new LinkedHashMap<>();
        saves.put("min", limits.scheduleRow().minSaves());
        saves.put("max", limits.savesOverride() == null ? limits.scheduleRow().maxSaves()
                : Math.min(limits.savesOverride(), limits.scheduleRow().maxSaves()));
        saves.put("source", limits.savesSource().name().toLowerCase(Locale.ROOT));
        saves.put("schedule_max", limits.scheduleRow().maxSaves());
        saves.put("override", limits.savesOverride());
        saves.put("today_target", limits.todayTarget());
        Map<String, Object> creates = new LinkedHashMap<>();
        creates.put("daily_creates", limits.dailyCreates());
        creates.put("source", limits.createsSource().name().toLowerCase(Locale.ROOT));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("automation_day", limits.dayNumber());
        view.put("saves_per_day", saves);
        view.put("creates_per_day", creates);
        return view;
    }

    private record AddBody(String username, String proxy, String proxyMode, String category, Long categoryId) {
    }

    private void add(Context ctx) {
        AccountEntry entry;
        byte[] cookies = null;
        byte[] fingerprint = null;
        if (ctx.isMultipartFormData()) {
            entry = new AccountEntry(Uploads.field(ctx, "username"), Uploads.field(ctx, "proxy"),
                    Uploads.field(ctx, "proxy_mode"), Uploads.field(ctx, "category"),
                    Params.longOrNull(Uploads.field(ctx, "category_id"), "category_id"));
            cookies = Uploads.optional(ctx, "cookies").map(UploadedFile::content).orElse(null);
            fingerprint = Uploads.optional(ctx, "fingerprint").map(UploadedFile::content).orElse(null);
        } else {
            AddBody body = bodies.read(ctx, AddBody.class);
            entry = new AccountEntry(body.username(), body.proxy(), body.proxyMode(), body.category(),
                    body.categoryId());
        }
        Account account = addAccounts.add(entry, cookies, fingerprint);
        BoardSyncResult sync = boards.syncIfConnected(account);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("username", account.username().value());
        body.put("auth_status", account.authStatus().wireName());
        body.put("sync", sync(sync));
        ctx.json(body);
    }

    static Map<String, Object> sync(BoardSyncResult sync) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("synced", sync.synced());
        view.put("fetched_boards", sync.fetchedBoards());
        view.put("created_boards", sync.createdBoards());
        view.put("errors", sync.errors());
        return view;
    }

    private record BulkBody(List<AddBody> accounts) {
    }

    private void bulkImport(Context ctx) {
        BulkBody body = bodies.read(ctx, BulkBody.class);
        List<AccountEntry> entries = Bodies.required(body.accounts(), "accounts").stream()
                .map(item -> item == null ? new AccountEntry(null, null, null, null, null)
                        : new AccountEntry(item.username(), item.proxy(), item.proxyMode(), item.category(),
                        item.categoryId()))
                .toList();
        AddAccounts.BulkImportResult result = addAccounts.bulkImport(entries);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("imported", result.imported().size());
        answer.put("skipped", result.skipped().size());
        answer.put("sync_queued", result.imported().stream()
                .filter(account -> account.authStatus() == AuthStatus.CONNECTED).count());
        answer.put("errors", result.errors());
        answer.put("skipped_usernames", result.skipped());
        ctx.json(answer);
    }

    private void delete(Context ctx) {
        removeAccounts.delete(ctx.pathParam("username"));
        ctx.json(Map.of("success", true, "message", "Account " + ctx.pathParam("username") + " deleted"));
    }

    private record Usernames(List<String> usernames) {
    }

    private void deleteMany(Context ctx) {
        Usernames body = bodies.read(ctx, Usernames.class);
        ctx.json(Map.of("success", true, "results", removeAccounts.deleteAll(Bodies.required(body.usernames(),
                "usernames"))));
    }
}
