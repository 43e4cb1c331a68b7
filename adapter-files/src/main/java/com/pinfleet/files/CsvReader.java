package com.pinfleet.files;

import com.pinfleet.application.files.FileFormatException;
import com.pinfleet.application.files.TableRecord;
import com.pinfleet.application.files.TextTable;
import com.pinfleet.application.files.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as spreadsheets write it: comma, semicolon (Excel in much of Europe) or tab separated, quoted
 * cells with delimiters, quotes and line breaks inside, any line ending.
 */
final class CsvReader {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLED_LINES = 20;

    private CsvReader() {
    }

    static TextTable read(UploadedFile file) {
        String text = TextDecoder.decode(file);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false)
                .get();
        List<TableRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new FileFormatException(file.name(), "line " + line + ": " + quotingProblem(e));
                }
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    records.add(new TableRecord(line, cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TextTable(file.name(), records);
    }

    private static String quotingProblem(RuntimeException e) {
        String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (detail != null && detail.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell is never closed (a \" without its closing \")";
        }
        return "the quoting is broken (a \" inside a cell must be written \"\")";
    }

    /**
     * The delimiter found outside quotes on the most of the first {@link #SAMPLED_LINES} lines, ties going to the
     * one the first line holds most often; comma when there is none. A cell with semicolons in the first row
     * of a comma-separated file then does not turn the whole file into one column.
     */
    static char delimiterOf(String text) {
        List<String> lines = firstLines(text);
        char best = ',';
        int bestLines = 0;
        int bestOnFirst = 0;
        for (char delimiter : DELIMITERS) {
            int onLines = (int) lines.stream().filter(line -> countOutsideQuotes(line, delimiter) > 0).count();
            int onFirst = lines.isEmpty() ? 0 : countOutsideQuotes(lines.getFirst(), delimiter);
            if (onLines > bestLines || onLines == bestLines && onFirst > bestOnFirst) {
                best = delimiter;
                bestLines = onLines;
                bestOnFirst = onFirst;
            }
        }
        return best;
    }

    private static List<String> firstLines(String text) {
        return text.lines().filter(line -> !line.isBlank()).limit(SAMPLED_LINES).toList();
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
