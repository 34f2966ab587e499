package nnlab.mat;

import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * The few matrix helpers EJML lacks, for batches stored one example per row. None of them
 * allocates; outputs are reshaped to the right size.
 */
public final class MatrixOps {

    private MatrixOps() {}

    /**
     * {@code A[i,:] += r} for every row i (row broadcast, how a bias is added to a batch).
     *
     * @param A Modified.
     * @param r a 1×cols row vector; Not modified.
     */
    public static void addRow(DMatrixRMaj A, DMatrixRMaj r) {
        if (r.getNumElements() != A.numCols) {
            throw new IllegalArgumentException("The row vector has " + r.getNumElements()
                    + " entries but the matrix has " + A.numCols + " columns.");
        }
        double[] a = A.data;
        double[] b = r.data;
        int cols = A.numCols;
        for (int i = 0; i < A.numRows; i++) {
            int base = i * cols;
            for (int j = 0; j < cols; j++) {
                a[base + j] += b[j];
            }
        }
    }

    /**
     * {@code out[i,:] = r} for every row i: {@code rows} copies of the row vector, so that a
     * product with β = 1 can add onto it ({@code Z = b; Z = X W + Z}).
     *
     * @param r   a 1×cols row vector; Not modified.
     * @param out Modified; reshaped to rows×cols.
     */
    public static void broadcastRow(DMatrixRMaj r, int rows, DMatrixRMaj out) {
        int cols = r.getNumElements();
        out.reshape(rows, cols);
        if (rows == 0) {
            return;
        }
        System.arraycopy(r.data, 0, out.data, 0, cols);
        // double the filled rows each time: about log₂(rows) copies, each as fast as memcpy
        for (int filled = 1; filled < rows; filled *= 2) {
            int n = Math.min(filled, rows - filled);
            System.arraycopy(out.data, 0, out.data, filled * cols, n * cols);
        }
    }

    /**
     * {@code out[0,j] = Σ_i A[i,j]} (how a bias gradient sums a batch); see
     * {@link Gemm#sumColumns}, which does the work as the product {@code 1ᵀA}.
     *
     * @param A   Not modified.
     * @param out Modified; reshaped to 1×cols.
     */
    public static void sumColumns(DMatrixRMaj A, DMatrixRMaj out) {
        Gemm.sumColumns(A, out);
    }

    /**
     * The column index of the largest entry of every row (the first one on ties).
     *
     * @param A   Not modified.
     * @param out Modified; must have at least {@code A.numRows} entries.
     */
    public static void argmaxRows(DMatrixRMaj A, int[] out) {
        if (out.length < A.numRows) {
            throw new IllegalArgumentException("out has " + out.length + " entries, needs " + A.numRows);
        }
        int cols = A.numCols;
        for (int i = 0; i < A.numRows; i++) {
            int base = i * cols;
            int best = 0;
            for (int j = 1; j < cols; j++) {
                if (A.data[base + j] > A.data[base + best]) {
                    best = j;
                }
            }
            out[i] = best;
        }
    }

    /** Allocating form of {@link #argmaxRows(DMatrixRMaj, int[])}. */
    public static int[] argmaxRows(DMatrixRMaj A) {
        int[] out = new int[A.numRows];
        argmaxRows(A, out);
        return out;
    }

    /**
     * The class a row stands for, the one rule every part of nnlab uses (predictions, targets,
     * accuracy, class weights, confusion matrices, plots): with one column, class 1 when the
     * value is at least 0.5 (a sigmoid's probability or a 0/1 label), class 0 otherwise; with
     * k &gt; 1 columns, the column of the largest entry (the first one on ties).
     *
     * @param A   Not modified.
     * @param row the row, 0-based
     */
    public static int classOf(DMatrixRMaj A, int row) {
        if (row < 0 || row >= A.numRows) {
            throw new IllegalArgumentException("The matrix has " + A.numRows + " rows (0 to " + (A.numRows - 1)
                    + "). Received: row=" + row);
        }
        int cols = A.numCols;
        int base = row * cols;
        if (cols == 1) {
            return A.data[base] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < cols; j++) {
            if (A.data[base + j] > A.data[base + best]) {
                best = j;
            }
        }
        return best;
    }

    /** {@link #classOf(DMatrixRMaj, int)} of every row, as a new array. */
    public static int[] classes(DMatrixRMaj A) {
        int[] out = new int[A.numRows];
        for (int i = 0; i < out.length; i++) {
            out[i] = classOf(A, i);
        }
        return out;
    }

    /**
     * One-hot encoding: {@code out[i, labels[i]] = 1}, every other entry 0.
     *
     * @param labels      class indices in [0, classes)
     * @param classes     number of classes k
     * @param out         Modified; reshaped to labels.length × k.
     * @throws IllegalArgumentException naming the first label outside [0, classes)
     */
    public static void oneHot(int[] labels, int classes, DMatrixRMaj out) {
        if (labels == null) {
            throw new IllegalArgumentException("One-hot needs the labels, one class index per row, e.g. new int[] {0, 2, 1}."
                    + " Received: labels=null");
        }
        if (classes < 1) {
            throw new IllegalArgumentException("One-hot needs at least one class. Received: classes=" + classes);
        }
        Matrices.requireArraySize(labels.length, classes, "oneHot");
        out.reshape(labels.length, classes);
        out.zero();
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < 0 || c >= classes) {
                throw new IllegalArgumentException("Label " + c + " at row " + i + " is outside [0, " + classes
                        + "). Labels must be class indices 0.." + (classes - 1) + ".");
            }
            out.data[i * classes + c] = 1.0;
        }
    }

    /** Allocating form of {@link #oneHot(int[], int, DMatrixRMaj)}. */
    public static DMatrixRMaj oneHot(int[] labels, int classes) {
        DMatrixRMaj out = new DMatrixRMaj(0, 0);
        oneHot(labels, classes, out);
        return out;
    }

    /**
     * {@code out = f(A)} element by element. Convenient, not for hot loops (the call through the
     * interface is slower than a written-out loop).
     *
     * @param A   Not modified.
     * @param out Modified; reshaped like A. May be A.
     */
    public static void apply(DMatrixRMaj A, DoubleUnaryOperator f, DMatrixRMaj out) {
        out.reshape(A.numRows, A.numCols);
        int n = A.getNumElements();
        for (int i = 0; i < n; i++) {
            out.data[i] = f.applyAsDouble(A.data[i]);
        }
    }

    /** Copies the listed rows of {@code src} into {@code dst}, in order; {@code dst} is reshaped. */
    public static void gatherRows(DMatrixRMaj src, int[] rows, int from, int to, DMatrixRMaj dst) {
        int cols = src.numCols;
        dst.reshape(to - from, cols);
        for (int i = from; i < to; i++) {
            System.arraycopy(src.data, rows[i] * cols, dst.data, (i - from) * cols, cols);
        }
    }

    /** True when every entry is finite (no NaN, no ±Inf). */
    public static boolean allFinite(DMatrixRMaj A) {
        int n = A.getNumElements();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(A.data[i])) {
                return false;
            }
        }
        return true;
    }
}
