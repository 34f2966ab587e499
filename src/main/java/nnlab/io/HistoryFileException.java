package nnlab.io;

import java.io.IOException;

/**
 * A history file that cannot be loaded (missing, a folder, not a history file, truncated, a
 * malformed line) or a path a history cannot be saved to; the message names the file, the line
 * and the fix.
 */
public final class HistoryFileException extends IOException {

    public HistoryFileException(String message) {
        super(message);
    }

    public HistoryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
