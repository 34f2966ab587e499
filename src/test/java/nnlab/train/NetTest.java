package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.loss.Loss;
import nnlab.metrics.Metric;
import nnlab.nn.Activation;
import nnlab.nn.BatchNorm;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.Parameter;
import nnlab.nn.Sigmoid;
import nnlab.nn.Softmax;
import nnlab.optim.Optimizer;
import org.junit.jupiter.api.Test;

class NetTest {

    private static final Dataset MOONS = Synthetic.moons(60, 0.1, 4);

    @Test
    void denseAccess_countsDenseLayersOnly_andNamesTheChoicesWhenWrong() {
        Net net = Net.input(3).dense(4, Activation.tanh()).dropout(0.2).dense(2, Activation.relu()).dense(1).build();
        assertEquals(List.of("dense1", "dense2", "dense3"), net.denseLayers().stream().map(Layer::name).toList());
        assertSame(net.layer(3), net.dense(1));         // layers: dense1, tanh1, dropout1, dense2, relu1, dense3
        assertSame(net.layer("dense3"), net.dense(2));
        assertSame(net.layer(0), net.dense("dense1"));
        var outOfRange = assertThrows(IllegalArgumentException.class, () -> net.dense(3));
        assertTrue(outOfRange.getMessage().contains("3 dense layers") && outOfRange.getMessage().contains("dense(3)"),
                outOfRange.getMessage());
        var notDense = assertThrows(IllegalArgumentException.class, () -> net.dense("tanh1"));
        assertTrue(notDense.getMessage().contains("'tanh1' is not a dense layer")
                && notDense.getMessage().contains("[dense1, dense2, dense3]"), notDense.getMessage());
    }

    /** Every kind of state a net can hold: weights, BN running statistics, PReLU slopes, dropout. */
    private static Net trainedNetWithEveryKindOfState() {
        Net net = Net.input(2).dense(6, Activation.prelu()).batchNorm().dropout(0.3).residual(1, Activation.tanh())
                .dense(1, Activation.sigmoid()).init(Init.heNormal()).seed(9).build();
        net.train(MOONS).optimizer(Optimizer.adam(0.05)).batchSize(10).epochs(3).live(false).run();
        net.layer("dense1").freeze();
        return net;
    }

    @Test
    void copy_hasTheSameWeightsStateFlagsNamesSeedAndInit() {
        Net net = trainedNetWithEveryKindOfState();
        BatchNorm bn = (BatchNorm) net.layer("batchnorm1");
        assertTrue(Arrays.stream(bn.runningMean().data).anyMatch(v -> v != 0), "the running mean moved in training");
        Net copy = net.copy();
        assertArrayEquals(WeightRecorder.flatten(net), WeightRecorder.flatten(copy));
        assertEquals(net.layers().stream().map(Layer::name).toList(), copy.layers().stream().map(Layer::name).toList());
        assertEquals(net.parameters().stream().map(Parameter::isFrozen).toList(),
                copy.parameters().stream().map(Parameter::isFrozen).toList());
        assertTrue(copy.layer("dense1").isFrozen());
        assertEquals(net.seed(), copy.seed());
        assertSame(net.init(), copy.init());
        assertNotSame(net.dense(0).weights().value(), copy.dense(0).weights().value());
        assertArrayEquals(net.predict(MOONS).data, copy.predict(MOONS).data, "same predictions, bit for bit");
    }

    @Test
    void trainingTheCopy_leavesTheOriginalUntouched() {
        Net net = trainedNetWithEveryKindOfState();
        double[] before = WeightRecorder.flatten(net);
        Net copy = net.copy();
        copy.train(MOONS).optimizer(Optimizer.adam(0.05)).batchSize(10).epochs(2).live(false).run();
        assertFalse(Arrays.equals(before, WeightRecorder.flatten(copy)), "the copy trained");
        assertArrayEquals(before, WeightRecorder.flatten(net));
    }

    /** ŷ = σ(x) for one input: W = 1, b = 0. */
    private static Net identitySigmoid() {
        Dense d = new Dense("dense1", 1, 1);
        d.weights().value().set(0, 0, 1.0);
        return Net.of(List.of(d, new Sigmoid("sigmoid1", 1)), 0, null);
    }

    private static final Dataset TWO_POINTS = Dataset.of(new double[][] {{-1}, {2}}, new double[][] {{0}, {0}});

    @Test
    void scores_areTheSigmoidOfEachRow() {
        double[] s = identitySigmoid().scores(TWO_POINTS);
        assertArrayEquals(new double[] {1 / (1 + Math.exp(1)), 1 / (1 + Math.exp(-2))}, s, 1e-15);
    }

    @Test
    void scores_ofANetWithTwoOutputs_pointsToPredictClassesAndPredict() {
        Net net = Net.input(2).dense(2, Activation.softmax()).build();
        Dataset two = Dataset.of(new double[][] {{0, 1}}, new double[][] {{1, 0}});
        var e = assertThrows(IllegalArgumentException.class, () -> net.scores(two));
        assertTrue(e.getMessage().contains("predictClasses") && e.getMessage().contains("predict(data)")
                && e.getMessage().contains("has 2"), e.getMessage());
    }

    @Test
    void predictClasses_thresholdsOneColumnAtHalf() {
        // σ(−1) ≈ 0.27 → 0, σ(2) ≈ 0.88 → 1
        assertArrayEquals(new int[] {0, 1}, identitySigmoid().predictClasses(TWO_POINTS));
        assertArrayEquals(new int[] {0, 1}, identitySigmoid().predictClasses(TWO_POINTS.xView()));
    }

    @Test
    void predictClasses_takesTheArgmaxOfSeveralColumns() {
        // z = (x, −x): x = −1 → class 1, x = 2 → class 0
        Dense d = new Dense("dense1", 1, 2);
        d.weights().value().set(0, 0, 1.0);
        d.weights().value().set(0, 1, -1.0);
        Net net = Net.of(List.of(d, new Softmax("softmax1", 2)), 0, null);
        assertArrayEquals(new int[] {1, 0}, net.predictClasses(TWO_POINTS.xView()));
    }

    @Test
    void accuracy_isTheShareOfRightClasses_asEvaluateReportsIt() {
        // targets 0, 0; classes 0, 1 → one right of two
        assertEquals(0.5, identitySigmoid().accuracy(TWO_POINTS), 0.0);
        Net net = trainedNetWithEveryKindOfState();
        double viaEvaluate = net.evaluate(MOONS, Loss.binaryCrossEntropy(), Metric.accuracy()).metric("accuracy");
        assertEquals(viaEvaluate, net.accuracy(MOONS), 0.0);
        assertTrue(net.accuracy(MOONS) > 0.7, "trained: " + net.accuracy(MOONS));
    }

    @Test
    void predictOfADataset_isPredictOfItsInputs() {
        Net net = trainedNetWithEveryKindOfState();
        assertArrayEquals(net.predict(MOONS.xView()).data, net.predict(MOONS).data);
    }

    @Test
    void evaluation_keepsTheMetricsInTheOrderGiven() {
        Net net = Net.input(2).dense(1).build();
        Dataset data = Synthetic.moons(20, 0.1, 1);
        Evaluation e = net.evaluate(data, Loss.mse(), Metric.r2(), Metric.mae(), Metric.mse(), Metric.accuracy());
        assertEquals(List.of("r2", "mae", "mse", "accuracy"), List.copyOf(e.metrics().keySet()));
    }
}
