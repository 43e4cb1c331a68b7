package com.pinfleet.application.files;

import java.util.Optional;

/** The server's data directory, where an older installation's files may be left for a one-time import. */
public interface DataDirectory {

    /** The file at {@code relativePath} ('/'-separated, never leaving the directory), if it exists. */
    Optional<UploadedFile> read(String relativePath);

    /** Where the directory is, for messages. */
    String location();
}
