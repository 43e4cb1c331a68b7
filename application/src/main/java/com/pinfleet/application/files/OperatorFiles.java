package com.pinfleet.application.files;

import com.pinfleet.domain.account.TokenSet;
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
     * The token set a credentials file holds: an access token, a refresh token and an expiry, all three.
     * Empty when it holds no such set.
     */
    Optional<TokenSet> tokenSet(byte[] credentialsFile);

    /** Whether the content is JSON of any shape. */
    boolean isJson(byte[] content);
}
