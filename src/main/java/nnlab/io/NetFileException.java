package nnlab.io;

import java.io.IOException;

/** A net file that cannot be loaded: not a net file, a newer format, truncated or edited. */
public final class NetFileException extends IOException {

    public NetFileException(String message) {
        super(message);
    }

    public NetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
