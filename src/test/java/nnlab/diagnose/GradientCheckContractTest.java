package nnlab.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nnlab.init.Init;
import nnlab.loss.Loss;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.nn.Dropout;
import nnlab.nn.Layer;
import nnlab.nn.Residual;
import nnlab.train.Architecture;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one contract test: every layer and every loss passes the gradient check. */
class GradientCheckContractTest {

    static final double TOLERANCE = 1e-7;

    /** Nets that each put one kind of layer between dense layers, ending in a linear output. */
    static Stream<Arguments> layers() {
        return Stream.of(
                Arguments.of("dense", Net.input(3).dense(4).dense(2)),
                Arguments.of("sigmoid", Net.input(3).dense(4, Activation.sigmoid()).dense(2)),
                Arguments.of("tanh", Net.input(3).dense(4, Activation.tanh()).dense(2)),
                Arguments.of("relu", Net.input(3).dense(4, Activation.relu()).dense(2)),
                Arguments.of("leakyRelu", Net.input(3).dense(4, Activation.leakyRelu(0.1)).dense(2)),
                Arguments.of("prelu", Net.input(3).dense(4, Activation.prelu()).dense(2)),
                Arguments.of("elu", Net.input(3).dense(4, Activation.elu()).dense(2)),
                Arguments.of("softmax", Net.input(3).dense(4, Activation.softmax()).dense(2)),
                Arguments.of("identity", Net.input(3).dense(4, Activation.identity()).dense(2)),
                Arguments.of("batchNorm", Net.input(3).dense(4).batchNorm().activation(Activation.tanh()).dense(2)),
                Arguments.of("dropout p=0", Net.input(3).dense(4, Activation.tanh()).dropout(0.0).dense(2)),
                Arguments.of("residual", Net.input(3).dense(4, Activation.tanh()).residual(2, Activation.tanh()).dense(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void everyLayer_matchesFiniteDifferences(String name, Architecture builder) {
        Net net = builder.init(Init.normal(0.7)).seed(11).build();
        Random rng = new Random(5);
        DMatrixRMaj x = RandomMatrices_DDRM.rectangle(5, 3, -1, 1, rng);
        DMatrixRMaj y = RandomMatrices_DDRM.rectangle(5, 2, -1, 1, rng);
        GradientCheck.Report report = GradientCheck.run(net, Loss.mse(), x, y, GradientCheck.STEP, TOLERANCE);
        assertTrue(report.passed(), () -> name + "\n" + report);
    }

    record LossCase(String name, Loss loss, Activation output, int k, boolean probabilityTargets) {
        @Override
        public String toString() { return name; }
    }

    static Stream<LossCase> losses() {
        return Stream.of(
                new LossCase("mse", Loss.mse(), null, 3, false),
                new LossCase("mae", Loss.mae(), null, 3, false),
                new LossCase("huber", Loss.huber(0.3), null, 3, false),
                new LossCase("bce (after tanh)", Loss.binaryCrossEntropy(), Activation.tanh(), 1, true),
                new LossCase("bce fused with sigmoid", Loss.binaryCrossEntropy(), Activation.sigmoid(), 2, true),
                new LossCase("bce class weights", Loss.binaryCrossEntropy().withClassWeights(1, 4), Activation.sigmoid(), 1, true),
                new LossCase("cce fused with softmax", Loss.categoricalCrossEntropy(), Activation.softmax(), 3, true),
                new LossCase("cce class weights", Loss.categoricalCrossEntropy().withClassWeights(1, 2, 3),
                        Activation.softmax(), 3, true),
                new LossCase("mse class weights", Loss.mse().withClassWeights(2, 1, 5), null, 3, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void everyLoss_matchesFiniteDifferences(LossCase c) {
        Architecture b = Net.input(3).dense(4, Activation.tanh());
        if (c.output() == null) {
            b.dense(c.k());
        } else if (c.output().name().equals("tanh")) {
            // squash tanh into (0, 1) so plain BCE sees probabilities: an extra sigmoid-free path
            b.dense(c.k(), Activation.sigmoid()).dense(c.k(), Activation.tanh()).dense(c.k(), Activation.sigmoid());
        } else {
            b.dense(c.k(), c.output());
        }
        Net net = b.init(Init.normal(0.7)).seed(3).build();
        Random rng = new Random(9);
        DMatrixRMaj x = RandomMatrices_DDRM.rectangle(6, 3, -1, 1, rng);
        DMatrixRMaj y = targets(c, 6, rng);
        GradientCheck.Report report = GradientCheck.run(net, c.loss(), x, y, GradientCheck.STEP, TOLERANCE);
        assertTrue(report.passed(), () -> c.name() + "\n" + report);
    }

    @Test
    void sampleWeights_areDifferentiatedCorrectly() {
        Net net = Net.input(2).dense(3, Activation.tanh()).dense(1, Activation.sigmoid()).seed(4).build();
        Random rng = new Random(2);
        DMatrixRMaj x = RandomMatrices_DDRM.rectangle(4, 2, -1, 1, rng);
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{0}, {1}, {1}, {0}});
        DMatrixRMaj w = new DMatrixRMaj(new double[][] {{0.5}, {2}, {1}, {3}});
        Loss loss = Loss.binaryCrossEntropy();
        net.computeGradients(x, y, loss, w);
        double analytic = net.parameters().get(0).grad().get(1, 2);
        DMatrixRMaj W = net.parameters().get(0).value();
        double h = 1e-5;
        double saved = W.get(1, 2);
        W.set(1, 2, saved + h);
        double plus = net.lossValue(x, y, loss, w, true);
        W.set(1, 2, saved - h);
        double minus = net.lossValue(x, y, loss, w, true);
        W.set(1, 2, saved);
        assertEquals((plus - minus) / (2 * h), analytic, 1e-9);
    }

    @Test
    void dropout_maskedBackward_matchesFiniteDifferences_withOneMaskHeldForTheCheck() {
        Net net = Net.input(3).dense(6, Activation.tanh()).dropout(0.5).dense(2).init(Init.normal(0.7)).seed(11).build();
        Dropout dropout = (Dropout) net.layer("dropout1");
        Random rng = new Random(5);
        DMatrixRMaj x = RandomMatrices_DDRM.rectangle(5, 3, -1, 1, rng);
        DMatrixRMaj y = RandomMatrices_DDRM.rectangle(5, 2, -1, 1, rng);
        GradientCheck.Report report = GradientCheck.run(net, Loss.mse(), x, y, GradientCheck.STEP, TOLERANCE);
        assertTrue(report.passed(), report::toString);
        // the mask of the check dropped some units and kept others (tanh is never exactly 0 here)
        int i = net.layers().indexOf(dropout);
        DMatrixRMaj kept = net.lastOutput(i);
        long zeros = java.util.Arrays.stream(kept.data, 0, kept.getNumElements()).filter(v -> v == 0).count();
        assertTrue(zeros > 0 && zeros < kept.getNumElements(), "dropped " + zeros + " of " + kept.getNumElements());
        assertFalse(dropout.holdsMask(), "fresh masks again after the check");
    }

    @Test
    void refuses_aLayerThatIsRandomInTrainingAndCannotBeHeld() {
        Layer residual = new Residual("residual1", List.of(new Dense("dense1", 2, 2), new Dropout("dropout1", 2, 0.5, 0)));
        Net net = Net.of(List.of(residual, new Dense("dense2", 2, 1)), 1, Init.zeros());
        DMatrixRMaj x = new DMatrixRMaj(2, 2);
        DMatrixRMaj y = new DMatrixRMaj(2, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GradientCheck.run(net, Loss.mse(), x, y));
        assertTrue(e.getMessage().contains("residual1") && e.getMessage().contains("p = 0"), e.getMessage());
    }

    @Test
    void catches_aPlantedBugInBackward() {
        Net good = Net.input(2).dense(3, Activation.sigmoid()).dense(1).seed(1).build();
        List<Layer> layers = new ArrayList<>(good.layers());
        // a sigmoid whose backward forgets the (1 − σ) factor
        layers.set(1, new BuggySigmoid("buggy", 3));
        Net bad = Net.of(layers, 1, Init.zeros());
        Random rng = new Random(8);
        DMatrixRMaj x = RandomMatrices_DDRM.rectangle(4, 2, -1, 1, rng);
        DMatrixRMaj y = RandomMatrices_DDRM.rectangle(4, 1, -1, 1, rng);
        GradientCheck.Report report = GradientCheck.run(bad, Loss.mse(), x, y);
        assertFalse(report.passed());
        assertTrue(report.toString().contains("FAIL"));
        // the weights after the buggy layer still check out; those before it do not
        assertTrue(report.rows().stream().filter(r -> r.parameter().startsWith("dense2")).allMatch(GradientCheck.Row::passed));
        assertFalse(report.rows().stream().filter(r -> r.parameter().equals("dense1.W")).findFirst().orElseThrow().passed());
    }

    private static DMatrixRMaj targets(LossCase c, int m, Random rng) {
        DMatrixRMaj y = new DMatrixRMaj(m, c.k());
        for (int i = 0; i < m; i++) {
            if (c.probabilityTargets() && c.k() > 1 && c.name().startsWith("cce")) {
                y.set(i, rng.nextInt(c.k()), 1.0);
            } else {
                for (int j = 0; j < c.k(); j++) {
                    y.set(i, j, c.probabilityTargets() ? rng.nextInt(2) : 2 * rng.nextDouble() - 1);
                }
            }
        }
        return y;
    }

    /** Sigmoid with a wrong derivative, σ' taken as σ. */
    static final class BuggySigmoid extends nnlab.nn.ElementwiseActivation {
        BuggySigmoid(String name, int size) { super(name, size); }

        @Override
        protected void apply(double[] z, double[] y, int n) {
            for (int i = 0; i < n; i++) {
                y[i] = 1 / (1 + Math.exp(-z[i]));
            }
        }

        @Override
        protected void derivative(double[] z, double[] y, double[] dY, double[] dZ, int n) {
            for (int i = 0; i < n; i++) {
                dZ[i] = dY[i] * y[i];
            }
        }
    }

}
