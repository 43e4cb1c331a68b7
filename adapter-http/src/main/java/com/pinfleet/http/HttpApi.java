package com.pinfleet.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pinfleet.application.account.AccountViews;
import com.pinfleet.application.account.AddAccounts;
import com.pinfleet.application.account.ChangeAccounts;
import com.pinfleet.application.account.RemoveAccounts;
import com.pinfleet.application.board.BoardSyncQueue;
import com.pinfleet.application.board.Boards;
import com.pinfleet.application.category.Categories;
import com.pinfleet.application.engine.Automation;
import com.pinfleet.application.engine.RecentRuns;
import com.pinfleet.application.imports.ImportFiles;
import com.pinfleet.application.queue.PinQueue;
import com.pinfleet.application.queue.SaveQueue;
import com.pinfleet.application.security.AdminAccount;
import com.pinfleet.application.security.ApiKeys;
import com.pinfleet.application.security.Authentication;
import com.pinfleet.application.settings.ServerSettings;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON API on Javalin: every route, the guard in front of them, the error table and the request log. */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    /** The use cases the API calls. */
    public record UseCases(
            Authentication authentication,
            AdminAccount admin,
            ApiKeys apiKeys,
            ServerSettings settings,
            AddAccounts addAccounts,
            AccountViews accountViews,
            ChangeAccounts changeAccounts,
            RemoveAccounts removeAccounts,
            Categories categories,
            Boards boards,
            SaveQueue saveQueue,
            PinQueue pinQueue,
            ImportFiles imports,
            BoardSyncQueue boardSyncs,
            Automation automation,
            RecentRuns recentRuns) {
    }

    private HttpApi() {
    }

    /** A server not yet started; {@code version} is reported by {@code GET /api/settings}. */
    public static Javalin create(UseCases useCases, String host, int port, String version, Clock clock) {
        ObjectMapper mapper = Json.mapper();
        Bodies bodies = new Bodies(mapper);
        Views views = new Views(clock);
        return Javalin.create(config -> {
            configure(config, mapper, host, port);
            ErrorTable.register(config.routes);
            config.routes.before(Params::requireWellEncodedQuery);
            config.routes.get("/healthz", ctx -> ctx.jsonStream(Map.of("status", "ok")));
            new AuthRoutes(useCases.authentication(), bodies).register(config.routes);
            new SettingsRoutes(useCases.admin(), useCases.apiKeys(), useCases.settings(), bodies, version)
                    .register(config.routes);
            new ImportRoutes(useCases.imports(), useCases.boardSyncs()).register(config.routes);
            new AccountChangeRoutes(useCases.changeAccounts(), useCases.accountViews(), bodies)
                    .register(config.routes);
            new AccountRoutes(useCases.addAccounts(), useCases.accountViews(), useCases.removeAccounts(),
                    useCases.boards(), bodies, views, new ListingWriter(mapper)).register(config.routes);
            new BoardRoutes(useCases.boards(), bodies).register(config.routes);
            new SaveQueueRoutes(useCases.saveQueue()).register(config.routes);
            new PinQueueRoutes(useCases.pinQueue(), bodies).register(config.routes);
            new AutomationRoutes(useCases.automation(), useCases.recentRuns(), bodies).register(config.routes);
            new CategoryRoutes(useCases.categories(), bodies).register(config.routes);
        });
    }

    private static void configure(JavalinConfig config, ObjectMapper mapper, String host, int port) {
        config.jsonMapper(new JacksonJsonMapper(mapper));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = host;
        config.jetty.port = port;
        config.http.maxRequestSize = Bodies.MAX_BYTES;
        config.http.prefer405over404 = true;
        config.jetty.multipartConfig.maxFileSize(Uploads.MAX_FILE_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(Uploads.MAX_REQUEST_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(mapper)));
        config.requestLogger.http((ctx, millis) -> LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(),
                ctx.status().getCode(), Math.round(millis)));
    }

    /** Answers the errors Jetty raises before a route is reached (a malformed request line) in JSON too. */
    private static final class JsonErrorHandler extends ErrorHandler {

        private final ObjectMapper mapper;

        JsonErrorHandler(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() >= 400 ? response.getStatus() : 400;
            response.setStatus(status);
            response.getHeaders().put("Content-Type", "application/json");
            Object reason = request.getAttribute(ERROR_MESSAGE);
            String message = "The request could not be handled (HTTP " + status
                    + (reason == null ? "" : ": " + reason) + ")";
            byte[] body;
            try {
                body = mapper.writeValueAsBytes(ErrorBody.of(message));
            } catch (JsonProcessingException e) {
                body = "{\"error\":\"The request could not be handled\"}".getBytes(StandardCharsets.UTF_8);
            }
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }
    }
}
