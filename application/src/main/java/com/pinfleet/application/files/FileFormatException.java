package com.pinfleet.application.files;

import com.pinfleet.domain.InvalidInputException;

/** A file cannot be read as what it claims to be. The message names the file and, where known, the line. */
public class FileFormatException extends InvalidInputException {

    public FileFormatException(String fileName, String message) {
        super("file", fileName + ": " + message);
    }
}
