package com.pinfleet.bootstrap;

import java.net.BindException;

/** Says in a sentence why the server could not start, for the console. */
final class StartupFailure {

    private StartupFailure() {
    }

    static String explain(Throwable failure, Config config) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.startsWith("the master key is not the one")) {
                return message;
            }
            if (message.contains("The file is locked")) {
                return "the database in " + config.dataDir() + " is in use: is another Pinfleet running on this"
                        + " data directory?";
            }
            if (cause instanceof BindException) {
                return "port " + config.port() + " on " + config.host() + " is taken; choose another with --port";
            }
            if (message.contains("Connection refused") || message.contains("Connection to")) {
                return "the database at " + config.maskedDbUrl() + " cannot be reached";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
