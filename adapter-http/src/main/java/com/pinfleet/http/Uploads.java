package com.pinfleet.http;

import com.pinfleet.application.files.UploadedFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

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
        requireMultipart(ctx, fields[0]);
        List<io.javalin.http.UploadedFile> all = parts(ctx::uploadedFiles);
        if (all.size() > 1) {
            throw new BadRequestException("this upload takes one file; the request holds " + all.size() + ": "
                    + String.join(", ", all.stream().map(io.javalin.http.UploadedFile::filename).toList()));
        }
        return optional(ctx, fields).or(() -> onlyFile(ctx)).orElseThrow(() -> new BadRequestException(
                "expected a file in a multipart/form-data field named '" + fields[0] + "'"));
    }

    /** Refuses a form with file fields other than {@code expected}, so a misspelt field is not ignored. */
    static void onlyFileFields(Context ctx, Set<String> expected) {
        for (String field : parts(ctx::uploadedFileMap).keySet()) {
            if (!expected.contains(field)) {
                throw new BadRequestException("unexpected file field '" + field + "' (expected "
                        + String.join(" or ", expected.stream().sorted().toList()) + ")");
            }
        }
    }

    /** Refuses a form with text fields other than {@code expected}, so a misspelt field is not ignored. */
    static void onlyTextFields(Context ctx, Set<String> expected) {
        for (String field : parts(ctx::formParamMap).keySet()) {
            if (!expected.contains(field)) {
                throw new BadRequestException("unexpected field '" + field + "' (expected "
                        + String.join(", ", expected.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The file in {@code field}, or the text of a plain form field of that name: content either way. */
    static Optional<byte[]> fileOrText(Context ctx, String field) {
        Optional<UploadedFile> file = ctx.isMultipartFormData() ? optional(ctx, field) : Optional.empty();
        if (file.isPresent()) {
            return file.map(UploadedFile::content);
        }
        String text = field(ctx, field);
        return text == null || text.isEmpty() ? Optional.empty()
                : Optional.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file in the first of {@code fields} present, if any. */
    static Optional<UploadedFile> optional(Context ctx, String... fields) {
        requireMultipart(ctx, fields[0]);
        for (String field : fields) {
            io.javalin.http.UploadedFile upload = parts(() -> ctx.uploadedFile(field));
            if (upload != null) {
                return Optional.of(new UploadedFile(baseName(upload.filename()), read(upload)));
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
                .map(upload -> new UploadedFile(withoutWindowsPath(upload.filename()), read(upload)))
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
        return Optional.of(new UploadedFile(baseName(all.getFirst().filename()), read(all.getFirst())));
    }

    /**
     * The name of a file sent alone, without folders: older browsers send the whole path on the operator's
     * machine ({@code C:\fakepath\x_boards.csv}).
     */
    private static String baseName(String filename) {
        return filename == null ? null
                : filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
    }

    /**
     * The name of one of many files, without a Windows path before it. Paths with '/' are kept: a browser
     * sends them for a folder upload, and imports read the account from the folder.
     */
    private static String withoutWindowsPath(String filename) {
        return filename == null ? null : filename.substring(filename.lastIndexOf('\\') + 1);
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

    /**
     * Runs a read of the multipart body, answering 413 or 400 when the servlet layer refuses it. The servlet
     * layer's exceptions (checked ones among them) surface through Javalin unchanged, hence the broad catch.
     */
    private static <T> T parts(PartsRead<T> read) {
        try {
            return read.read();
        } catch (Exception e) {
            String root = rootMessage(e);
            if (root.toLowerCase(Locale.ROOT).contains("max file size exceeded")
                    || root.toLowerCase(Locale.ROOT).contains("max request size exceeded")) {
                throw new PayloadTooLargeException("the upload is larger than the server accepts ("
                        + MAX_FILE_BYTES / (1024 * 1024) + " MiB a file, " + MAX_REQUEST_BYTES / (1024 * 1024)
                        + " MiB a request)");
            }
            throw new BadRequestException("the multipart/form-data body cannot be read: " + root);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
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
