package com.pinfleet.files;

import static com.pinfleet.files.TestFiles.sample;
import static com.pinfleet.files.TestFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.files.FileFormatException;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.UploadedFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalOperatorFilesUnzipTest {

    private static final Charset DOS = Charset.forName("IBM437");
    private static final byte[] COOKIES = "{\"access_token\":\"sim_at_x\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FINGERPRINT = "{\"timezone\":\"UTC\"}".getBytes(StandardCharsets.UTF_8);

    private final OperatorFiles files = new LocalOperatorFiles();

    @Test
    void gives_the_files_of_an_archive_in_order_with_their_content() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cookies.json", COOKIES);
        entries.put("fingerprint.json", FINGERPRINT);
        UploadedFile archive = new UploadedFile("accounts.zip", zip(StandardCharsets.UTF_8, entries));

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).extracting(UploadedFile::name).containsExactly("cookies.json", "fingerprint.json");
        assertThat(unpacked.get(0).content()).isEqualTo(COOKIES);
        assertThat(unpacked.get(1).content()).isEqualTo(FINGERPRINT);
    }

    @Test
    void names_files_by_their_path_in_the_archive_and_leaves_folders_out() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mindfulrecipes/", new byte[0]);
        entries.put("mindfulrecipes/cookies.json", COOKIES);
        entries.put("mindfulrecipes/extra/", new byte[0]);
        entries.put("mindfulrecipes/extra/fingerprint.json", FINGERPRINT);
        UploadedFile archive = new UploadedFile("accounts.zip", zip(StandardCharsets.UTF_8, entries));

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).extracting(UploadedFile::name)
                .containsExactly("mindfulrecipes/cookies.json", "mindfulrecipes/extra/fingerprint.json");
        assertThat(unpacked.get(1).baseName()).isEqualTo("fingerprint.json");
    }

    @Test
    void reads_utf8_names_as_macos_and_linux_archivers_write_them() {
        UploadedFile archive = new UploadedFile("accounts.zip",
                zip(StandardCharsets.UTF_8, Map.of("café_crème/cookies.json", COOKIES)));

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).extracting(UploadedFile::name).containsExactly("café_crème/cookies.json");
    }

    @Test
    void reads_names_in_the_dos_code_page_as_windows_writes_them() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("plain/cookies.json", COOKIES);
        entries.put("café/cookies.json", COOKIES);
        entries.put("Ñandú/fingerprint.json", FINGERPRINT);
        UploadedFile archive = new UploadedFile("accounts.zip", zip(DOS, entries));

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).extracting(UploadedFile::name)
                .containsExactly("plain/cookies.json", "café/cookies.json", "Ñandú/fingerprint.json");
        assertThat(unpacked.get(1).content()).isEqualTo(COOKIES);
    }

    @Test
    void leaves_out_the_files_archivers_add_of_their_own() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mindfulrecipes/cookies.json", COOKIES);
        entries.put("__MACOSX/mindfulrecipes/._cookies.json", new byte[] {0, 5, 22, 7});
        entries.put("mindfulrecipes/__MACOSX/notes.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("mindfulrecipes/._fingerprint.json", new byte[] {0, 5, 22, 7});
        entries.put(".DS_Store", new byte[] {0, 0, 0, 1});
        entries.put("mindfulrecipes/.DS_Store", new byte[] {0, 0, 0, 1});
        entries.put("mindfulrecipes/Thumbs.db", new byte[] {1});
        entries.put("desktop.ini", "[.ShellClassInfo]".getBytes(StandardCharsets.UTF_8));
        entries.put("mindfulrecipes/fingerprint.json", FINGERPRINT);
        UploadedFile archive = new UploadedFile("accounts.zip", zip(StandardCharsets.UTF_8, entries));

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).extracting(UploadedFile::name)
                .containsExactly("mindfulrecipes/cookies.json", "mindfulrecipes/fingerprint.json");
    }

    @Test
    void turns_backslashes_into_slashes_and_drops_leading_slashes() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mindfulrecipes\\cookies.json", COOKIES);
        entries.put("/cozyhomecorner/cookies.json", COOKIES);
        entries.put("./trailandtable/cookies.json", COOKIES);
        entries.put("\\\\petitepaperie\\cookies.json", COOKIES);
        UploadedFile archive = new UploadedFile("accounts.zip", zip(StandardCharsets.UTF_8, entries));

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).extracting(UploadedFile::name).containsExactly("mindfulrecipes/cookies.json",
                "cozyhomecorner/cookies.json", "trailandtable/cookies.json", "petitepaperie/cookies.json");
    }

    @Test
    void leaves_out_folders_written_with_a_backslash() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("export\\", new byte[0]);
        entries.put("export\\mindfulrecipes_saves.txt", "123".getBytes(StandardCharsets.UTF_8));
        UploadedFile archive = new UploadedFile("export.zip", zip(StandardCharsets.UTF_8, entries));

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).extracting(UploadedFile::name).containsExactly("export/mindfulrecipes_saves.txt");
    }

    @Test
    void refuses_an_archive_whose_utf8_flagged_name_is_not_utf8_saying_so() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("good/cookies.json", COOKIES);
        entries.put("bad\u00e9/cookies.json", COOKIES);
        byte[] bytes = zip(StandardCharsets.UTF_8, entries);
        byte[] accented = "\u00e9".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == accented[0] && bytes[i + 1] == accented[1]) {
                bytes[i] = (byte) 0xFF;
            }
        }
        UploadedFile archive = new UploadedFile("broken.zip", bytes);

        assertThatThrownBy(() -> files.unzip(archive))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("broken.zip: an entry's name is marked as UTF-8 but is not");
    }

    @Test
    void refuses_a_damaged_archive_without_a_message_of_null() {
        byte[] damaged = "PK\u0003\u0004garbage garbage garbage garbage".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> files.unzip(new UploadedFile("damaged.zip", damaged)))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("damaged.zip: ")
                .message().doesNotContain("null");
    }

    @Test
    void takes_an_entry_of_exactly_five_mib() {
        byte[] fiveMib = new byte[5 * 1024 * 1024];
        UploadedFile archive = new UploadedFile("big.zip", zip(StandardCharsets.UTF_8, Map.of("big.csv", fiveMib)));

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).singleElement().satisfies(file -> assertThat(file.content()).hasSize(5 * 1024 * 1024));
    }

    @Test
    void refuses_an_entry_over_five_mib_unpacked() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("small.csv", COOKIES);
        entries.put("folder/big.csv", new byte[5 * 1024 * 1024 + 1]);
        UploadedFile archive = new UploadedFile("big.zip", zip(StandardCharsets.UTF_8, entries));

        assertThatThrownBy(() -> files.unzip(archive))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("big.zip: folder/big.csv is larger than 5 MiB unpacked");
    }

    @Test
    void refuses_what_is_not_a_zip_archive() {
        UploadedFile csv = new UploadedFile("accounts.zip", "username\nmindfulrecipes\n".getBytes());
        UploadedFile nothing = new UploadedFile("accounts.zip", new byte[0]);

        assertThatThrownBy(() -> files.unzip(csv))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("accounts.zip: this is not a ZIP archive, or it is empty");
        assertThatThrownBy(() -> files.unzip(nothing))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("accounts.zip: this is not a ZIP archive, or it is empty");
    }

    @Test
    void refuses_an_empty_archive() {
        UploadedFile archive = new UploadedFile("empty.zip", zip(StandardCharsets.UTF_8, Map.of()));

        assertThatThrownBy(() -> files.unzip(archive))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("empty.zip: this is not a ZIP archive, or it is empty");
    }

    @Test
    void refuses_a_password_protected_archive_saying_so() {
        byte[] bytes = zip(StandardCharsets.UTF_8, Map.of("cookies.json", COOKIES));
        bytes[6] |= 1;
        UploadedFile archive = new UploadedFile("locked.zip", bytes);

        assertThatThrownBy(() -> files.unzip(archive))
                .isInstanceOf(FileFormatException.class)
                .hasMessage("locked.zip: the archive is password-protected; pack it again without a password");
    }

    @Test
    void refuses_an_archive_cut_short() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", "some text that deflates ".repeat(200).getBytes(StandardCharsets.UTF_8));
        byte[] whole = zip(StandardCharsets.UTF_8, entries);
        byte[] cut = Arrays.copyOf(whole, 60);
        UploadedFile archive = new UploadedFile("cut.zip", cut);

        assertThatThrownBy(() -> files.unzip(archive))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("cut.zip: ");
    }

    @Test
    void unpacks_the_cookies_archive_operators_upload() {
        UploadedFile archive = sample("accounts/cookies.zip");

        List<UploadedFile> unpacked = files.unzip(archive);

        assertThat(unpacked).hasSize(24);
        assertThat(unpacked).extracting(UploadedFile::name)
                .contains("mindfulrecipes/cookies.json", "Fernweh_Notes/fingerprint.json",
                        "sunnysideplanner/cookies.json")
                .allMatch(name -> name.endsWith("/cookies.json") || name.endsWith("/fingerprint.json"));
        UploadedFile cookies = unpacked.getFirst();
        assertThat(files.tokenSet(cookies.content())).hasValueSatisfying(
                tokens -> assertThat(tokens.accessToken()).isEqualTo("sim_at_mindfulrecipes"));
    }
}
