package com.pinfleet.files;

import com.pinfleet.application.files.FileFormatException;
import com.pinfleet.application.files.SystemFiles;
import com.pinfleet.application.files.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads ZIP archives as Windows, macOS and Linux archivers make them, within limits that keep a hostile
 * archive from exhausting memory. Entry names are only ever names: nothing is written to disk.
 */
final class ZipReader {

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_ENTRY_BYTES = 5L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

    /** Windows' built-in archiver writes names in the DOS code page unless they are pure ASCII. */
    private static final Charset DOS_CODE_PAGE = Charset.forName("IBM437");

    private ZipReader() {
    }

    static List<UploadedFile> read(UploadedFile archive) {
        try {
            return read(archive, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedName) {
            try {
                return read(archive, DOS_CODE_PAGE);
            } catch (IllegalArgumentException stillMalformed) {
                // an entry flagged as UTF-8 is read as UTF-8 whatever the charset asked for
                throw new FileFormatException(archive.name(), "an entry's name is marked as UTF-8 but is not:"
                        + " the archive is damaged, or its archiver wrote it wrongly; pack the files again");
            }
        }
    }

    private static List<UploadedFile> read(UploadedFile archive, Charset names) {
        List<UploadedFile> files = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.content()), names)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new FileFormatException(archive.name(), "the archive has more than " + MAX_ENTRIES
                            + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || name.endsWith("/") || SystemFiles.isSystemFile(name)) {
                    continue;
                }
                byte[] content = readEntry(archive, zip, name, MAX_TOTAL_BYTES - total);
                total += content.length;
                files.add(new UploadedFile(stripLeadingSlashes(name), content));
            }
        } catch (ZipException e) {
            if (e.getCause() instanceof IllegalArgumentException malformedName) {
                throw malformedName; // newer JDKs wrap a name the charset cannot read
            }
            throw new FileFormatException(archive.name(), unreadable(e));
        } catch (IOException e) {
            throw new FileFormatException(archive.name(), e.getMessage() == null
                    ? "the archive is damaged or cut short" : "the archive cannot be read: " + e.getMessage());
        }
        if (entries == 0) {
            throw new FileFormatException(archive.name(), "this is not a ZIP archive, or it is empty");
        }
        return files;
    }

    private static byte[] readEntry(UploadedFile archive, ZipInputStream zip, String name, long allowance)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = zip.read(buffer)) > 0) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_ENTRY_BYTES) {
                throw new FileFormatException(archive.name(), name + " is larger than 5 MiB unpacked");
            }
            if (out.size() > allowance) {
                throw new FileFormatException(archive.name(), "the archive unpacks to more than 200 MiB");
            }
        }
        return out.toByteArray();
    }

    private static String unreadable(ZipException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("encrypt")) {
            return "the archive is password-protected; pack it again without a password";
        }
        return e.getMessage() == null ? "this is not a readable ZIP archive"
                : "this is not a readable ZIP archive (" + e.getMessage() + ")";
    }

    private static String stripLeadingSlashes(String name) {
        String stripped = name;
        while (stripped.startsWith("/") || stripped.startsWith("./")) {
            stripped = stripped.substring(stripped.indexOf('/') + 1);
        }
        return stripped;
    }
}
