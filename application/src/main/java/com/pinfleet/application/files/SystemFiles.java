package com.pinfleet.application.files;

/**
 * Files that operating systems and archivers add of their own beside the ones operators mean to upload:
 * macOS resource forks and Finder files, Explorer's thumbnails and folder settings.
 */
public final class SystemFiles {

    private SystemFiles() {
    }

    /** Whether the file at this path (with '/' between folders) is one of them, and so not an upload. */
    public static boolean isSystemFile(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || base.startsWith("._")
                || base.equals(".DS_Store") || base.equalsIgnoreCase("Thumbs.db")
                || base.equalsIgnoreCase("desktop.ini");
    }
}
