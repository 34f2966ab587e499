package nnlab.mat;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;

/**
 * A float32 copy of a double matrix, the operand of a product in {@link Precision#MIXED}. One
 * object is made once and refreshed with {@link #of} as often as needed: its array grows to the
 * largest matrix it has held and is then reused, so refreshing allocates nothing.
 *
 * <p>Each entry is rounded to the nearest float ({@code (float) x}, relative error at most
 * 2⁻²⁴ ≈ 6e-8); entries beyond ±3.4e38, the largest float, become ±∞, which a product turns into
 * a non-finite loss that training reports like any divergence.
 */
public final class FloatCopy {

    private final FMatrixRMaj matrix = new FMatrixRMaj(0, 0);

    /**
     * Makes this the float32 copy of {@code source}.
     *
     * @param source Not modified.
     * @return this
     */
    public FloatCopy of(DMatrixRMaj source) {
        int n = source.getNumElements();
        matrix.reshape(source.numRows, source.numCols);
        double[] from = source.data;
        float[] to = matrix.data;
        for (int i = 0; i < n; i++) {
            to[i] = (float) from[i];
        }
        return this;
    }

    /** The float32 matrix; Not to be modified. */
    public FMatrixRMaj matrix() {
        return matrix;
    }

    @Override
    public String toString() {
        return "float32 copy " + matrix.numRows + "x" + matrix.numCols;
    }
}
