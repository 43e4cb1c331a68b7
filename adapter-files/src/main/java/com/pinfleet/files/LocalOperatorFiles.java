package com.pinfleet.files;

import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.TextLine;
import com.pinfleet.application.files.TextTable;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.domain.account.TokenSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads operator files in memory with Commons CSV, the JDK's ZIP support and Jackson. */
public final class LocalOperatorFiles implements OperatorFiles {

    @Override
    public TextTable table(UploadedFile file) {
        return CsvReader.read(file);
    }

    @Override
    public List<TextLine> lines(UploadedFile file) {
        String[] lines = TextDecoder.decode(file).split("\r\n|\r|\n", -1);
        List<TextLine> numbered = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            numbered.add(new TextLine(i + 1, lines[i]));
        }
        return numbered;
    }

    @Override
    public List<UploadedFile> unzip(UploadedFile archive) {
        return ZipReader.read(archive);
    }

    @Override
    public Optional<TokenSet> tokenSet(byte[] credentialsFile) {
        return TokenFileReader.read(credentialsFile);
    }

    @Override
    public Optional<byte[]> withExpiryCounted(byte[] credentialsFile, Instant readAt) {
        return TokenFileReader.withExpiryCounted(credentialsFile, readAt);
    }

    @Override
    public boolean isJson(byte[] content) {
        return TokenFileReader.isJson(content);
    }
}
