package com.pinfleet.http;

import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.application.common.NothingAppliedException;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.application.security.NotAuthenticatedException;
import com.pinfleet.application.security.TooManyAttemptsException;
import com.pinfleet.application.security.WrongPasswordException;
import com.pinfleet.domain.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into HTTP answers: a status from the API reference and the body
 * {@code {"error": "..."}}. An unexpected failure is a 500 that names nothing internal; it is logged once,
 * with its stack trace cut to a readable size ({@link FailureText}).
 */
final class ErrorTable {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorTable.class);

    private ErrorTable() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(NothingAppliedException.class, (e, ctx) ->
                ctx.status(400).jsonStream(new ErrorBody(e.getMessage(), e.errors())));
        routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(BadRequestException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(NotAuthenticatedException.class, (e, ctx) -> answer(ctx, 401, e.getMessage()));
        routes.exception(WrongPasswordException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        routes.exception(ForbiddenException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        routes.exception(ConflictException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        routes.exception(PayloadTooLargeException.class, (e, ctx) -> answer(ctx, 413, e.getMessage()));
        routes.exception(TooManyAttemptsException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            answer(ctx, 429, e.getMessage());
        });
        routes.exception(PinterestException.class, (e, ctx) -> {
            LOG.warn("Pinterest answered {} (code {}) to {} {}: {}", e.status(), e.code(), ctx.method(), ctx.path(),
                    e.getMessage());
            answer(ctx, 502, "Pinterest answered " + (e.status() == 0 ? "nothing" : e.status()) + ": "
                    + e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> notFound(ctx);
            case 413 -> tooLarge();
            default -> e.getMessage();
        }));
        routes.exception(Exception.class, (e, ctx) -> {
            if (isUnreadableBody(e)) {
                answer(ctx, 400, "the request body cannot be read: it ends before its stated length, or its chunked"
                        + " encoding is broken");
                return;
            }
            LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), FailureText.of(e));
            answer(ctx, 500, "Internal server error");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, notFound(ctx));
            }
        });
        routes.error(405, ctx -> answer(ctx, 405, "Method " + ctx.method() + " is not allowed on " + ctx.path()));
    }

    /** Whether reading the body failed because the client sent less, or worse, than HTTP says it must. */
    private static boolean isUnreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException || cause instanceof HttpException) {
                return true;
            }
        }
        return false;
    }

    private static String tooLarge() {
        return "request body is larger than " + mebibytes(Bodies.MAX_BYTES) + ", the most a JSON request may be;"
                + " send fewer items per request (files go as multipart/form-data uploads of up to "
                + mebibytes(Uploads.MAX_FILE_BYTES) + " each)";
    }

    private static String mebibytes(long bytes) {
        return bytes / (1024 * 1024) + " MiB";
    }

    private static String notFound(Context ctx) {
        return "Not found: " + ctx.method() + " " + ctx.path();
    }

    static void answer(Context ctx, int status, String message) {
        ctx.status(status).jsonStream(ErrorBody.of(message));
    }
}
