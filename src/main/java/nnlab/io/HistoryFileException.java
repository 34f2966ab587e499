package nnlab.io;

import java.io.IOException;

/** A history file that cannot be loaded: missing, not a history file, or a malformed line. */
public final class HistoryFileException extends IOException {

    public HistoryFileException(String message) {
        super(message);
    }

    public HistoryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
