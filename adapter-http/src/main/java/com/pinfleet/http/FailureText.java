package com.pinfleet.http;

import java.util.Arrays;

/**
 * A failure written out for the log as a stack trace is, but kept to a readable size whatever hangs on it. A
 * database driver can attach one exception per refused row of a batch (JDBI adds them as suppressed
 * exceptions), so a single failed import of 100,000 rows would otherwise write millions of lines. Messages
 * are cut to {@value #MAX_MESSAGE_CHARS} characters, at most {@value #MAX_SUPPRESSED} suppressed exceptions
 * are shown per exception, and the causes are followed {@value #MAX_CAUSES} deep.
 */
final class FailureText {

    static final int MAX_MESSAGE_CHARS = 1_000;
    static final int MAX_SUPPRESSED = 2;
    static final int MAX_CAUSES = 10;

    private FailureText() {
    }

    static String of(Throwable failure) {
        StringBuilder text = new StringBuilder();
        append(text, "", failure, new StackTraceElement[0], 0);
        return text.toString();
    }

    private static void append(StringBuilder text, String label, Throwable failure, StackTraceElement[] enclosing,
                               int depth) {
        text.append(label).append(failure.getClass().getName());
        if (failure.getMessage() != null) {
            text.append(": ").append(shortened(failure.getMessage()));
        }
        StackTraceElement[] frames = failure.getStackTrace();
        int shared = sharedTail(frames, enclosing);
        Arrays.stream(frames, 0, frames.length - shared).forEach(frame -> text.append("\n\tat ").append(frame));
        if (shared > 0) {
            text.append("\n\t... ").append(shared).append(" more");
        }

        Throwable[] suppressed = failure.getSuppressed();
        for (int i = 0; i < Math.min(MAX_SUPPRESSED, suppressed.length); i++) {
            text.append('\n');
            append(text, "Suppressed: ", suppressed[i], frames, MAX_CAUSES);
        }
        if (suppressed.length > MAX_SUPPRESSED) {
            text.append("\n(").append(suppressed.length - MAX_SUPPRESSED).append(" more suppressed exceptions of ")
                    .append(failure.getClass().getSimpleName()).append(" left out)");
        }

        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            if (depth >= MAX_CAUSES) {
                text.append("\n(further causes left out)");
            } else {
                text.append('\n');
                append(text, "Caused by: ", cause, frames, depth + 1);
            }
        }
    }

    private static String shortened(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message
                : message.substring(0, MAX_MESSAGE_CHARS) + "... (" + (message.length() - MAX_MESSAGE_CHARS)
                + " more characters)";
    }

    /** How many frames at the bottom of {@code frames} the enclosing trace has too, as the JDK counts them. */
    private static int sharedTail(StackTraceElement[] frames, StackTraceElement[] enclosing) {
        int shared = 0;
        for (int i = frames.length - 1, j = enclosing.length - 1; i >= 0 && j >= 0; i--, j--) {
            if (!frames[i].equals(enclosing[j])) {
                break;
            }
            shared++;
        }
        return shared;
    }
}
