package com.pinfleet.files;

import com.pinfleet.application.files.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the files the tests hand over: text in a chosen encoding, ZIP archives, and the shipped samples. */
final class TestFiles {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    private TestFiles() {
    }

    static UploadedFile text(String name, String text) {
        return new UploadedFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static UploadedFile encoded(String name, Charset charset, byte[] prefix, String text) {
        return new UploadedFile(name, concat(prefix, text.getBytes(charset)));
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    /** A ZIP archive of the entries in the map's order; names ending in '/' are folders. */
    static byte[] zip(Charset names, Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static UploadedFile sample(String path) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/samples/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + path);
            }
            return new UploadedFile(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
