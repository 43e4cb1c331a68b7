package com.pinfleet.pinterest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the simulated Pinterest keeps what happened on it, so that it survives a restart the way the real
 * Pinterest would: one JSON line per change, replayed in order at start. It holds no tokens, only hashes.
 */
public final class SimulationJournal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private BufferedWriter writer;

    public SimulationJournal(Path file) {
        this.file = file;
    }

    /** Every change recorded so far, oldest first. A last line cut short by a crash is ignored. */
    List<JsonNode> replay() {
        if (Files.notExists(file)) {
            return List.of();
        }
        List<JsonNode> changes = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        changes.add(JSON.readTree(line));
                    } catch (IOException truncated) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulated Pinterest's journal " + file, e);
        }
        return changes;
    }

    synchronized void record(JsonNode change) {
        try {
            if (writer == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            writer.write(JSON.writeValueAsString(change));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulated Pinterest's journal " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
