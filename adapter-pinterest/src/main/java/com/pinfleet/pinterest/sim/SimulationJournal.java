package com.pinfleet.pinterest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
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
    /** The length of the complete lines replayed; a last line cut short by a crash lies beyond it. */
    private long completeLength = -1;

    public SimulationJournal(Path file) {
        this.file = file;
    }

    /** Every change recorded so far, oldest first. A last line cut short by a crash is ignored. */
    synchronized List<JsonNode> replay() {
        if (Files.notExists(file)) {
            return List.of();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulated Pinterest's journal " + file, e);
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        completeLength = end;
        List<JsonNode> changes = new ArrayList<>();
        for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isBlank()) {
                try {
                    changes.add(JSON.readTree(line));
                } catch (IOException truncated) {
                    break;
                }
            }
        }
        return changes;
    }

    synchronized void record(JsonNode change) {
        try {
            if (writer == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                dropLineCutShort();
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

    /** Removes a last line cut short by a crash, so that the next change starts a line of its own. */
    private void dropLineCutShort() throws IOException {
        if (completeLength >= 0 && Files.exists(file) && Files.size(file) > completeLength) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(completeLength);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
