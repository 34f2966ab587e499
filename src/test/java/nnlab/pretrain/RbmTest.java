package nnlab.pretrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Rbm rbm = new Rbm(4, 2, 1);
        double before = meanLogLikelihood(rbm, x);
        double[] errors = rbm.train(x, 200, 20, 0.1, 1);
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
        Rbm rbm = new Rbm(4, 2, 2);
        rbm.train(twoPatterns(), 20, 20, 0.1, 1);
        Net net = Net.input(4).dense(2, Activation.sigmoid()).dense(1, Activation.sigmoid()).seed(1).build();
        rbm.copyInto(net, 0);
        DMatrixRMaj v = new DMatrixRMaj(1, 4, true, 1, 0, 1, 1);
        net.predict(v);
        DMatrixRMaj layer = net.lastOutput(1);
        DMatrixRMaj expected = rbm.hiddenProbabilities(v);
        assertEquals(expected.get(0, 0), layer.get(0, 0), 1e-12);
        assertEquals(expected.get(0, 1), layer.get(0, 1), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rbm.copyInto(net, 2));
        assertTrue(e.getMessage().contains("4 → 2"), e.getMessage());
    }

    @Test
    void inputsOutsideZeroOne_areRejectedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Rbm(2, 1, 1).train(new DMatrixRMaj(1, 2, true, 0.5, 1.5), 1, 1, 0.1, 1));
        assertTrue(e.getMessage().contains("1.5") && e.getMessage().contains("rescale"), e.getMessage());
    }
}
