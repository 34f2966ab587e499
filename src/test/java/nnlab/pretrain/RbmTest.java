package nnlab.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import nnlab.nn.Activation;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class RbmTest {

    /** 200 rows of 4 binary units: half 1100, half 0011, each unit flipped with probability 0.05. */
    private static DMatrixRMaj twoPatterns() {
        Random rng = new Random(3);
        DMatrixRMaj x = new DMatrixRMaj(200, 4);
        for (int r = 0; r < 200; r++) {
            for (int i = 0; i < 4; i++) {
                double bit = (r % 2 == 0) == (i < 2) ? 1 : 0;
                x.set(r, i, rng.nextDouble() < 0.05 ? 1 - bit : bit);
            }
        }
        return x;
    }

    /** Mean log p(v) over the rows, exactly: log p(v) = −F(v) − log Z, Z summed over all 2⁴ visible states. */
    private static double meanLogLikelihood(Rbm rbm, DMatrixRMaj x) {
        double logZ = 0;
        double[] free = new double[16];
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < 16; s++) {
            double[] v = {s & 1, (s >> 1) & 1, (s >> 2) & 1, (s >> 3) & 1};
            free[s] = -freeEnergy(rbm, v);
            max = Math.max(max, free[s]);
        }
        for (double f : free) {
            logZ += Math.exp(f - max);
        }
        logZ = max + Math.log(logZ);
        double sum = 0;
        for (int r = 0; r < x.numRows; r++) {
            double[] v = {x.get(r, 0), x.get(r, 1), x.get(r, 2), x.get(r, 3)};
            sum += -freeEnergy(rbm, v) - logZ;
        }
        return sum / x.numRows;
    }

    /** F(v) = −bᵀv − Σⱼ log(1 + exp(cⱼ + Σᵢ vᵢWᵢⱼ)), so that p(v) ∝ exp(−F(v)). */
    private static double freeEnergy(Rbm rbm, double[] v) {
        DMatrixRMaj w = rbm.weights();
        double f = 0;
        for (int i = 0; i < v.length; i++) {
            f -= rbm.visibleBias().data[i] * v[i];
        }
        for (int j = 0; j < w.numCols; j++) {
            double z = rbm.hiddenBias().data[j];
            for (int i = 0; i < v.length; i++) {
                z += v[i] * w.get(i, j);
            }
            f -= Math.log1p(Math.exp(z));
        }
        return f;
    }

    @Test
    void contrastiveDivergence_raisesTheExactLogLikelihoodOfTheData() {
        DMatrixRMaj x = twoPatterns();
        double before = meanLogLikelihood(Rbm.initial(4, 2, 1), x);
        Rbm rbm = Rbm.hidden(2).epochs(200).batchSize(20).learningRate(0.1).cdSteps(1).seed(1).train(x);
        double[] errors = rbm.reconstructionErrors();
        assertEquals(200, errors.length);
        double after = meanLogLikelihood(rbm, x);
        assertEquals(-4 * Math.log(2), before, 0.01, "small initial weights: nearly uniform over 16 states");
        assertTrue(after > before + 1.0, "log-likelihood " + before + " → " + after);
        assertTrue(errors[errors.length - 1] < errors[0] / 2, "reconstruction error " + errors[0] + " → "
                + errors[errors.length - 1]);
        // the hidden units tell the two patterns apart
        DMatrixRMaj h = rbm.hiddenProbabilities(new DMatrixRMaj(2, 4, true, 1, 1, 0, 0, 0, 0, 1, 1));
        double difference = Math.abs(h.get(0, 0) - h.get(1, 0)) + Math.abs(h.get(0, 1) - h.get(1, 1));
        assertTrue(difference > 0.5, "hidden probabilities " + h);
    }

    @Test
    void copyInto_makesADenseSigmoidLayerComputeTheHiddenProbabilities() {
        Rbm rbm = Rbm.hidden(2).epochs(20).batchSize(20).learningRate(0.1).seed(2).train(twoPatterns());
        Net net = Net.input(4).dense(2, Activation.sigmoid()).dense(1, Activation.sigmoid()).seed(1).build();
        rbm.copyInto(net, 0);
        DMatrixRMaj v = new DMatrixRMaj(1, 4, true, 1, 0, 1, 1);
        net.predict(v);
        DMatrixRMaj layer = net.lastOutput(1);
        DMatrixRMaj expected = rbm.hiddenProbabilities(v);
        assertEquals(expected.get(0, 0), layer.get(0, 0), 1e-12);
        assertEquals(expected.get(0, 1), layer.get(0, 1), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rbm.copyInto(net, 1));
        assertTrue(e.getMessage().contains("dense2 (Dense, 2 → 1)") && e.getMessage().contains("(4 → 2)"), e.getMessage());
    }

    @Test
    void inputsOutsideZeroOne_areRejectedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rbm.hidden(1).train(new DMatrixRMaj(1, 2, true, 0.5, 1.5)));
        assertTrue(e.getMessage().contains("1.5") && e.getMessage().contains("rescale"), e.getMessage());
    }

    @Test
    void settings_areCheckedWhenSet_echoingTheValue() {
        IllegalArgumentException eta = assertThrows(IllegalArgumentException.class, () -> Rbm.hidden(2).learningRate(-0.1));
        assertTrue(eta.getMessage().contains("learningRate=-0.1"), eta.getMessage());
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> Rbm.hidden(2).cdSteps(0));
        assertTrue(k.getMessage().contains("k=0"), k.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rbm.hidden(2).epochs(0));
        assertThrows(IllegalArgumentException.class, () -> Rbm.hidden(2).batchSize(0));
        assertThrows(IllegalArgumentException.class, () -> Rbm.hidden(0));
        assertThrows(IllegalArgumentException.class, () -> Rbm.stack());
    }

    @Test
    void sameSeed_sameWeights_otherSeed_otherWeights() {
        DMatrixRMaj x = twoPatterns();
        Rbm a = Rbm.hidden(2).epochs(3).seed(4).train(x);
        Rbm b = Rbm.hidden(2).epochs(3).seed(4).train(x);
        Rbm c = Rbm.hidden(2).epochs(3).seed(5).train(x);
        assertArrayEquals(a.weights().data, b.weights().data);
        assertFalse(Arrays.equals(a.weights().data, c.weights().data));
    }

    @Test
    void stack_trainsEachRbmOnTheHiddenProbabilitiesOfTheOneBelow_andFillsTheFirstDenseLayers() {
        DMatrixRMaj x = twoPatterns();
        RbmStack stack = Rbm.stack(3, 2).epochs(5).batchSize(20).learningRate(0.1).seed(7).train(x);
        assertEquals(2, stack.size());
        assertEquals(4, stack.get(0).visible());
        assertEquals(3, stack.get(1).visible());
        // RBM 1 is exactly what one RBM trained on RBM 0's codes with RBM 1's seed gives
        long seed1 = new Random(7).longs(2).toArray()[1];
        Rbm alone = Rbm.hidden(2).epochs(5).batchSize(20).learningRate(0.1).seed(seed1)
                .train(stack.get(0).hiddenProbabilities(x));
        assertArrayEquals(alone.weights().data, stack.get(1).weights().data, 1e-15);
        Net net = Net.input(4).dense(3, Activation.sigmoid()).dense(2, Activation.sigmoid()).dense(1, Activation.sigmoid())
                .seed(1).build();
        double[] head = net.dense(2).weights().value().data.clone();
        stack.copyInto(net);
        net.predict(x);
        DMatrixRMaj second = net.lastOutput(3);
        DMatrixRMaj codes = stack.codes(x);
        assertArrayEquals(codes.data, second.data, 1e-12);
        assertArrayEquals(head, net.dense(2).weights().value().data);
        Net tooShallow = Net.input(4).dense(3, Activation.sigmoid()).seed(1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stack.copyInto(tooShallow));
        assertTrue(e.getMessage().contains("1 dense layers") && e.getMessage().contains("2 RBMs"), e.getMessage());
    }
}
