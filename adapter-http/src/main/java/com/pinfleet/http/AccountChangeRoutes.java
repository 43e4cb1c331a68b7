package com.pinfleet.http;

import com.pinfleet.application.account.AccountChange;
import com.pinfleet.application.account.AccountUpdate;
import com.pinfleet.application.account.AccountViews;
import com.pinfleet.application.account.CategoryChoice;
import com.pinfleet.application.account.ChangeAccounts;
import com.pinfleet.application.engine.PlannedSession;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.DailyLimits;
import com.pinfleet.domain.proxy.ProxyMode;
import com.pinfleet.domain.schedule.SmartSavesSchedule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Changing accounts: files, proxy, category, name, direct save, limits, one at a time or in batches. */
final class AccountChangeRoutes {

    private static final Set<String> UPDATE_FIELDS = Set.of("cookies", "fingerprint", "proxy", "category",
            "category_id");

    private final ChangeAccounts change;
    private final AccountViews accountViews;
    private final Bodies bodies;

    AccountChangeRoutes(ChangeAccounts change, AccountViews accountViews, Bodies bodies) {
        this.change = change;
        this.accountViews = accountViews;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/accounts/batch/set-category", this::setCategoryOfAll);
        routes.post("/api/accounts/batch/proxy-mode", this::setProxyModeOfAll);
        routes.post("/api/accounts/batch/direct-save", this::setDirectSaveOfAll);
        routes.post("/api/automation/batch/saves-limit", this::setSavesLimitOfAll);
        routes.post("/api/automation/batch/creates-limit", this::setCreatesLimitOfAll);
        routes.put("/api/accounts/{username}/update", this::update);
        routes.post("/api/accounts/{username}/update", this::update);
        routes.post("/api/accounts/{username}/rename", this::rename);
        routes.post("/api/accounts/{username}/proxy-mode", this::setProxyMode);
        routes.patch("/api/accounts/{username}/direct-save", this::setDirectSave);
        routes.post("/api/accounts/{username}/saves-limit", this::setSavesLimit);
        routes.post("/api/accounts/{username}/creates-limit", this::setCreatesLimit);
        routes.get("/api/accounts/{username}/schedule", this::schedule);
        routes.post("/api/accounts/{username}/schedule", this::schedule);
    }

    private record UpdateBody(String proxy, String category, Long categoryId) {
    }

    /** A form (multipart with files, or URL-encoded with the files' text), or JSON with the fields only. */
    private void update(Context ctx) {
        AccountUpdate update;
        if (ctx.isMultipartFormData() || ctx.isFormUrlencoded()) {
            Uploads.onlyFileFields(ctx, AccountRoutes.CREDENTIAL_FIELDS);
            Uploads.onlyTextFields(ctx, UPDATE_FIELDS);
            update = new AccountUpdate(
                    Uploads.fileOrText(ctx, "cookies").orElse(null),
                    Uploads.fileOrText(ctx, "fingerprint").orElse(null),
                    Uploads.field(ctx, "proxy"), Uploads.field(ctx, "category"),
                    Params.longOrNull(Uploads.field(ctx, "category_id"), "category_id"));
        } else {
            UpdateBody body = bodies.readOnlyKnown(ctx, UpdateBody.class);
            update = new AccountUpdate(null, null, body.proxy(), body.category(), body.categoryId());
        }
        AccountChange changed = change.update(ctx.pathParam("username"), update);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("username", changed.account().username().value());
        answer.put("auth_status", changed.account().authStatus().wireName());
        answer.put("warnings", changed.warnings());
        answer.put("notes", changed.notes());
        ctx.jsonStream(answer);
    }

    private record RenameBody(String newUsername) {
    }

    private void rename(Context ctx) {
        RenameBody body = bodies.read(ctx, RenameBody.class);
        Account account = change.rename(ctx.pathParam("username"), Bodies.required(body.newUsername(),
                "new_username"));
        ctx.jsonStream(Map.of("success", true, "username", account.username().value()));
    }

    private record ProxyModeBody(String mode, String proxy) {
    }

    private void setProxyMode(Context ctx) {
        ProxyModeBody body = bodies.read(ctx, ProxyModeBody.class);
        Account account = change.setProxyMode(ctx.pathParam("username"), Bodies.required(body.mode(), "mode"),
                body.proxy());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("proxy_mode", account.proxyMode().wireName());
        // The proxy in use, as the reference shows it: none for direct, though the account keeps its own.
        answer.put("proxy", account.maskedProxy() == null || account.proxyMode() == ProxyMode.DIRECT ? ""
                : account.maskedProxy());
        answer.put("location", account.location() == null ? "" : account.location());
        ctx.jsonStream(answer);
    }

    private record DirectSaveBody(Boolean enabled) {
    }

    private void setDirectSave(Context ctx) {
        DirectSaveBody body = bodies.read(ctx, DirectSaveBody.class);
        boolean enabled = Bodies.required(body.enabled(), "enabled");
        change.setDirectSave(ctx.pathParam("username"), enabled);
        ctx.jsonStream(Map.of("success", true, "direct_save_enabled", enabled));
    }

    /**
     * The limit a body sets ({@code field}), or null when it asks to clear it ({@code "clear": true}); asking for
     * both is refused rather than one of them being dropped.
     */
    private static Integer limitOrClear(Integer value, Boolean clear, String field) {
        if (Boolean.TRUE.equals(clear)) {
            if (value != null) {
                throw new BadRequestException("'clear' and '" + field + "' contradict each other: send"
                        + " {\"clear\": true} to clear the limit, or {\"" + field + "\": ...} to set it");
            }
            return null;
        }
        return Bodies.required(value, field);
    }

