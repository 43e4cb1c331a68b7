package com.pinfleet.http;

import com.pinfleet.application.account.AccountEntry;
import com.pinfleet.application.account.AccountQuery;
import com.pinfleet.application.account.AccountViews;
import com.pinfleet.application.account.AddAccounts;
import com.pinfleet.application.account.RemoveAccounts;
import com.pinfleet.application.board.BoardSyncResult;
import com.pinfleet.application.board.Boards;
import com.pinfleet.application.common.PageRequest;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Listing, reading, adding and deleting accounts. */
final class AccountRoutes {

    static final Set<String> CREDENTIAL_FIELDS = Set.of("cookies", "fingerprint");

    private final AddAccounts addAccounts;
    private final AccountViews accountViews;
    private final RemoveAccounts removeAccounts;
    private final Boards boards;
    private final Bodies bodies;
    private final Views views;
    private final ListingWriter listingWriter;

    AccountRoutes(AddAccounts addAccounts, AccountViews accountViews, RemoveAccounts removeAccounts, Boards boards,
                  Bodies bodies, Views views, ListingWriter listingWriter) {
        this.addAccounts = addAccounts;
        this.accountViews = accountViews;
        this.removeAccounts = removeAccounts;
        this.boards = boards;
        this.bodies = bodies;
        this.views = views;
        this.listingWriter = listingWriter;
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
        body.put("categories_tree", listingWriter.tree(listing.tree(), listing.accountsPerCategory()));
        body.put("uncategorized_count", listing.uncategorized());
        listingWriter.write(ctx, body);
    }

    private void detail(Context ctx) {
        AccountViews.Detail detail = accountViews.detail(ctx.pathParam("username"));
        ctx.jsonStream(new DetailJson(views.account(detail.overview(), detail.tree()), Views.boards(detail.boards()),
                detail.boards().size(), limits(detail.limits())));
    }

    /** An account in full: what listings show, and its boards and limits. */
    private record DetailJson(@JsonUnwrapped Views.AccountJson account, List<Map<String, Object>> boards,
                              int boardCount, Map<String, Object> limits) {
    }

    private static Map<String, Object> limits(AccountViews.Limits limits) {
        Map<String, Object> saves = new LinkedHashMap<>();
        saves.put("min", limits.minSaves());
        saves.put("max", limits.maxSaves());
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
            Uploads.onlyFileFields(ctx, CREDENTIAL_FIELDS);
            cookies = Uploads.fileOrText(ctx, "cookies").orElse(null);
            fingerprint = Uploads.fileOrText(ctx, "fingerprint").orElse(null);
        } else {
            AddBody body = bodies.read(ctx, AddBody.class);
            entry = new AccountEntry(body.username(), body.proxy(), body.proxyMode(), body.category(),
                    body.categoryId());
        }
        AddAccounts.AddedAndSynced added = addAccounts.addAndSync(entry, cookies, fingerprint);
        Account account = added.account();
        BoardSyncResult sync = added.sync();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("username", account.username().value());
        body.put("auth_status", account.authStatus().wireName());
        body.put("warnings", added.warnings());
        body.put("notes", added.notes());
        body.put("sync", sync(sync));
        ctx.jsonStream(body);
    }

    static Map<String, Object> sync(BoardSyncResult sync) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("synced", sync.synced());
        view.put("fetched_boards", sync.fetchedBoards());
        view.put("created_boards", sync.createdBoards());
        view.put("errors", sync.errors());
        return view;
    }

    /** Reads each entry on its own, so that one with a field of the wrong type is a row error, not a 400. */
    private void bulkImport(Context ctx) {
        JsonNode accounts = Bodies.required(bodies.tree(ctx).get("accounts"), "accounts");
        if (!accounts.isArray()) {
            throw new BadRequestException("field 'accounts' must be a list");
        }
        List<AccountEntry> entries = new ArrayList<>();
        accounts.forEach(item -> entries.add(entry(item)));
        AddAccounts.BulkImportResult result = addAccounts.bulkImport(entries);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("imported", result.imported().size());
        answer.put("skipped", result.skipped().size());
        answer.put("sync_queued", result.imported().stream()
                .filter(account -> account.authStatus() == AuthStatus.CONNECTED).count());
        answer.put("errors", result.errors());
        answer.put("skipped_usernames", result.skipped());
        ctx.jsonStream(answer);
    }

    private static AccountEntry entry(JsonNode item) {
        if (!item.isObject()) {
            return AccountEntry.unreadable(item.toString(), "the entry is not an object");
        }
        String username = item.path("username").isTextual() ? item.get("username").asText() : item.path("username")
                .toString();
        for (String field : List.of("username", "proxy", "proxy_mode", "category")) {
            JsonNode value = item.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return AccountEntry.unreadable(username, "field '" + field + "' must be text");
            }
        }
        JsonNode categoryId = item.get("category_id");
        if (categoryId != null && !categoryId.isNull()
                && !(categoryId.isIntegralNumber() && categoryId.canConvertToLong())) {
            return AccountEntry.unreadable(username, "field 'category_id' must be a whole number");
        }
        return new AccountEntry(text(item, "username"), text(item, "proxy"), text(item, "proxy_mode"),
                text(item, "category"), categoryId == null || categoryId.isNull() ? null : categoryId.asLong());
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private void delete(Context ctx) {
        removeAccounts.delete(ctx.pathParam("username"));
        ctx.jsonStream(Map.of("success", true, "message", "Account " + ctx.pathParam("username") + " deleted"));
    }

    private record Usernames(List<String> usernames) {
    }

    private void deleteMany(Context ctx) {
        Usernames body = bodies.read(ctx, Usernames.class);
        ctx.jsonStream(Map.of("success", true, "results", removeAccounts.deleteAll(Bodies.required(body.usernames(),
                "usernames"))));
    }
}
