package nnlab.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MatricesTest {

    @Test
    void of_keepsRowsInOrder_andNamesARaggedRow() {
        DMatrixRMaj m = Matrices.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        assertEquals(3, m.numRows);
        assertEquals(2, m.numCols);
        assertEquals(3, m.get(1, 0));
        assertEquals(6, m.get(2, 1));
        var e = assertThrows(IllegalArgumentException.class, () -> Matrices.of(new double[][] {{1, 2}, {3, 4}, {5}}));
        assertTrue(e.getMessage().contains("row 2 has 1"), e.getMessage());
    }

    @Test
    void columnAndRow_haveTheValuesInTheirShape() {
        DMatrixRMaj c = Matrices.column(1, 2, 3);
        DMatrixRMaj r = Matrices.row(1, 2, 3);
        assertEquals(3, c.numRows);
        assertEquals(1, c.numCols);
        assertEquals(1, r.numRows);
        assertEquals(3, r.numCols);
        assertArrayEquals(new double[] {1, 2, 3}, c.data);
        assertArrayEquals(c.data, r.data);
    }

    @Test
    void gaussian_drawsFromTheSeededStreamInRowOrder() {
        DMatrixRMaj g = Matrices.gaussian(2, 3, 7);
        Random rng = new Random(7);
        for (int i = 0; i < 6; i++) {
            assertEquals(rng.nextGaussian(), g.data[i]);
        }
        assertThrows(IllegalArgumentException.class, () -> Matrices.gaussian(0, 3, 7));
    }
}
