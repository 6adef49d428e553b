package org.evident.read;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Turns what went wrong while reading into words a user can act on. */
final class Failures {

    private Failures() {}

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof EOFException) {
            return "input ends early (truncated file or gzip stream): " + message(e);
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data: " + message(e);
        }
        if (e instanceof StackOverflowError) {
            return "structure nested too deeply to read";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large to read in the memory available";
        }
        if (e instanceof LimitExceeded) {
            return e.getMessage();
        }
        return "cannot be read: " + message(e);
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /** A limit of {@link ReadOptions} was exceeded; the message says which. */
    static final class LimitExceeded extends RuntimeException {
        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
