package nnlab.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The float32 products of {@link Precision#MIXED} against a bound from rounding-error analysis:
 * a dot product of k float terms summed in float is within γ·Σ|a||b| of its exact value, with
 * γ = (k + 1)·u and u = 2⁻²⁴ (one rounding per multiply-add, one more for the result), so
 * {@code α·op(A)·op(B) + β·C} computed from float copies lies within |α|·γ·Σ|a||b| (plus double
 * rounding) of the same expression computed in double from the same float-rounded operands.
 */
class MixedGemmTest {

    private static final double U = Math.scalb(1.0, -24);
    private final Random rng = new Random(23);

    @Test
    void everyTransposeCombination_isWithinFloat32sRoundingBound_andIsNotTheDoubleProduct() {
        double largestDifferenceFromDouble = 0;
        for (int trial = 0; trial < 60; trial++) {
            ProductCase product = ProductCase.random(rng, trial);
            int m = product.m(), k = product.k(), n = product.n();
            boolean tA = product.tA(), tB = product.tB();
            DMatrixRMaj A = product.A(), B = product.B(), C = product.C();
            double alpha = product.alpha(), beta = product.beta();
            DMatrixRMaj inDouble = C.copy();
            Gemm.gemm(alpha, A, tA, B, tB, beta, inDouble);
            DMatrixRMaj old = C.copy();
            FloatCopy a = new FloatCopy().of(A);
            FloatCopy b = new FloatCopy().of(B);
            Gemm.gemm(alpha, a, tA, b, tB, beta, C);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double exact = 0;
                    double magnitude = 0;
                    for (int p = 0; p < k; p++) {
                        double x = a.matrix().get(tA ? p : i, tA ? i : p);
                        double y = b.matrix().get(tB ? j : p, tB ? p : j);
                        exact += x * y;
                        magnitude += Math.abs(x * y);
                    }
                    double expected = alpha * exact + beta * old.get(i, j);
                    double bound = Math.abs(alpha) * (k + 1) * U * magnitude + 1e-15;
                    assertEquals(expected, C.get(i, j), bound, product.label() + " entry " + i + "," + j);
                    largestDifferenceFromDouble = Math.max(largestDifferenceFromDouble,
                            Math.abs(C.get(i, j) - inDouble.get(i, j)));
                }
            }
        }
        // a double product would agree with the double result to ~1e-15; float32 operands cannot
        assertTrue(largestDifferenceFromDouble > 1e-9, "MIXED gave the double product: " + largestDifferenceFromDouble);
    }

    @Test
    void sgemm_onLargeProducts_matchesTheDoubleProductOfTheSameFloats() {
        // 64x300x50 goes to the native sgemm when there is one (EJML's float path otherwise)
        FMatrixRMaj a = new FloatCopy().of(random(64, 300)).matrix();
        FMatrixRMaj b = new FloatCopy().of(random(300, 50)).matrix();
        FMatrixRMaj c = new FMatrixRMaj(1, 1);
        Gemm.sgemm(1f, a, false, b, false, 0f, c);
        assertEquals(64, c.numRows);
        assertEquals(50, c.numCols);
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 50; j++) {
                double exact = 0;
                double magnitude = 0;
                for (int p = 0; p < 300; p++) {
                    exact += (double) a.get(i, p) * b.get(p, j);
                    magnitude += Math.abs((double) a.get(i, p) * b.get(p, j));
                }
                assertEquals(exact, c.get(i, j), 301 * U * magnitude, "entry " + i + "," + j);
            }
        }
    }

    @Test
    void floatCopy_roundsToNearest_overflowsToInfinity_andReusesItsArray() {
        DMatrixRMaj d = new DMatrixRMaj(new double[][] {{0.1, 1e39}, {-1e39, 1.0 / 3}});
        FloatCopy f = new FloatCopy().of(d);
        assertEquals(0.1f, f.matrix().get(0, 0));
        assertEquals(Float.POSITIVE_INFINITY, f.matrix().get(0, 1));
        assertEquals(Float.NEGATIVE_INFINITY, f.matrix().get(1, 0));
        assertEquals(1.0 / 3, f.matrix().get(1, 1), U / 3 * 1.0000001);
        float[] array = f.matrix().data;
        f.of(new DMatrixRMaj(1, 3));
        assertSame(array, f.matrix().data, "a smaller matrix reuses the array");
        assertEquals(1, f.matrix().numRows);
        assertEquals(3, f.matrix().numCols);
    }

    private DMatrixRMaj random(int rows, int cols) {
        return ProductCase.matrix(rows, cols, rng);
    }
}
