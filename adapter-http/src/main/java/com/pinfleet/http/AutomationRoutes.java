package com.pinfleet.http;

import com.pinfleet.application.engine.Automation;
import com.pinfleet.application.engine.JobStatus;
import com.pinfleet.application.engine.RecentRuns;
import com.pinfleet.application.engine.RunRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Switching automation on and off, starting sessions by hand, and what automation did. */
final class AutomationRoutes {

    private final Automation automation;
    private final RecentRuns recentRuns;
    private final Bodies bodies;

    AutomationRoutes(Automation automation, RecentRuns recentRuns, Bodies bodies) {
        this.automation = automation;
        this.recentRuns = recentRuns;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/automation/batch/enable", ctx -> batch(ctx, automation::enableAll));
        routes.post("/api/automation/batch/disable", ctx -> batch(ctx, automation::disableAll));
        routes.get("/api/automation/status", this::status);
        routes.post("/api/automation/{username}/enable", this::enable);
        routes.post("/api/automation/{username}/disable", this::disable);
        routes.post("/api/automation/{username}/run-now", this::runNow);
        routes.get("/api/activity/recent", this::recent);
    }

    private void enable(Context ctx) {
        String username = ctx.pathParam("username");
        automation.enable(username);
        ctx.jsonStream(Map.of("success", true, "message", "Automation enabled for " + username));
    }

    private void disable(Context ctx) {
        String username = ctx.pathParam("username");
        automation.disable(username);
        ctx.jsonStream(Map.of("success", true, "message", "Automation disabled for " + username));
    }

    private void runNow(Context ctx) {
        String username = ctx.pathParam("username");
        automation.runNow(username);
        ctx.jsonStream(Map.of("success", true, "message", "Session started for " + username));
    }

    private record Usernames(List<String> usernames) {
    }

    private interface BatchAction {
        Map<String, String> apply(List<String> usernames);
    }

    private void batch(Context ctx, BatchAction action) {
        Usernames body = bodies.read(ctx, Usernames.class);
        Map<String, String> results = action.apply(Bodies.required(body.usernames(), "usernames"));
        ctx.jsonStream(Map.of("success", true, "results", results));
    }

    private void status(Context ctx) {
        Map<String, Object> jobs = new LinkedHashMap<>();
        automation.status().forEach((username, job) -> jobs.put(username, job(job)));
        ctx.jsonStream(Map.of("jobs", jobs));
    }

    private static Map<String, Object> job(JobStatus job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("active", job.active());
        view.put("status", job.status().wireName());
        view.put("next_run", Views.epochSeconds(job.nextRun()));
        view.put("sessions_today", job.sessionsToday());
        view.put("sessions_remaining", job.sessionsRemaining());
        view.put("pins_saved", job.pinsSaved());
        view.put("pins_created", job.pinsCreated());
        view.put("error", job.error());
        return view;
    }

    private void recent(Context ctx) {
        int limit = Params.clampedInt(ctx, "limit", 50, RecentRuns.MAX_LIMIT);
        ctx.jsonStream(Map.of("runs", recentRuns.latest(limit).stream().map(AutomationRoutes::run).toList()));
    }

    private static Map<String, Object> run(RunRecord run) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", run.id());
        view.put("username", run.username());
        view.put("run_type", run.type().wireName());
        view.put("trigger", run.trigger());
        view.put("status", run.status().wireName());
        view.put("started_at", run.startedAt());
        view.put("finished_at", run.finishedAt());
        view.put("pins_saved", run.pinsSaved());
        view.put("pins_created", run.pinsCreated());
        view.put("failures", run.failures());
        view.put("message", run.message());
        return view;
    }
}
