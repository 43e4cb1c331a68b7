package com.pinfleet.files;

import com.pinfleet.application.files.DataDirectory;
import com.pinfleet.application.files.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The data directory on the local file system; paths that would leave it are refused. */
public final class LocalDataDirectory implements DataDirectory {

    private final Path root;

    public LocalDataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<UploadedFile> read(String relativePath) {
        Path file = inside(relativePath);
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
    public List<String> names(String relativeFolder) {
        Path folder = inside(relativeFolder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(child -> child.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private Path inside(String relativePath) {
        Path path = root.resolve(relativePath).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the data directory: " + relativePath);
        }
        return path;
    }

    @Override
    public String location() {
        return root.toString();
    }
}
