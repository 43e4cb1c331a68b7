package com.pinfleet.application.files;

import java.util.Locale;

/**
 * A file an operator handed over: uploaded, found in an archive, or read from the data directory.
 * {@code name} is for messages and for telling formats apart; it is never used as a path.
 */
public record UploadedFile(String name, byte[] content) {

    public UploadedFile {
        name = name == null || name.isBlank() ? "upload" : name;
    }

    public boolean isEmpty() {
        return content.length == 0;
    }

    /** The name's extension in lower case, without the dot; empty when it has none. */
    public String extension() {
        String base = baseName();
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The last part of the name, after any folders. */
    public String baseName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
