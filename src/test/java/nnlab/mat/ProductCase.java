package nnlab.mat;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.RandomMatrices_DDRM;

/**
 * One random {@code C = α·op(A)·op(B) + β·C} for the GEMM tests: sizes from 1 to 70 (so both the
 * EJML path and, with native BLAS, the native one run), any transposes, β = 0 on every third trial.
 */
record ProductCase(int m, int k, int n, boolean tA, boolean tB, DMatrixRMaj A, DMatrixRMaj B, double alpha,
                   double beta, DMatrixRMaj C) {

    private static final int[] SIZES = {1, 2, 3, 7, 16, 33, 70};

    static ProductCase random(Random rng, int trial) {
        int m = SIZES[rng.nextInt(SIZES.length)];
        int k = SIZES[rng.nextInt(SIZES.length)];
        int n = SIZES[rng.nextInt(SIZES.length)];
        boolean tA = rng.nextBoolean();
        boolean tB = rng.nextBoolean();
        DMatrixRMaj A = tA ? matrix(k, m, rng) : matrix(m, k, rng);
        DMatrixRMaj B = tB ? matrix(n, k, rng) : matrix(k, n, rng);
        double alpha = 2 * rng.nextDouble() - 1;
        double beta = trial % 3 == 0 ? 0 : 2 * rng.nextDouble() - 1;
        return new ProductCase(m, k, n, tA, tB, A, B, alpha, beta, matrix(m, n, rng));
    }

    static DMatrixRMaj matrix(int rows, int cols, Random rng) {
        return RandomMatrices_DDRM.rectangle(rows, cols, -1, 1, rng);
    }

    String label() {
        return m + "x" + k + "x" + n + " tA=" + tA + " tB=" + tB;
    }
}
