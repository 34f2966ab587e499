package nnlab.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MatrixOpsTest {

    private final DMatrixRMaj A = new DMatrixRMaj(new double[][] {{1, 5, 2}, {4, -1, 4}});

    @Test
    void addRow_addsToEveryRow() {
        DMatrixRMaj X = A.copy();
        MatrixOps.addRow(X, new DMatrixRMaj(new double[][] {{10, 20, 30}}));
        assertArrayEquals(new double[] {11, 25, 32, 14, 19, 34}, X.data, 0.0);
    }

    @Test
    void sumColumns_sumsDownEachColumn() {
        DMatrixRMaj s = new DMatrixRMaj(1, 1);
        MatrixOps.sumColumns(A, s);
        assertArrayEquals(new double[] {5, 4, 6}, s.data, 0.0);
    }

    @Test
    void sumColumns_ofTallBatches_matchesAPlainLoop_acrossChunksOfRows() {
        java.util.Random rng = new java.util.Random(3);
        for (int[] shape : new int[][] {{2500, 3}, {1000, 16}, {1024, 1}, {7, 2}}) {
            DMatrixRMaj X = new DMatrixRMaj(shape[0], shape[1]);
            double[] expected = new double[shape[1]];
            for (int i = 0; i < X.data.length; i++) {
                X.data[i] = rng.nextGaussian();
                expected[i % shape[1]] += X.data[i];
            }
            DMatrixRMaj s = new DMatrixRMaj(5, 5);
            MatrixOps.sumColumns(X, s);
            assertEquals(1, s.numRows);
            assertArrayEquals(expected, s.data.length == expected.length ? s.data
                    : java.util.Arrays.copyOf(s.data, expected.length), 1e-11, shape[0] + "x" + shape[1]);
        }
    }

    @Test
    void broadcastRow_copiesTheRowIntoEveryRow() {
        DMatrixRMaj r = new DMatrixRMaj(new double[][] {{1, -2, 3}});
        for (int rows : new int[] {0, 1, 2, 5, 1000}) {
            DMatrixRMaj out = new DMatrixRMaj(1, 1);
            MatrixOps.broadcastRow(r, rows, out);
            assertEquals(rows, out.numRows);
            assertEquals(3, out.numCols);
            for (int i = 0; i < rows; i++) {
                assertArrayEquals(r.data, java.util.Arrays.copyOfRange(out.data, 3 * i, 3 * i + 3), 0.0, "row " + i);
            }
        }
    }

    @Test
    void argmaxRows_takesTheFirstMaximum() {
        assertArrayEquals(new int[] {1, 0}, MatrixOps.argmaxRows(A));
    }

    @Test
    void oneHot_encodesAndRejectsOutOfRangeLabels() {
        assertArrayEquals(new double[] {0, 1, 1, 0}, MatrixOps.oneHot(new int[] {1, 0}, 2).data, 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MatrixOps.oneHot(new int[] {0, 3}, 3));
        assertTrue(e.getMessage().contains("Label 3 at row 1"), e.getMessage());
    }
}
