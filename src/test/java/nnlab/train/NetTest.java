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
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
import org.ejml.data.DMatrixRMaj;
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

    /**
     * A 1-unit identity layer whose forward pass, the first time, signals that a thread is inside
     * and waits until released: it holds one thread inside a net for as long as a test needs.
     */
    private static final class Gate implements Layer {
        final CountDownLatch inside = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final DMatrixRMaj y = new DMatrixRMaj(0, 1);

        @Override
        public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
            if (inside.getCount() == 0 && release.getCount() == 1) {
                throw new AssertionError("a second thread got inside the net while the first is held");
            }
            inside.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            y.setTo(x);
            return y;
        }

        @Override
        public DMatrixRMaj backward(DMatrixRMaj dOut) { return dOut; }

        @Override
        public String name() { return "gate1"; }

        @Override
        public int inputSize() { return 1; }

        @Override
        public int outputSize() { return 1; }

        @Override
        public Map<String, Object> config() { return Map.of("type", "Gate", "name", "gate1"); }
    }

    @Test
    void aSecondThread_failsFastNamingBothThreadsAndTheFix_whileTheFirstGetsItsNumbers() throws Exception {
        Gate gate = new Gate();
        Dense d = new Dense("dense1", 1, 1);
        d.weights().value().set(0, 0, 2.0);
        Net net = Net.of(List.of(gate, d), 0, null);
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1}, {3}});
        AtomicReference<DMatrixRMaj> firstResult = new AtomicReference<>();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                firstResult.set(net.predict(x));
            } catch (Throwable t) {
                firstError.set(t);
            }
        }, "first");
        first.start();
        try {
            assertTrue(gate.inside.await(30, TimeUnit.SECONDS), "the first thread reached the gate");
            // the first thread is held inside predict: every computing entry point refuses this thread
            var predict = assertThrows(IllegalStateException.class, () -> net.predict(x));
            String m = predict.getMessage();
            assertTrue(m.contains("'first'") && m.contains("'" + Thread.currentThread().getName() + "'")
                    && m.contains("net.copy()") && m.contains("gate1") && m.contains("predict"), m);
            assertThrows(IllegalStateException.class, () -> net.forward(x, false));
            assertThrows(IllegalStateException.class, () -> net.computeGradients(x, x, Loss.mse()));
            assertThrows(IllegalStateException.class, () -> net.meanLoss(x, x, Loss.mse()));
            assertThrows(IllegalStateException.class, () -> net.backward(x));
        } finally {
            gate.release.countDown();
            first.join(30_000);
        }
        assertFalse(first.isAlive());
        assertEquals(null, firstError.get());
        assertArrayEquals(new double[] {2, 6}, firstResult.get().data, 0.0, "the first thread's numbers are right");
        // the net is free again, and a copy per thread is the documented way
        assertArrayEquals(new double[] {2, 6}, net.predict(x).data, 0.0);
    }

    @Test
    void aFailedCall_releasesTheNet_forOtherThreads() throws Exception {
        Net net = Net.input(2).dense(1).build();
        assertThrows(IllegalArgumentException.class, () -> net.forward(new DMatrixRMaj(1, 3), false));
        AtomicReference<Throwable> other = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                net.predict(new DMatrixRMaj(1, 2));
            } catch (Throwable e) {
                other.set(e);
            }
        });
        t.start();
        t.join(30_000);
        assertEquals(null, other.get());
    }

    @Test
    void theSameLayerTwice_isRejectedNamingItAndBothPlaces() {
        Dense d = new Dense("dense1", 2, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> Net.of(List.of(d, new Sigmoid("sigmoid1", 2), d), 0, null));
        assertTrue(e.getMessage().contains("dense1") && e.getMessage().contains("position 0")
                && e.getMessage().contains("position 2"), e.getMessage());
        // two distinct layers of the same shape are fine when named apart
        assertEquals(3, Net.of(List.of(d, new Sigmoid("sigmoid1", 2), new Dense("dense2", 2, 2)), 0, null).layers().size());
    }

    @Test
    void predict_onNoRows_givesAnEmptyMatrixOfTheOutputWidth() {
        Net net = Net.input(2).dense(3, Activation.softmax()).build();
        DMatrixRMaj p = net.predict(new DMatrixRMaj(0, 2));
        assertEquals(0, p.numRows);
        assertEquals(3, p.numCols);
        assertEquals(0, net.predict(new double[0][]).numRows);
    }

    @Test
    void predict_ofArrays_equalsPredictOfTheMatrix() {
        Net net = Net.input(2).dense(2, Activation.tanh()).dense(1).seed(3).build();
        double[][] rows = {{0.5, -1}, {2, 0.25}};
        assertArrayEquals(net.predict(new DMatrixRMaj(rows)).data, net.predict(rows).data, 0.0);
    }
}
