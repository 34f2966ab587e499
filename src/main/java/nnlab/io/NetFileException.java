package nnlab.io;

import java.io.IOException;

/**
 * A net file that cannot be loaded (missing, a folder, not a net file, a newer format, truncated,
 * edited, too large for the heap) or a path a net cannot be saved to. The message names the
 * file, the field where the problem is (e.g. {@code tensors[3] 'dense2.W'}) and the fix.
 */
public final class NetFileException extends IOException {

    public NetFileException(String message) {
        super(message);
    }

    public NetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
