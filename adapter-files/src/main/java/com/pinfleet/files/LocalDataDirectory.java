package com.pinfleet.files;

import com.pinfleet.application.files.DataDirectory;
import com.pinfleet.application.files.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The data directory on the local file system; paths that would leave it are refused. */
public final class LocalDataDirectory implements DataDirectory {

    private final Path root;

    public LocalDataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<UploadedFile> read(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the data directory: " + relativePath);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UploadedFile(relativePath, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public String location() {
        return root.toString();
    }
}
