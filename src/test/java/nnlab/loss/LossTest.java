package nnlab.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LossTest {

    private static DMatrixRMaj col(double... v) {
        return new DMatrixRMaj(v.length, 1, true, v);
    }

    @Test
    void mseMaeHuber_matchHandComputedValues() {
        DMatrixRMaj p = col(1, 2, 6);
        DMatrixRMaj y = col(0, 2, 3);
        assertEquals((1 + 0 + 9) / 3.0, Loss.mse().forward(p, y), 1e-15);
        assertEquals((1 + 0 + 3) / 3.0, Loss.mae().forward(p, y), 1e-15);
        // δ = 1: ½·1² , 0 , 1·(3 − ½)
        assertEquals((0.5 + 0 + 2.5) / 3.0, Loss.huber(1).forward(p, y), 1e-15);
    }

    @Test
    void fusedBinaryCrossEntropy_equalsUnfusedWhereBothAreFinite() {
        DMatrixRMaj z = col(-2, 0.3, 4);
        DMatrixRMaj y = col(0, 1, 1);
        DMatrixRMaj p = new DMatrixRMaj(3, 1);
        for (int i = 0; i < 3; i++) {
            p.data[i] = 1 / (1 + Math.exp(-z.data[i]));
        }
        var bce = Loss.binaryCrossEntropy();
        assertEquals(bce.forward(p, y), bce.forwardLogits(z, y, null), 1e-14);
        // ∂L/∂z = (p − y)/m
        assertEquals((p.data[1] - 1) / 3, bce.backward().data[1], 1e-15);
    }

    @Test
    void fusedBinaryCrossEntropy_staysFiniteWhenConfidentlyWrong() {
        DMatrixRMaj z = col(40);
        DMatrixRMaj y = col(0);
        DMatrixRMaj p = col(1 / (1 + Math.exp(-40)));
        var bce = Loss.binaryCrossEntropy();
        assertTrue(Double.isInfinite(bce.forward(p, y)), "σ(40) rounds to 1, log(1 − 1) = −∞");
        assertEquals(40, bce.forwardLogits(z, y, null), 1e-12);
        assertEquals(1.0, bce.backward().data[0], 1e-15);
    }

    @Test
    void fusedCategoricalCrossEntropy_handlesHugeLogits() {
        DMatrixRMaj z = new DMatrixRMaj(new double[][] {{1000, 0, -1000}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{0, 1, 0}});
        var cce = Loss.categoricalCrossEntropy();
        assertEquals(1000, cce.forwardLogits(z, y, null), 1e-9);
        assertEquals(1.0, cce.backward().get(0, 0), 1e-15);
        assertEquals(-1.0, cce.backward().get(0, 1), 1e-15);
    }

    @Test
    void classWeights_scaleEachRowByItsClass() {
        DMatrixRMaj p = col(0.8, 0.3);
        DMatrixRMaj y = col(1, 0);
        Loss plain = Loss.binaryCrossEntropy();
        Loss weighted = plain.withClassWeights(1, 5);
        double l1 = -Math.log(0.8);
        double l0 = -Math.log(0.7);
        assertEquals((l1 + l0) / 2, plain.forward(p, y), 1e-15);
        assertEquals((5 * l1 + l0) / 2, weighted.forward(p, y), 1e-15);
        assertEquals((0.5 * l1 + 2 * l0) / 2, plain.forward(p, y, col(0.5, 2)), 1e-15);
    }

    @Test
    void badTargets_andShapes_giveClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loss.binaryCrossEntropy().forward(col(0.5), col(2)));
        assertTrue(e.getMessage().contains("Received: 2.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Loss.mse().forward(col(1, 2), col(1)));
        assertTrue(e.getMessage().contains("2x1") && e.getMessage().contains("1x1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Loss.categoricalCrossEntropy().forward(col(0.5), col(1)));
        assertThrows(IllegalArgumentException.class, () -> Loss.mse().withClassWeights(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Loss.huber(0));
    }

    @Test
    void categoricalCrossEntropy_refusesRowsThatAreNotDistributions_andAcceptsSoftOnes() {
        DMatrixRMaj p = new DMatrixRMaj(new double[][] {{0.5, 0.3, 0.2}});
        var cce = Loss.categoricalCrossEntropy();
        // issue 10: these gave a loss (0 for the zero row) and no error
        for (double[] bad : new double[][] {{1, 1, 0}, {0, 0, 0}, {0.2, 0.2, 0.2}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> cce.forward(p, new DMatrixRMaj(new double[][] {bad})));
            assertTrue(e.getMessage().contains("row 0 of the targets sums to"), e.getMessage());
        }
        double soft = cce.forward(p, new DMatrixRMaj(new double[][] {{0.2, 0.3, 0.5}}));
        assertEquals(-(0.2 * Math.log(0.5) + 0.3 * Math.log(0.3) + 0.5 * Math.log(0.2)), soft, 1e-15);
    }

    @Test
    void weights_nullOrAllZeroClassWeights_andNegativeSampleWeights_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> Loss.mse().withClassWeights((double[]) null));
        assertThrows(IllegalArgumentException.class, () -> Loss.binaryCrossEntropy().withClassWeights(0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loss.mse().forward(col(1, 2), col(0, 0), col(1, -1)));
        assertTrue(e.getMessage().contains("-1.0") && e.getMessage().contains("row 1"), e.getMessage());
        assertEquals(4.5, Loss.mse().forward(col(1, 2), col(0, 0), col(1, 2)), 1e-15, "(1·1² + 2·2²)/2");
    }

    @Test
    void checkFits_namesTheRowOfTheSet_forTargetsWhoseLossCannotBeFinite() {
        DMatrixRMaj y = col(0, 1, 1e200, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loss.mse().checkFits(null, y, null, "training set"));
        assertTrue(e.getMessage().contains("row 2 of the training set") && e.getMessage().contains("1.0E200"), e.getMessage());
        Loss.mae().checkFits(null, y, null, "training set"); // |ŷ − y| stays finite
        e = assertThrows(IllegalArgumentException.class,
                () -> Loss.binaryCrossEntropy().withClassWeights(0, 1).checkFits(null, col(0, 0), null, "training set"));
        assertTrue(e.getMessage().contains("weight 0"), e.getMessage());
    }
}
