package com.pinfleet.files;

import static com.pinfleet.files.TestFiles.UTF16LE_BOM;
import static com.pinfleet.files.TestFiles.UTF8_BOM;
import static com.pinfleet.files.TestFiles.encoded;
import static com.pinfleet.files.TestFiles.sample;
import static com.pinfleet.files.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.files.FileFormatException;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.TextLine;
import com.pinfleet.application.files.UploadedFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalOperatorFilesLinesTest {

    private final OperatorFiles files = new LocalOperatorFiles();

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void numbers_every_line_from_one_blank_ones_included(String eol) {
        UploadedFile file = text("saves.txt", "665234002987372764" + eol + eol + "# board: Easy Recipes" + eol
                + "  https://pinterest.com/pin/506597557444244448  ");

        List<TextLine> lines = files.lines(file);

        assertThat(lines).containsExactly(
                new TextLine(1, "665234002987372764"),
                new TextLine(2, ""),
                new TextLine(3, "# board: Easy Recipes"),
                new TextLine(4, "  https://pinterest.com/pin/506597557444244448  "));
    }

    @Test
    void reads_each_line_ending_as_one_line_break_in_a_mixed_file() {
        UploadedFile file = text("saves.txt", "one\r\ntwo\nthree\rfour");

        List<TextLine> lines = files.lines(file);

        assertThat(lines).extracting(TextLine::text).containsExactly("one", "two", "three", "four");
        assertThat(lines).extracting(TextLine::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void leaves_the_byte_order_mark_out_of_the_first_line() {
        UploadedFile utf8 = encoded("saves.txt", StandardCharsets.UTF_8, UTF8_BOM, "123\n456");
        UploadedFile utf16 = encoded("saves.txt", StandardCharsets.UTF_16LE, UTF16LE_BOM, "123\r\n456");

        assertThat(files.lines(utf8)).containsExactly(new TextLine(1, "123"), new TextLine(2, "456"));
        assertThat(files.lines(utf16)).containsExactly(new TextLine(1, "123"), new TextLine(2, "456"));
    }

    @Test
    void decodes_windows_1252_lines() {
        UploadedFile file = encoded("notes.txt", Charset.forName("windows-1252"), new byte[0],
                "Crème brûlée\nÀ bientôt");

        List<TextLine> lines = files.lines(file);

        assertThat(lines).containsExactly(new TextLine(1, "Crème brûlée"), new TextLine(2, "À bientôt"));
    }

    @Test
    void reads_a_save_queue_of_pin_urls_one_a_line() {
        UploadedFile file = sample("save-queues/mindfulrecipes_saves.txt");

        List<TextLine> lines = files.lines(file);

        List<TextLine> written = lines.stream().filter(line -> !line.text().isBlank()).toList();
        assertThat(written).hasSize(40);
        assertThat(written).extracting(TextLine::number).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(written.getFirst()).isEqualTo(new TextLine(1, "https://www.pinterest.com/pin/665234002987372764/"));
        assertThat(written.get(3)).isEqualTo(new TextLine(4, "298750246289414544"));
    }

    @Test
    void refuses_a_file_that_is_not_text() {
        UploadedFile file = new UploadedFile("saves.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});

        assertThatThrownBy(() -> files.lines(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("saves.txt: this is a ZIP archive");
    }
}
