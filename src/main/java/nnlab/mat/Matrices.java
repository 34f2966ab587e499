package nnlab.mat;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * Small matrices typed in a notebook cell, one example per row: a batch from rows, a column of
 * values, random inputs. Each method returns a new matrix the caller owns.
 */
public final class Matrices {

    private Matrices() {}

    /**
     * The matrix whose i-th row is {@code rows[i]} (e.g. a batch of examples).
     *
     * @param rows Not modified; every row must have the same length.
     * @throws IllegalArgumentException naming the first row whose length differs
     */
    public static DMatrixRMaj of(double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("A matrix needs at least one row, e.g. Matrices.of(new double[][] {{1, 2}})."
                    + " Received: " + (rows == null ? "rows=null" : "0 rows"));
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException("Every row needs values. Received: row " + i + " = null");
            }
        }
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].length != rows[0].length) {
                throw new IllegalArgumentException("Every row must have " + rows[0].length + " entries, like row 0."
                        + " Received: row " + i + " has " + rows[i].length);
            }
        }
        return new DMatrixRMaj(rows);
    }

    /** An n×1 column holding {@code values} (e.g. n one-feature examples, or n targets). */
    public static DMatrixRMaj column(double... values) {
        requireValues(values, "column");
        return new DMatrixRMaj(values.length, 1, true, values);
    }

    /** A 1×n row holding {@code values} (one example with n features). */
    public static DMatrixRMaj row(double... values) {
        requireValues(values, "row");
        return new DMatrixRMaj(1, values.length, true, values);
    }

    /** The most entries an EJML matrix holds: its array is indexed by an int. */
    static final long MAX_ENTRIES = Integer.MAX_VALUE - 8;

    /**
     * Checks that a rows × cols matrix can exist, before EJML says "Matrix size exceeds the size of
     * an integer" with nothing named.
     */
    static void requireArraySize(long rows, long cols, String call) {
        if (rows * cols > MAX_ENTRIES) {
            throw new IllegalArgumentException(call + ": a " + rows + " × " + cols + " matrix would have " + rows * cols
                    + " entries, more than the " + MAX_ENTRIES + " one Java array holds. Use fewer rows or columns."
                    + " Received: rows=" + rows + ", cols=" + cols);
        }
    }

    private static void requireValues(double[] values, String call) {
        if (values == null) {
            throw new IllegalArgumentException(call + " needs values, e.g. Matrices." + call + "(1, 2, 3)."
                    + " Received: values=null");
        }
    }

    /**
     * A rows × cols matrix of independent standard normal entries N(0, 1), drawn row by row from
     * {@code new Random(seed)}.
     */
    public static DMatrixRMaj gaussian(int rows, int cols, long seed) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("A matrix needs at least one row and one column. Received: rows=" + rows
                    + ", cols=" + cols);
        }
        requireArraySize(rows, cols, "gaussian");
        Random rng = new Random(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = rng.nextGaussian();
        }
        return m;
    }
}
