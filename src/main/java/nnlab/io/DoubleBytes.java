package nnlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The bytes of a tensor's doubles as they are stored in a net file (IEEE 754, little-endian,
 * row-major), streamed in both directions without a byte[] copy of the tensor:
 * {@link Reader} reads them out of a {@code double[]} (for writing), {@link Sink} fills a
 * {@code double[]} from them (for reading). Each passes every byte on to a copy stream (the
 * {@link Checksum}'s).
 */
final class DoubleBytes {

    /** Reads and writes a little-endian long at any offset of a byte[]. */
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
            int i = 0;
            for (; i < n && (at & 7) != 0; i++, at++) { // the rest of a double begun in the last call
                b[off + i] = (byte) (Double.doubleToRawLongBits(data[(int) (at >>> 3)]) >>> (8 * (at & 7)));
            }
            for (; i + 8 <= n; i += 8, at += 8) {
                LONG_LE.set(b, off + i, Double.doubleToRawLongBits(data[(int) (at >>> 3)]));
            }
            for (; i < n; i++, at++) {
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

        /** Byte number {@code count} of the data, one of a double's eight. */
        private void take(byte b) {
            bits |= (b & 0xFFL) << (8 * (count & 7));
            if ((count & 7) == 7) {
                data[(int) (count >>> 3)] = Double.longBitsToDouble(bits);
                bits = 0;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (count + len > capacity) {
                throw new TooLong(count + len);
            }
            if (data == null) {
                count += len;
            } else {
                int i = 0;
                for (; i < len && (count & 7) != 0; i++, count++) { // the rest of a double begun in the last call
                    take(b[off + i]);
                }
                for (; i + 8 <= len; i += 8, count += 8) {
                    data[(int) (count >>> 3)] = Double.longBitsToDouble((long) LONG_LE.get(b, off + i));
                }
                for (; i < len; i++, count++) {
                    take(b[off + i]);
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
