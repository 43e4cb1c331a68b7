package com.pinfleet.application.files;

import com.pinfleet.domain.account.TokenSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the files operators hand over, whichever program saved them: CSV and text in UTF-8 (with or without
 * a byte order mark), UTF-16 or Windows-1252, with any line ending, and ZIP archives.
 */
public interface OperatorFiles {

    /**
     * The records of a CSV file, delimiter (comma, semicolon or tab) found from the first line.
     *
     * @throws FileFormatException when it is not text or its quoting is broken, naming the line
     */
    TextTable table(UploadedFile file);

    /** Every line of a text file, blank ones included. @throws FileFormatException when it is not text */
    List<TextLine> lines(UploadedFile file);

    /**
     * The files inside a ZIP archive, named by their path in it with '/' separators; folders and the
     * metadata files archivers add ({@code __MACOSX/}, {@code .DS_Store}) left out.
     *
     * @throws FileFormatException when it is not a ZIP archive, is encrypted or is too large
     */
    List<UploadedFile> unzip(UploadedFile archive);

    /**
     * The token set a credentials file holds: an access token, a refresh token and an expiry given as a
     * point in time ({@code expires_at}), all three. Empty when it holds no such set.
     */
    Optional<TokenSet> tokenSet(byte[] credentialsFile);

    /**
     * The credentials file with its expiry fixed in time, for a file that gives it only as a duration
     * ({@code expires_in}, in seconds, as Pinterest's token answer does): counted from {@code readAt}, and
     * written into the file as {@code expires_at} so that reading it again later finds the same expiry.
     * Empty when the file gives no such duration, or gives a point in time as well.
     */
    Optional<byte[]> withExpiryCounted(byte[] credentialsFile, Instant readAt);

    /** Whether the content is JSON of any shape. */
    boolean isJson(byte[] content);
}
