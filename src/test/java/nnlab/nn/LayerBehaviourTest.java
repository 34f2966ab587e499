package nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;

class LayerBehaviourTest {

    private final Random rng = new Random(21);

    @Test
    void dropout_isIdentityAtInference_andKeepsTheMeanInTraining() {
        Dropout d = new Dropout("dropout1", 50, 0.3, 4);
        DMatrixRMaj x = new DMatrixRMaj(200, 50);
        x.fill(1.0);
        assertArrayEquals(x.data, d.forward(x, false).data, 0.0);
        DMatrixRMaj y = d.forward(x, true);
        double mean = 0;
        int zeros = 0;
        for (int i = 0; i < y.getNumElements(); i++) {
            mean += y.data[i] / y.getNumElements();
            zeros += y.data[i] == 0 ? 1 : 0;
        }
        assertEquals(1.0, mean, 0.02, "inverted scaling keeps E[y] = x");
        assertEquals(0.3, zeros / (double) y.getNumElements(), 0.02, "p is the DROP probability");
    }

    @Test
    void dropout_heldMask_isReusedByEveryTrainingForward_untilReleased() {
        Dropout d = new Dropout("dropout1", 20, 0.5, 4);
        DMatrixRMaj x = RandomMatrices_DDRM.rectangle(6, 20, 1, 2, rng);
        d.holdMask(true);
        assertTrue(d.holdsMask());
        double[] first = d.forward(x, true).data.clone();
        DMatrixRMaj twice = x.copy();
        CommonOps_DDRM.scale(2, twice);
        DMatrixRMaj second = d.forward(twice, true);
        for (int i = 0; i < first.length; i++) {
            // the same units dropped: Y = X ⊙ M is linear in X for a fixed M
            assertEquals(2 * first[i], second.data[i], 1e-12, "entry " + i);
        }
        d.holdMask(true);
        assertArrayEquals(first, d.forward(x, true).data, 0.0, "holding again draws the same mask (from the seed)");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.forward(new DMatrixRMaj(3, 20), true));
        assertTrue(e.getMessage().contains("6 rows") && e.getMessage().contains("3 rows"), e.getMessage());
        d.holdMask(false);
        assertFalse(d.holdsMask());
        double[] fresh = d.forward(x, true).data.clone();
        assertFalse(Arrays.equals(fresh, d.forward(x, true).data), "fresh masks once released");
    }

    @Test
    void dropout_rejectsProbabilitiesOutsideZeroOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dropout("d", 3, 1.0, 0));
        assertTrue(e.getMessage().contains("p=1.0") && e.getMessage().contains("DROPPING"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dropout("d", 3, -0.1, 0));
    }

    @Test
    void batchNorm_normalizesInTraining_andUsesRunningStatsAtInference() {
        BatchNorm bn = new BatchNorm("bn", 3, 0.0, 1e-5);
        DMatrixRMaj x = RandomMatrices_DDRM.rectangle(64, 3, 4, 10, rng);
        DMatrixRMaj y = bn.forward(x, true);
        for (int j = 0; j < 3; j++) {
            double mean = 0;
            double sq = 0;
            for (int i = 0; i < 64; i++) {
                mean += y.get(i, j) / 64;
                sq += y.get(i, j) * y.get(i, j) / 64;
            }
            assertEquals(0, mean, 1e-12);
            assertEquals(1, sq, 1e-3);
        }
        // momentum 0: the running statistics are the last batch's, so inference reproduces training
        double[] trainOut = y.data.clone();
        assertArrayEquals(trainOut, bn.forward(x, false).data, 1e-12);
        DMatrixRMaj single = new DMatrixRMaj(1, 3);
        assertThrows(IllegalArgumentException.class, () -> bn.forward(single, true));
        assertEquals(1, bn.forward(single, false).numRows);
    }

    @Test
    void batchNorm_backwardAfterAnInferenceForward_throwsAndNamesTheFix() {
        BatchNorm bn = new BatchNorm("batchnorm1", 3, 0.9, 1e-5);
        DMatrixRMaj x = RandomMatrices_DDRM.rectangle(8, 3, -1, 1, rng);
        DMatrixRMaj dOut = RandomMatrices_DDRM.rectangle(8, 3, -1, 1, rng);
        bn.forward(x, true);
        double[] trained = bn.backward(dOut).data.clone();
        bn.forward(x, false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bn.backward(dOut));
        assertTrue(e.getMessage().contains("batchnorm1") && e.getMessage().contains("training=false")
                && e.getMessage().contains("forward(x, true)"), e.getMessage());
        // a training forward pass again: backward works and depends on the batch only, not on the running statistics
        bn.forward(x, true);
        assertArrayEquals(trained, bn.backward(dOut).data, 0.0);
    }

    @Test
    void forward_reusesItsOutputBuffer() {
        Dense d = new Dense("dense1", 2, 3);
        DMatrixRMaj a = d.forward(new DMatrixRMaj(4, 2), true);
        DMatrixRMaj b = d.forward(new DMatrixRMaj(2, 2), true);
        assertSame(a, b);
        assertEquals(2, b.numRows);
    }

    @Test
    void wrongInputWidth_namesTheLayerAndSizes() {
        Dense d = new Dense("dense2", 16, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.forward(new DMatrixRMaj(5, 8), true));
        assertTrue(e.getMessage().contains("dense2") && e.getMessage().contains("16") && e.getMessage().contains("5x8"),
                e.getMessage());
    }

    @Test
    void softmax_rowsSumToOne_evenForHugeLogits() {
        Softmax s = new Softmax("softmax1", 3);
        DMatrixRMaj p = s.forward(new DMatrixRMaj(new double[][] {{1000, 999, -5}, {0, 0, 0}}), false);
        assertEquals(1.0, p.get(0, 0) + p.get(0, 1) + p.get(0, 2), 1e-15);
        assertEquals(1.0 / 3, p.get(1, 2), 1e-15);
    }

    @Test
    void freezing_marksEveryParameter() {
        Dense d = new Dense("dense1", 2, 2);
        d.freeze();
        assertTrue(d.isFrozen());
        assertTrue(d.parameters().stream().allMatch(Parameter::isFrozen));
        d.unfreeze();
        assertTrue(d.parameters().stream().noneMatch(Parameter::isFrozen));
    }

    @Test
    void residual_requiresMatchingWidths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Residual("residual1", java.util.List.of(new Dense("dense1", 4, 3))));
        assertTrue(e.getMessage().contains("4") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void layers_roundTripThroughTheirConfig() {
        Layer original = new Residual("residual1", java.util.List.of(new Dense("dense1", 3, 3), new ELU("elu1", 3, 0.5)));
        Layer copy = Layers.fromConfig(original.config());
        assertEquals(original.config(), copy.config());
        assertThrows(IllegalArgumentException.class, () -> Layers.fromConfig(java.util.Map.of("type", "Conv2D",
                "name", "c")));
    }
}
