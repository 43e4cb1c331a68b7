package com.pinfleet.http;

import com.pinfleet.application.files.UploadedFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads uploaded files from multipart forms, within the server's size limits. */
final class Uploads {

    /** The largest single upload accepted. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /** The largest multipart request accepted. */
    static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;

    private Uploads() {
    }

    /**
     * The file in the first of {@code fields} present; when none is, the only file of the form.
     *
     * @throws BadRequestException when the request is not a multipart form or holds no file
     */
    static UploadedFile required(Context ctx, String... fields) {
        return optional(ctx, fields).or(() -> onlyFile(ctx)).orElseThrow(() -> new BadRequestException(
                "expected a file in a multipart/form-data field named '" + fields[0] + "'"));
    }

    /** The file in the first of {@code fields} present, if any. */
    static Optional<UploadedFile> optional(Context ctx, String... fields) {
        requireMultipart(ctx, fields[0]);
        for (String field : fields) {
            io.javalin.http.UploadedFile upload = parts(() -> ctx.uploadedFile(field));
            if (upload != null) {
                return Optional.of(new UploadedFile(upload.filename(), read(upload)));
            }
        }
        return Optional.empty();
    }

    /**
     * Every file of the form, whatever its field.
     *
     * @throws BadRequestException when the request is not a multipart form or holds no file
     */
    static List<UploadedFile> all(Context ctx, String field) {
        requireMultipart(ctx, field);
        List<UploadedFile> files = parts(ctx::uploadedFiles).stream()
                .map(upload -> new UploadedFile(upload.filename(), read(upload)))
                .toList();
        if (files.isEmpty()) {
            throw new BadRequestException("expected files in a multipart/form-data field named '" + field + "'");
        }
        return files;
    }

    private static Optional<UploadedFile> onlyFile(Context ctx) {
        List<io.javalin.http.UploadedFile> all = parts(ctx::uploadedFiles);
        if (all.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new UploadedFile(all.getFirst().filename(), read(all.getFirst())));
    }

    /** A text field of a multipart form, or null. */
    static String field(Context ctx, String name) {
        return parts(() -> ctx.formParam(name));
    }

    static void requireMultipart(Context ctx, String field) {
        if (!ctx.isMultipartFormData()) {
            throw new BadRequestException("expected a multipart/form-data upload with a file field named '"
                    + field + "' (curl -F '" + field + "=@file')");
        }
    }

    private interface PartsRead<T> {
        T read();
    }

    /** Runs a read of the multipart body, answering 413 or 400 when the servlet layer refuses it. */
    private static <T> T parts(PartsRead<T> read) {
        try {
            return read.read();
        } catch (RuntimeException e) {
            String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT)
                    + String.valueOf(e.getCause() == null ? "" : e.getCause().getMessage()).toLowerCase(Locale.ROOT);
            if (reason.contains("exceed") || reason.contains("too large") || reason.contains("max")) {
                throw new PayloadTooLargeException("the upload is larger than the server accepts ("
                        + MAX_FILE_BYTES / (1024 * 1024) + " MiB a file)");
            }
            throw new BadRequestException("the multipart/form-data body cannot be read");
        }
    }

    private static byte[] read(io.javalin.http.UploadedFile upload) {
        if (upload.size() > MAX_FILE_BYTES) {
            throw new PayloadTooLargeException(upload.filename() + " is larger than "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        try (InputStream content = upload.content()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + upload.filename(), e);
        }
    }
}
