package com.pinfleet.application.files;

import java.util.List;
import java.util.Optional;

/** The server's data directory, where an older installation's files may be left for a one-time import. */
public interface DataDirectory {

    /** The file at {@code relativePath} ('/'-separated, never leaving the directory), if it exists. */
    Optional<UploadedFile> read(String relativePath);

    /**
     * The names of what the folder at {@code relativeFolder} holds, files and folders alike, in sorted order;
     * empty when there is no such folder. The empty path names the directory itself.
     */
    List<String> names(String relativeFolder);

    /** Where the directory is, for messages. */
    String location();
}
