package com.pinfleet.files;

import com.pinfleet.application.files.FileFormatException;
import com.pinfleet.application.files.UploadedFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a text file's bytes into text the way the programs that wrote it meant: a byte order mark names
 * the encoding (Excel's "Unicode text" is UTF-16), BOM-less UTF-16 is recognised by its zero bytes, valid
 * UTF-8 is UTF-8, and anything else is taken for Windows-1252, which Excel on Windows writes, a line at a time.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static String decode(UploadedFile file) {
        byte[] bytes = file.content();
        refuseBinary(file);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(file, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (looksLikeUtf16(bytes, 1)) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        if (looksLikeUtf16(bytes, 0)) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if (hasZeroByte(bytes)) {
            throw new FileFormatException(file.name(), "this is not a text file");
        }
        try {
            return utf8Decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return lineByLine(bytes);
        }
    }

    /**
     * Text that is not UTF-8 throughout, read a line at a time: a line that is valid UTF-8 is UTF-8, any other
     * Windows-1252. A file of Windows-1252 reads as such, and a UTF-8 file into which one line was pasted from
     * elsewhere keeps its other lines right.
     */
    private static String lineByLine(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        CharsetDecoder utf8 = utf8Decoder();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, bytes.length);
            try {
                text.append(utf8.decode(ByteBuffer.wrap(bytes, start, next - start)));
            } catch (CharacterCodingException e) {
                text.append(new String(bytes, start, next - start, WINDOWS_1252));
            }
            start = next;
        }
        return text.toString();
    }

    private static String strictUtf8(UploadedFile file, int offset) {
        byte[] bytes = file.content();
        try {
            return utf8Decoder().decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new FileFormatException(file.name(), "it says it is UTF-8 but holds bytes that are not");
        }
    }

    private static CharsetDecoder utf8Decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static void refuseBinary(UploadedFile file) {
        byte[] bytes = file.content();
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            throw new FileFormatException(file.name(), "this is a ZIP archive or a spreadsheet workbook, not a"
                    + " text file; save the sheet as CSV, or upload archives where ZIP files are taken");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new FileFormatException(file.name(), "this is an old Excel workbook (.xls), not a text file;"
                    + " save the sheet as CSV");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw new FileFormatException(file.name(), "this is a PDF, not a text file");
        }
    }

    /** UTF-16 text of mostly ASCII characters has a zero in every other byte. */
    private static boolean looksLikeUtf16(byte[] bytes, int zeroAt) {
        int pairs = Math.min(bytes.length / 2, 256);
        if (pairs < 2) {
            return false;
        }
        int zeros = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i + zeroAt] == 0 && bytes[2 * i + 1 - zeroAt] != 0) {
                zeros++;
            }
        }
        return zeros * 10 >= pairs * 9;
    }

    private static boolean hasZeroByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
