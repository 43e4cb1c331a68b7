package com.pinfleet.files;

import static com.pinfleet.files.TestFiles.UTF16LE_BOM;
import static com.pinfleet.files.TestFiles.UTF8_BOM;
import static com.pinfleet.files.TestFiles.encoded;
import static com.pinfleet.files.TestFiles.sample;
import static com.pinfleet.files.TestFiles.text;
import static com.pinfleet.files.TestFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.files.FileFormatException;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.TableRecord;
import com.pinfleet.application.files.TextTable;
import com.pinfleet.application.files.UploadedFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalOperatorFilesTableTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] NO_BOM = {};

    private final OperatorFiles files = new LocalOperatorFiles();

    @Test
    void reads_a_comma_separated_file_in_utf8() {
        UploadedFile file = text("boards.csv", "name,description,privacy\nCrème Brûlée,Desserts 🍮,secret\n");

        TextTable table = files.table(file);

        assertThat(table.fileName()).isEqualTo("boards.csv");
        assertThat(table.records()).containsExactly(
                new TableRecord(1, List.of("name", "description", "privacy")),
                new TableRecord(2, List.of("Crème Brûlée", "Desserts 🍮", "secret")));
    }

    @Test
    void leaves_a_utf8_byte_order_mark_out_of_the_first_cell() {
        UploadedFile file = encoded("boards.csv", StandardCharsets.UTF_8, UTF8_BOM,
                "name,description\nCrème Brûlée,Desserts\n");

        TextTable table = files.table(file);

        assertThat(table.records()).containsExactly(
                new TableRecord(1, List.of("name", "description")),
                new TableRecord(2, List.of("Crème Brûlée", "Desserts")));
    }

    @Test
    void reads_excel_unicode_text_in_utf16_with_tabs() {
        UploadedFile file = encoded("boards.txt", StandardCharsets.UTF_16LE, UTF16LE_BOM,
                "name\tdescription\tprivacy\r\nCrème Brûlée\tOne, two\tpublic\r\nŻurek\t\"Soup\"\tsecret\r\n");

        TextTable table = files.table(file);

        assertThat(table.records()).containsExactly(
                new TableRecord(1, List.of("name", "description", "privacy")),
                new TableRecord(2, List.of("Crème Brûlée", "One, two", "public")),
                new TableRecord(3, List.of("Żurek", "Soup", "secret")));
    }

    @Test
    void reads_utf16_without_a_byte_order_mark() {
        UploadedFile file = encoded("boards.txt", StandardCharsets.UTF_16LE, NO_BOM,
                "name\tprivacy\nEasy Recipes\tpublic\n");

        TextTable table = files.table(file);

        assertThat(table.records()).extracting(TableRecord::cells).containsExactly(
                List.of("name", "privacy"), List.of("Easy Recipes", "public"));
    }

    @Test
    void reads_windows_1252_as_excel_on_windows_writes_it() {
        UploadedFile file = encoded("boards.csv", WINDOWS_1252, NO_BOM,
                "name,description\nCrème brûlée,“Best” desserts for €5\n");

        TextTable table = files.table(file);

        assertThat(table.records().get(1).cells()).containsExactly("Crème brûlée", "“Best” desserts for €5");
    }

    @Test
    void reads_a_utf8_file_with_a_line_pasted_in_windows_1252_line_by_line() {
        byte[] utf8 = "name,description\nGood \u00e9,caf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.UTF_8);
        byte[] pasted = "Cr\u00e8me br\u00fbl\u00e9e,\u20ac5\n".getBytes(WINDOWS_1252);
        UploadedFile file = new UploadedFile("boards.csv", TestFiles.concat(utf8, pasted));

        TextTable table = files.table(file);

        assertThat(table.records()).extracting(TableRecord::cells).containsExactly(
                List.of("name", "description"), List.of("Good \u00e9", "caf\u00e9 cr\u00e8me"),
                List.of("Cr\u00e8me br\u00fbl\u00e9e", "\u20ac5"));
    }

    @Test
    void reads_semicolons_as_european_excel_writes_them() {
        UploadedFile file = encoded("boards.csv", WINDOWS_1252, NO_BOM,
                "name;description;privacy\r\nCrème brûlée;Sweet, rich, easy;public\r\n\"Soup; stew\";Warm;secret\r\n");

        TextTable table = files.table(file);

        assertThat(table.records()).extracting(TableRecord::cells).containsExactly(
                List.of("name", "description", "privacy"),
                List.of("Crème brûlée", "Sweet, rich, easy", "public"),
                List.of("Soup; stew", "Warm", "secret"));
    }

    @Test
    void takes_the_delimiter_most_lines_hold_ignoring_quoted_ones() {
        UploadedFile file = text("saves.csv", "\"url,link\";board\nhttps://www.pinterest.com/pin/1/;Easy, quick\n");

        TextTable table = files.table(file);

        assertThat(table.records()).extracting(TableRecord::cells).containsExactly(
                List.of("url,link", "board"), List.of("https://www.pinterest.com/pin/1/", "Easy, quick"));
    }

    @Test
    void a_first_row_with_more_semicolons_than_commas_does_not_decide_alone() {
        UploadedFile file = text("boards.csv", "Dinner,Quick; easy; cheap; tasty,public\nLunch,plain,secret\n");

        TextTable table = files.table(file);

        assertThat(table.records()).extracting(TableRecord::cells).containsExactly(
                List.of("Dinner", "Quick; easy; cheap; tasty", "public"), List.of("Lunch", "plain", "secret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void reads_any_line_ending(String eol) {
        UploadedFile file = text("boards.csv", "name,privacy" + eol + "Easy Recipes,public" + eol + "Baking,secret");

        TextTable table = files.table(file);

        assertThat(table.records()).containsExactly(
                new TableRecord(1, List.of("name", "privacy")),
                new TableRecord(2, List.of("Easy Recipes", "public")),
                new TableRecord(3, List.of("Baking", "secret")));
    }

    @Test
    void reads_quoted_cells_with_commas_doubled_quotes_and_line_breaks() {
        UploadedFile file = text("pins.csv", "title,description\r\n"
                + "\"Noodles, garlic\",\"Garlic, butter, \"\"a splash\"\" of soy,\r\nand noodles.\"\r\n");

        TextTable table = files.table(file);

        assertThat(table.records().get(1).cells())
                .containsExactly("Noodles, garlic", "Garlic, butter, \"a splash\" of soy,\r\nand noodles.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void numbers_each_record_by_the_line_it_starts_on(String eol) {
        UploadedFile file = text("pins.csv", "title,description" + eol
                + "One,\"first line" + eol + "second line" + eol + "third line\"" + eol
                + "Two,plain" + eol
                + "\"Three" + eol + "and more\",x" + eol
                + "Four,last");

        TextTable table = files.table(file);

        assertThat(table.records()).extracting(TableRecord::line).containsExactly(1, 2, 5, 6, 8);
        assertThat(table.records()).extracting(record -> record.cell(0))
                .containsExactly("title", "One", "Two", "Three" + eol + "and more", "Four");
    }

    @Test
    void leaves_blank_rows_out_but_keeps_counting_their_lines() {
        UploadedFile file = text("boards.csv", "\nname,privacy\n\n,,\n  ,\t\nEasy Recipes,public\n\n");

        TextTable table = files.table(file);

        assertThat(table.records()).containsExactly(
                new TableRecord(2, List.of("name", "privacy")),
                new TableRecord(6, List.of("Easy Recipes", "public")));
    }

    @Test
    void gives_an_empty_table_for_an_empty_file() {
        UploadedFile file = new UploadedFile("boards.csv", new byte[0]);

        TextTable table = files.table(file);

        assertThat(table.records()).isEmpty();
    }

    @Test
    void reports_a_quote_never_closed_naming_the_file_and_the_line_it_opens_on() {
        UploadedFile file = text("pins.csv", "title,description\nOne,fine\nTwo,\"never closed\nThree,x\nFour,y\n");

        assertThatThrownBy(() -> files.table(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("pins.csv: line 3: a quoted cell is never closed (a \" without its closing \")");
    }

    @Test
    void reports_text_after_a_closing_quote_naming_the_file_and_line() {
        UploadedFile file = text("pins.csv", "title,description\r\nOne,fine\r\nTwo,\"half\"quoted\r\n");

        assertThatThrownBy(() -> files.table(file))
                .isInstanceOfSatisfying(FileFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).isEqualTo(
                            "pins.csv: line 3: the quoting is broken (a \" inside a cell must be written \"\")");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"boards.csv", "boards.xlsx"})
    void refuses_a_zip_archive_or_workbook_given_as_csv(String name) {
        byte[] workbook = zip(StandardCharsets.UTF_8, Map.of("xl/workbook.xml", "<workbook/>".getBytes()));
        UploadedFile file = new UploadedFile(name, workbook);

        assertThatThrownBy(() -> files.table(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith(name + ": this is a ZIP archive or a spreadsheet workbook, not a text file")
                .hasMessageContaining("save the sheet as CSV");
    }

    @Test
    void refuses_an_old_excel_workbook() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        UploadedFile file = new UploadedFile("boards.xls", xls);

        assertThatThrownBy(() -> files.table(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("boards.xls: this is an old Excel workbook (.xls), not a text file; save the sheet as CSV");
    }

    @Test
    void refuses_a_pdf_and_other_binary_files() {
        UploadedFile pdf = new UploadedFile("boards.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        UploadedFile binary = new UploadedFile("boards.csv", new byte[] {'n', 'a', 0, 'm', 'e', 1, 2, 3, 0, 0, 7});

        assertThatThrownBy(() -> files.table(pdf)).isInstanceOf(FileFormatException.class)
                .hasMessage("boards.pdf: this is a PDF, not a text file");
        assertThatThrownBy(() -> files.table(binary)).isInstanceOf(FileFormatException.class)
                .hasMessage("boards.csv: this is not a text file");
    }

    @Test
    void refuses_a_file_marked_utf8_that_is_not() {
        UploadedFile file = new UploadedFile("boards.csv",
                TestFiles.concat(UTF8_BOM, "name\nCrème".getBytes(WINDOWS_1252)));

        assertThatThrownBy(() -> files.table(file))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("boards.csv: it says it is UTF-8 but holds bytes that are not");
    }

    @Test
    void reads_pinterests_bulk_create_template_as_saved_by_a_spreadsheet() {
        UploadedFile file = sample("pins/mindfulrecipes_pins.csv");

        TextTable table = files.table(file);

        assertThat(table.records()).hasSize(15);
        assertThat(table.records().getFirst().cells()).containsExactly("Title", "Media URL", "Pinterest board",
                "Thumbnail", "Description", "Link", "Publish date", "Keywords");
        assertThat(table.records()).extracting(TableRecord::line)
                .containsExactly(1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(table.records()).allSatisfy(record -> assertThat(record.cells()).hasSize(8));
        TableRecord noodles = table.records().get(2);
        assertThat(noodles.cell(4)).isEqualTo("Garlic, butter, \"a splash\" of soy sauce,\nand noodles. That is it.");
        assertThat(noodles.cell(7)).isEqualTo("recipe, dinner, easy");
        assertThat(table.records().get(3).cell(0)).isEqualTo("Crème brûlée for two 🍮");
        assertThat(table.records().get(4).cell(6)).isEqualTo("2026-12-24T17:30:00");
    }

    @Test
    void reads_a_boards_file_as_operators_upload_it() {
        UploadedFile file = sample("boards/mindfulrecipes_boards.csv");

        TextTable table = files.table(file);

        assertThat(table.records()).hasSize(7);
        assertThat(table.records().getLast())
                .isEqualTo(new TableRecord(7, List.of("Drafts & Tests", "Not for the public", "secret")));
    }

    @Test
    void reads_a_windows_1252_copy_of_a_sample_the_same_as_the_utf8_one() {
        UploadedFile utf8 = sample("pins/mindfulrecipes_pins.csv");
        String withoutEmoji = new String(utf8.content(), StandardCharsets.UTF_8).replace(" 🍮", "");
        UploadedFile cp1252 = encoded("pins.csv", WINDOWS_1252, NO_BOM, withoutEmoji);

        TextTable table = files.table(cp1252);

        assertThat(table.records()).isEqualTo(files.table(text("pins.csv", withoutEmoji)).records());
        assertThat(table.records().get(3).cell(0)).isEqualTo("Crème brûlée for two");
    }
}
