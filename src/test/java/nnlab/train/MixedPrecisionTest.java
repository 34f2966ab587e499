package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.diagnose.GradientCheck;
import nnlab.loss.Loss;
import nnlab.mat.Precision;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.Residual;
import nnlab.optim.Optimizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Training in {@link Precision#MIXED}: float32 products, double weights. Compared with the same
 * run in DOUBLE (same seed, same start), it must follow the same curve closely but not bit for
 * bit (or the float path was never taken), leave the net in its old precision, report a float32
 * overflow as a divergence, and fail a gradient check for float32's reason.
 */
class MixedPrecisionTest {

    private static Architecture moonsNet() {
        return Net.input(2).dense(16, Activation.tanh()).dense(16, Activation.tanh()).dense(1, Activation.sigmoid());
    }

    private static History train(Net net, Dataset data, Precision p) {
        return net.train(data).optimizer(Optimizer.adam(0.01)).batchSize(32).epochs(40).precision(p).run();
    }

    @Test
    void mixedFollowsTheDoubleCurve_closelyButNotBitForBit() {
        Dataset data = Synthetic.moons(400, 0.2, 3);
        History d = train(moonsNet().build(5), data, Precision.DOUBLE);
        History m = train(moonsNet().build(5), data, Precision.MIXED);
        double largest = 0;
        for (int e = 0; e < d.size(); e++) {
            double a = d.trainLoss()[e];
            double b = m.trainLoss()[e];
            largest = Math.max(largest, Math.abs(b - a) / a);
        }
        // measured: the largest relative difference over the 40 epochs is 9.2e-8
        assertTrue(largest < 1e-5, "MIXED strays from DOUBLE by " + largest);
        assertTrue(largest > 1e-12, "MIXED gave DOUBLE's losses bit for bit: the float32 products never ran");
        assertTrue(d.last().trainLoss() < 0.5 * d.trainLoss()[0], d::toString);
    }

    @Test
    void theRun_leavesTheNetInItsOldPrecision_andReachesDenseLayersInsideResidualBlocks() {
        Net net = Net.input(2).dense(4, Activation.tanh()).residual(2, Activation.relu()).dense(1, Activation.sigmoid())
                .seed(1).build();
        List<Layer> layers = net.layers();
        assertEquals(Precision.DOUBLE, Dense.setPrecision(layers, Precision.MIXED));
        Residual block = (Residual) layers.stream().filter(l -> l instanceof Residual).findFirst().orElseThrow();
        for (Layer l : block.layers()) {
            if (l instanceof Dense dense) {
                assertEquals(Precision.MIXED, dense.precision(), l.name());
            }
        }
        Dense.setPrecision(layers, Precision.DOUBLE);
        net.train(Synthetic.moons(40, 0.1, 1)).epochs(2).precision(Precision.MIXED).run();
        assertEquals(Precision.DOUBLE, Dense.setPrecision(layers, Precision.DOUBLE), "the run restores DOUBLE");
    }

    @Test
    void aFloat32Overflow_stopsTheRunLikeAnyDivergence_andSaysSo() {
        // inputs of 1e39 are finite doubles but beyond float32's 3.4e38: DOUBLE trains, MIXED cannot
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1e39, -1e39}, {-1e39, 1e39}, {1e39, 1e39}, {-1e39, -1e39}});
        Dataset data = Dataset.classification(x, new int[] {0, 1, 0, 1}, 2);
        Net net = Net.input(2).dense(3, Activation.tanh()).dense(1, Activation.sigmoid()).seed(2).build();
        History ok = net.train(data).epochs(2).precision(Precision.DOUBLE).run();
        assertTrue(Double.isFinite(ok.last().trainLoss()), ok::toString);
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class,
                () -> net.train(data).epochs(2).precision(Precision.MIXED).run());
        assertTrue(e.getMessage().contains("Precision.MIXED") && e.getMessage().contains("3.4e38"), e.getMessage());
        assertFalse(e.diverged(), "the first batch was never finite");
    }

    @Test
    void gradientCheck_passesInDouble_andFailsInMixed_forFloat32sReason() {
        Dataset data = Synthetic.moons(8, 0.2, 4);
        Net net = moonsNet().build(6);
        GradientCheck.Report inDouble = GradientCheck.run(net, Loss.binaryCrossEntropy(), data.xView(), data.yView());
        GradientCheck.Report inMixed = GradientCheck.run(net, Loss.binaryCrossEntropy(), data.xView(), data.yView(),
                Precision.MIXED);
        assertTrue(inDouble.passed(), inDouble::toString);
        assertTrue(inDouble.maxRelativeError() < 1e-8, inDouble::toString);
        assertFalse(inMixed.passed(), inMixed::toString);
        // measured 2.2e-3 to 1.5e-2 (the output bias passes: its gradient involves no product)
        assertTrue(inMixed.maxRelativeError() > 1e-5 && inMixed.maxRelativeError() < 0.5, inMixed::toString);
        assertTrue(inMixed.toString().contains("float32") && inMixed.toString().contains("Precision.DOUBLE"),
                inMixed::toString);
        assertFalse(inDouble.toString().contains("float32"), inDouble::toString);
        assertEquals(Precision.DOUBLE, Dense.setPrecision(net.layers(), Precision.DOUBLE), "the check restores DOUBLE");
        assertNotEquals(inDouble.maxRelativeError(), inMixed.maxRelativeError());
    }
}
