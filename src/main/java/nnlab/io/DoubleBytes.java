package nnlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The bytes of a tensor's doubles as they are stored in a net file (IEEE 754, little-endian,
 * row-major), streamed in both directions without a byte[] copy of the tensor:
 * {@link Reader} reads them out of a {@code double[]} (for writing), {@link Sink} fills a
 * {@code double[]} from them (for reading). Each passes every byte on to a copy stream (the
 * {@link Checksum}'s).
 */
final class DoubleBytes {

    private DoubleBytes() {}

    /** Reads the first {@code n} doubles of {@code data} as bytes, and writes each byte read to {@code copy}. */
    static final class Reader extends InputStream {
        private final double[] data;
        private final long length;
        private final OutputStream copy;
        private long at;

        Reader(double[] data, int n, OutputStream copy) {
            this.data = data;
            this.length = 8L * n;
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at == length) {
                return -1;
            }
            int n = (int) Math.min(len, length - at);
            for (int i = 0; i < n; i++, at++) {
                b[off + i] = (byte) (Double.doubleToRawLongBits(data[(int) (at >>> 3)]) >>> (8 * (at & 7)));
            }
            copy.write(b, off, n);
            return n;
        }
    }

    /**
     * Takes bytes into {@code data} (when not null) and counts them; passes them on to
     * {@code copy}. More than {@code 8 n} bytes is an error at the first byte too many, so a
     * data value longer than its declared shape is refused before it is read to its end.
     */
    static final class Sink extends OutputStream {
        private final double[] data;
        private final long capacity;
        private final OutputStream copy;
        private long count;
        private long bits;

        Sink(double[] data, long n, OutputStream copy) {
            this.data = data;
            this.capacity = 8 * n;
            this.copy = copy;
        }

        /** Bytes taken so far. */
        long count() { return count; }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (count + len > capacity) {
                throw new TooLong(count + len);
            }
            for (int i = 0; i < len; i++, count++) {
                bits |= (b[off + i] & 0xFFL) << (8 * (count & 7));
                if ((count & 7) == 7) {
                    if (data != null) {
                        data[(int) (count >>> 3)] = Double.longBitsToDouble(bits);
                    }
                    bits = 0;
                }
            }
            copy.write(b, off, len);
        }
    }

    /** A data value holding more bytes than its declared shape. */
    static final class TooLong extends IOException {
        final long atLeast;

        TooLong(long atLeast) {
            super("more data than declared: at least " + atLeast + " bytes");
            this.atLeast = atLeast;
        }
    }
}
