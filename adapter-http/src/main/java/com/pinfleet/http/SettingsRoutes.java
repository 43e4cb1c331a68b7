package com.pinfleet.http;

import com.pinfleet.application.security.AdminAccount;
import com.pinfleet.application.security.ApiKeys;
import com.pinfleet.application.settings.ServerSettings;
import com.pinfleet.domain.schedule.ScheduleRow;
import com.pinfleet.domain.schedule.SmartSavesSchedule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operator's login, the API key, session concurrency and the smart saves schedule. */
final class SettingsRoutes {

    private final AdminAccount admin;
    private final ApiKeys apiKeys;
    private final ServerSettings settings;
    private final Bodies bodies;
    private final String version;

    SettingsRoutes(AdminAccount admin, ApiKeys apiKeys, ServerSettings settings, Bodies bodies, String version) {
        this.admin = admin;
        this.apiKeys = apiKeys;
        this.settings = settings;
        this.bodies = bodies;
        this.version = version;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/settings", this::show);
        routes.post("/api/settings/password", this::changePassword);
        routes.post("/api/settings/username", this::changeUsername);
        routes.post("/api/settings/concurrency", this::setConcurrency);
        routes.post("/api/settings/secret-key/regenerate", this::regenerateSecretKey);
        routes.get("/api/settings/api-key", this::apiKeyInfo);
        routes.post("/api/settings/api-key/regenerate", this::regenerateApiKey);
        routes.post("/api/settings/api-key/revoke", this::revokeApiKey);
        routes.get("/api/settings/smart-saves-schedule", this::schedule);
        routes.post("/api/settings/smart-saves-schedule", this::setSchedule);
        routes.post("/api/settings/smart-saves-schedule/reset", this::resetSchedule);
    }

    private void show(Context ctx) {
        ctx.jsonStream(Map.of("username", admin.username(), "max_concurrent", settings.maxConcurrent(),
                "version", version));
    }

    private record PasswordChange(String currentPassword, String newPassword) {
    }

    private void changePassword(Context ctx) {
        PasswordChange body = bodies.read(ctx, PasswordChange.class);
        admin.changePassword(Bodies.required(body.currentPassword(), "current_password"),
                Bodies.required(body.newPassword(), "new_password"), ctx.ip());
        ctx.jsonStream(Map.of("success", true, "message", "Password changed: every browser session has ended"));
    }

    private record UsernameChange(String newUsername) {
    }

    private void changeUsername(Context ctx) {
        UsernameChange body = bodies.read(ctx, UsernameChange.class);
        admin.changeUsername(Bodies.required(body.newUsername(), "new_username"));
        ctx.jsonStream(Map.of("success", true, "username", admin.username()));
    }

    private record Concurrency(Integer maxConcurrent) {
    }

    private void setConcurrency(Context ctx) {
        Concurrency body = bodies.read(ctx, Concurrency.class);
        settings.setMaxConcurrent(Bodies.required(body.maxConcurrent(), "max_concurrent"));
        ctx.jsonStream(Map.of("success", true, "max_concurrent", settings.maxConcurrent()));
    }

    private void regenerateSecretKey(Context ctx) {
        admin.regenerateSecretKey();
        ctx.jsonStream(Map.of("success", true, "message", "Secret key regenerated: every session has ended"));
    }

    private void apiKeyInfo(Context ctx) {
        ApiKeys.ApiKeyInfo info = apiKeys.info();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exists", info.exists());
        body.put("prefix", info.prefix());
        body.put("masked", info.masked());
        ctx.jsonStream(body);
    }

    private void regenerateApiKey(Context ctx) {
        String key = apiKeys.regenerate();
        ctx.jsonStream(Map.of("ok", true, "api_key", key, "message", "Copy it now — it will not be shown again."));
    }

    private void revokeApiKey(Context ctx) {
        apiKeys.revoke();
        ctx.jsonStream(Map.of("ok", true, "message", "API key revoked"));
    }

    private record ScheduleBody(List<ScheduleRowBody> schedule) {
    }

    private record ScheduleRowBody(Integer dayThreshold, Integer minSaves, Integer maxSaves) {
    }

    private void schedule(Context ctx) {
        SmartSavesSchedule schedule = settings.smartSavesSchedule();
        ctx.jsonStream(Map.of("schedule", rows(schedule), "is_default", schedule.equals(SmartSavesSchedule.DEFAULT)));
    }

    private void setSchedule(Context ctx) {
        ScheduleBody body = bodies.read(ctx, ScheduleBody.class);
        List<ScheduleRowBody> given = Bodies.required(body.schedule(), "schedule");
        List<ScheduleRow> rows = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String row = "schedule[" + (i + 1) + "].";
            ScheduleRowBody present = Bodies.required(given.get(i), "schedule[" + (i + 1) + "]");
            rows.add(new ScheduleRow(Bodies.required(present.dayThreshold(), row + "day_threshold"),
                    Bodies.required(present.minSaves(), row + "min_saves"),
                    Bodies.required(present.maxSaves(), row + "max_saves")));
        }
        SmartSavesSchedule schedule = new SmartSavesSchedule(rows);
        settings.setSmartSavesSchedule(schedule);
        ctx.jsonStream(Map.of("success", true, "schedule", rows(schedule)));
    }

    private void resetSchedule(Context ctx) {
        settings.resetSmartSavesSchedule();
        ctx.jsonStream(Map.of("success", true, "schedule", rows(SmartSavesSchedule.DEFAULT)));
    }

    private static List<ScheduleRow> rows(SmartSavesSchedule schedule) {
        return schedule.rows();
    }
}
