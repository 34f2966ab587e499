package nnlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The IDX format of the MNIST files (LeCun et al.), gzipped or plain: a big-endian magic number
 * {@code 0x0000 TT DD} (TT = 0x08 for unsigned bytes, DD = the number of dimensions), DD
 * big-endian 32-bit sizes, then the values row by row. Images are {@code 0x00000803} (count,
 * rows, cols), labels {@code 0x00000801} (count). Every check names the file and what was wrong.
 */
final class Idx {

    static final int IMAGES = 0x00000803;
    static final int LABELS = 0x00000801;

    /** The values of an IDX file: {@code dims} as the header gives them, then the bytes. */
    record Contents(int[] dims, byte[] values) {}

    private Idx() {}

    /** The first buffer for the values; it doubles as the bytes arrive, up to the header's size. */
    static final int FIRST_BUFFER = 1 << 20;

    /**
     * Reads the whole file once into one byte array of exactly the size its header promises. The
     * array grows (doubling from {@value #FIRST_BUFFER} bytes) only as bytes actually arrive, so a
     * short file whose header promises 2 GB costs at most twice its real content, not 2 GB.
     *
     * @param magic {@link #IMAGES} or {@link #LABELS}
     * @throws IllegalArgumentException naming the file: a foreign magic number, a non-positive
     *         size, a truncated file, bytes after the end
     */
    static Contents read(Path file, int magic) {
        String kind = magic == IMAGES ? "an IDX image file (magic 0x00000803)" : "an IDX label file (magic 0x00000801)";
        try (DataInputStream in = new DataInputStream(open(file))) {
            int found;
            try {
                found = in.readInt();
            } catch (EOFException e) {
                throw bad(file, "is too short to be " + kind);
            }
            if (found != magic) {
                throw bad(file, String.format("is not %s: it starts with 0x%08X", kind, found));
            }
            int[] dims = new int[magic & 0xFF];
            long size = 1;
            for (int i = 0; i < dims.length; i++) {
                try {
                    dims[i] = in.readInt();
                } catch (EOFException e) {
                    throw bad(file, "is truncated: its header ends after " + i + " of " + dims.length + " sizes");
                }
                if (dims[i] <= 0) {
                    throw bad(file, "has a size of " + dims[i] + " in its header (dimension " + i + "); sizes are positive");
                }
                size *= dims[i];
            }
            if (size > Integer.MAX_VALUE - 8) {
                throw bad(file, "promises " + size + " values, more than one array holds");
            }
            byte[] values = new byte[(int) Math.min(size, FIRST_BUFFER)];
            int n = 0;
            while (n < size) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, (int) Math.min(size, 2L * values.length));
                }
                int r = in.read(values, n, values.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            if (n < size) {
                throw bad(file, "is truncated: its header promises " + size + " values but it holds " + n);
            }
            if (in.read() != -1) {
                throw bad(file, "has bytes after the " + size + " values its header promises");
            }
            return new Contents(dims, values);
        } catch (EOFException | ZipException e) {
            throw bad(file, "is truncated or not valid gzip (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's bytes, through gzip when it starts with gzip's magic 0x1f 0x8b. */
    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static IllegalArgumentException bad(Path file, String what) {
        return new IllegalArgumentException(file + " " + what + ". Replace it with the original file (reinstall"
                + " dataset-fashion-mnist, or copy the four files again).");
    }
}