    private record SavesLimitBody(Integer dailySavesLimitMax, Boolean clear) {
    }

    private void setSavesLimit(Context ctx) {
        SavesLimitBody body = bodies.read(ctx, SavesLimitBody.class);
        Integer limit = limitOrClear(body.dailySavesLimitMax(), body.clear(), "daily_saves_limit_max");
        change.setSavesLimit(ctx.pathParam("username"), limit);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("daily_saves_limit_max", limit);
        ctx.jsonStream(answer);
    }

    private record CreatesLimitBody(Integer dailyCreates, Boolean clear) {
    }

    /** Sets pins created a day, or with {@code "clear": true} goes back to the default; answers what is in force. */
    private void setCreatesLimit(Context ctx) {
        CreatesLimitBody body = bodies.read(ctx, CreatesLimitBody.class);
        Integer limit = limitOrClear(body.dailyCreates(), body.clear(), "daily_creates");
        change.setCreatesLimit(ctx.pathParam("username"), limit);
        ctx.jsonStream(Map.of("success", true, "daily_creates",
                limit == null ? DailyLimits.DEFAULT_DAILY_CREATES : limit));
    }

    private void schedule(Context ctx) {
        AccountViews.ScheduleView view = accountViews.schedule(ctx.pathParam("username"));
        AccountViews.Limits limits = view.limits();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("username", view.account().username().value());
        answer.put("managed_by", "smart_saves_schedule");
        answer.put("message", "Sessions are planned by smart automation from the smart saves schedule and the"
                + " account's limits; change those to change the plan");
        answer.put("automation_enabled", view.enabled());
        answer.put("automation_day", limits.dayNumber());
        answer.put("week", limits.dayNumber() == null ? null
                : SmartSavesSchedule.week(limits.dayNumber()));
        answer.put("schedule_row", limits.scheduleRow());
        answer.put("daily_saves_limit_max", limits.savesOverride());
        answer.put("daily_creates", limits.dailyCreates());
        answer.put("next_run", Views.epochSeconds(view.nextRun()));
        answer.put("today", view.today() == null ? null : today(view));
        ctx.jsonStream(answer);
    }

    private static Map<String, Object> today(AccountViews.ScheduleView view) {
        Map<String, Object> today = new LinkedHashMap<>();
        today.put("date", view.today().day());
        today.put("save_target", view.limits().todayTarget());
        today.put("create_target", view.today().createTarget());
        today.put("sessions", view.today().sessions().stream().map(AccountChangeRoutes::session).toList());
        return today;
    }

    private static Map<String, Object> session(PlannedSession session) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("due_at", session.dueAt());
        view.put("done_at", session.doneAt());
        return view;
    }

    private record BatchBody(List<String> usernames, String mode, Boolean enabled,
                             Integer dailySavesLimitMax, Boolean clear, Integer dailyCreates) {
    }

    private BatchBody batch(Context ctx) {
        BatchBody body = bodies.read(ctx, BatchBody.class);
        Bodies.required(body.usernames(), "usernames");
        return body;
    }

    private record SetCategoryBody(List<String> usernames, Long categoryId, String category) {
    }

    /** The category must be named: a body without one would otherwise file every account under none. */
    private void setCategoryOfAll(Context ctx) {
        SetCategoryBody body = bodies.readOnlyKnown(ctx, SetCategoryBody.class);
        Bodies.required(body.usernames(), "usernames");
        boolean hasId = bodies.has(ctx, "category_id");
        if (!hasId && !bodies.has(ctx, "category")) {
            throw new BadRequestException("field 'category_id' is required (a category's id, or null to file the"
                    + " accounts under no category), or 'category' with a name or path");
        }
        if (hasId && body.categoryId() == null && body.category() != null && !body.category().isBlank()) {
            throw new BadRequestException("category_id null (no category) and category '" + body.category().strip()
                    + "' contradict each other; give one of them");
        }
        results(ctx, change.setCategoryOfAll(body.usernames(), new CategoryChoice(body.category(),
                body.categoryId())));
    }

    private void setProxyModeOfAll(Context ctx) {
        BatchBody body = batch(ctx);
        results(ctx, change.setProxyModeOfAll(body.usernames(), Bodies.required(body.mode(), "mode")));
    }

    private void setDirectSaveOfAll(Context ctx) {
        BatchBody body = batch(ctx);
        results(ctx, change.setDirectSaveOfAll(body.usernames(), Bodies.required(body.enabled(), "enabled")));
    }

    private void setSavesLimitOfAll(Context ctx) {
        BatchBody body = batch(ctx);
        Integer limit = limitOrClear(body.dailySavesLimitMax(), body.clear(), "daily_saves_limit_max");
        results(ctx, change.setSavesLimitOfAll(body.usernames(), limit));
    }

    private void setCreatesLimitOfAll(Context ctx) {
        BatchBody body = batch(ctx);
        Integer limit = limitOrClear(body.dailyCreates(), body.clear(), "daily_creates");
        results(ctx, change.setCreatesLimitOfAll(body.usernames(), limit));
    }

    private static void results(Context ctx, Map<String, String> results) {
        ctx.jsonStream(Map.of("success", true, "results", results));
    }
}
