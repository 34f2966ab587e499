package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.loss.Loss;
import nnlab.metrics.Metric;
import nnlab.nn.Activation;
import nnlab.nn.Parameter;
import nnlab.optim.Optimizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainingTest {

    /**
     * Loads the classes and the native BLAS once, so that the timed smoke tests measure training,
     * not the JVM's one-time start-up (about half a second on a busy 2-core machine).
     */
    @BeforeAll
    static void warmUp() {
        Net net = Net.input(2).dense(16, Activation.tanh()).dense(1, Activation.sigmoid()).build();
        net.train(Synthetic.xor(64, 0, 0)).epochs(2).run();
    }

    @Test
    void xor_reaches99PercentTrainingAccuracy() {
        Dataset xor = Synthetic.xor(100, 0.0, 1);
        Net net = Net.input(2).dense(16, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
        History h = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> net.train(xor)
                .loss(Loss.binaryCrossEntropy()).optimizer(Optimizer.sgd(0.5)).batchSize(10).epochs(150).run());
        assertTrue(h.last().metric("accuracy") >= 0.99, h::toString);
        assertTrue(net.evaluate(xor).metric("accuracy") >= 0.99);
    }

    @Test
    void twoMoons_reaches97PercentTrainingAccuracy() {
        Dataset moons = Synthetic.moons(300, 0.1, 2);
        Net net = Net.input(2).dense(16, Activation.relu()).dense(16, Activation.relu()).dense(1, Activation.sigmoid())
                .init(Init.heNormal()).seed(42).build();
        History h = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> net.train(moons)
                .optimizer(Optimizer.sgd(0.1)).batchSize(16).epochs(150).run());
        assertTrue(h.last().metric("accuracy") >= 0.97, h::toString);
    }

    @Test
    void zeroInit_keepsHiddenUnitsIdentical_heInitDoesNot() {
        Dataset moons = Synthetic.moons(100, 0.1, 3);
        Net zero = Net.input(2).dense(4, Activation.sigmoid()).dense(1, Activation.sigmoid()).init(Init.zeros()).build();
        Net he = Net.input(2).dense(4, Activation.sigmoid()).dense(1, Activation.sigmoid()).init(Init.heNormal()).seed(3)
                .build();
        zero.train(moons).optimizer(Optimizer.sgd(0.5)).epochs(20).run();
        he.train(moons).optimizer(Optimizer.sgd(0.5)).epochs(20).run();
        DMatrixRMaj wz = zero.parameters().get(0).value();
        DMatrixRMaj wh = he.parameters().get(0).value();
        for (int i = 0; i < 2; i++) {
            for (int j = 1; j < 4; j++) {
                assertEquals(wz.get(i, 0), wz.get(i, j), 0.0, "zero init: hidden unit " + j + " differs from unit 0");
            }
        }
        assertNotEquals(0.0, wz.get(0, 0), "zero init still learns, just symmetrically");
        assertNotEquals(wh.get(0, 0), wh.get(0, 1));
    }

    @Test
    void sameSeeds_giveIdenticalHistoryAndWeights() {
        Dataset moons = Synthetic.moons(120, 0.2, 4);
        double[][] runs = new double[2][];
        double[][] weights = new double[2][];
        double[][] valAcc = new double[2][];
        for (int r = 0; r < 2; r++) {
            Net net = Net.input(2).dense(8, Activation.relu()).dropout(0.2).dense(1, Activation.sigmoid()).seed(9).build();
            History h = net.train(moons).optimizer(Optimizer.sgd(0.1)).batchSize(10).epochs(5).validationSplit(0.25).run();
            runs[r] = h.trainLoss();
            valAcc[r] = h.metric("val_accuracy");
            weights[r] = net.parameters().get(0).value().data.clone();
        }
        assertArrayEquals(runs[0], runs[1], 0.0);
        assertArrayEquals(valAcc[0], valAcc[1], 0.0);
        assertArrayEquals(weights[0], weights[1], 0.0);
    }

    @Test
    void validationSplit_isShuffledNotTheLastRows() {
        // sorted labels: the last 20% of rows are all class 1; a shuffled split sees both classes
        double[][] x = new double[100][1];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            x[i][0] = i / 100.0;
            labels[i] = i < 50 ? 0 : 1;
        }
        Dataset sorted = Dataset.classification(x, labels, 2);
        Net net = Net.input(1).dense(1, Activation.sigmoid()).build();
        List<Double> seen = new ArrayList<>();
        Callback spy = new Callback() {
            @Override
            public boolean onEpochEnd(EpochLog log) {
                seen.add(log.validationLoss());
                return false;
            }
        };
        net.train(sorted).validationSplit(0.2).epochs(1).callbacks(spy).run();
        Dataset.Split split = sorted.split(0.8, net.seed());
        int ones = 0;
        for (int label : split.second().labels()) {
            ones += label;
        }
        assertTrue(ones > 0 && ones < split.second().size(), "the validation part holds both classes");
        assertEquals(1, seen.size());
        assertFalse(Double.isNaN(seen.get(0)));
    }

    @Test
    void interruption_stopsCleanlyKeepingHistoryAndWeights() {
        Dataset moons = Synthetic.moons(100, 0.1, 5);
        Net net = Net.input(2).dense(8, Activation.relu()).dense(1, Activation.sigmoid()).seed(5).build();
        Callback interruptAfterThird = new Callback() {
            @Override
            public boolean onEpochEnd(EpochLog log) {
                if (log.epoch() == 3) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
        };
        History h = net.train(moons).epochs(50).callbacks(interruptAfterThird).run();
        assertTrue(h.interrupted());
        assertEquals(3, h.size());
        assertFalse(Thread.currentThread().isInterrupted(), "the flag is consumed so the next cell can train");
        assertTrue(h.toString().contains("interrupted"));
    }

    @Test
    void callback_canStopTraining() {
        Net net = Net.input(2).dense(1, Activation.sigmoid()).build();
        Callback stopAtTwo = new Callback() {
            @Override
            public boolean onEpochEnd(EpochLog log) { return log.epoch() == 2; }
        };
        History h = net.train(Synthetic.xor(20, 0, 1)).epochs(10).callbacks(stopAtTwo).run();
        assertEquals(2, h.size());
        assertTrue(h.stopped());
    }

    @Test
    void divergingLoss_stopsWithEpochBatchAndAdvice() {
        Dataset data = Synthetic.regression(64, x -> 1000 * x, -10, 10, 0, 6);
        Net net = Net.input(1).dense(8, Activation.relu()).dense(1).init(Init.heNormal()).seed(6).build();
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class, () ->
                net.train(data).loss(Loss.mse()).optimizer(Optimizer.sgd(10)).batchSize(8).epochs(50).run());
        assertTrue(e.getMessage().contains("epoch " + e.epoch()));
        assertTrue(e.getMessage().contains("batch " + e.batch()));
        assertTrue(e.getMessage().contains("lower learning rate"));
    }

    @Test
    void mismatchedData_namesBothSizes() {
        Net net = Net.input(3).dense(1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.train(Synthetic.xor(10, 0, 1)));
        assertTrue(e.getMessage().contains("2 features") && e.getMessage().contains("3 inputs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.train(Synthetic.regression(5, x -> x, 0, 1, 0, 1)
                ).batchSize(0));
    }

    @Test
    void spec_printsEveryDefault() {
        Net net = Net.input(2).dense(1, Activation.sigmoid()).build();
        String spec = net.train(Synthetic.xor(10, 0, 1)).toString();
        for (String option : List.of("loss", "binaryCrossEntropy", "optimizer", "SGD(learningRate=0.01)", "batchSize",
                "epochs", "validation", "seed", "shuffle", "metrics", "accuracy", "callbacks")) {
            assertTrue(spec.contains(option), () -> option + " missing in\n" + spec);
        }
    }

    @Test
    void batchSizes_fullBatchAndOne_completeOneStepPerBatch() {
        Dataset data = Synthetic.xor(12, 0, 1);
        Net net = Net.input(2).dense(1, Activation.sigmoid()).build();
        int[] batches = new int[1];
        Callback counter = new Callback() {
            @Override
            public void onBatchEnd(int epoch, int batch, double loss) { batches[0]++; }
        };
        net.train(data).fullBatch().epochs(2).callbacks(counter).run();
        assertEquals(2, batches[0]);
        batches[0] = 0;
        net.train(data).batchSize(1).epochs(2).callbacks(counter).run();
        assertEquals(24, batches[0]);
        batches[0] = 0;
        net.train(data).batchSize(5).epochs(1).callbacks(counter).run();
        assertEquals(3, batches[0]);
    }

    @Test
    void frozenLayer_keepsItsWeights() {
        Net net = Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).seed(2).build();
        net.layer("dense1").freeze();
        double[] before = net.layer("dense1").parameters().get(0).value().data.clone();
        double[] outBefore = net.layer("dense2").parameters().get(0).value().data.clone();
        net.train(Synthetic.xor(20, 0, 2)).optimizer(Optimizer.sgd(0.5)).epochs(3).run();
        assertArrayEquals(before, net.layer("dense1").parameters().get(0).value().data, 0.0);
        assertFalse(java.util.Arrays.equals(outBefore, net.layer("dense2").parameters().get(0).value().data));
        assertTrue(net.summary().contains("frozen"));
    }

    @Test
    void summary_listsLayersShapesAndParameterCounts() {
        Net net = Net.input(2).dense(16, Activation.relu()).dense(1, Activation.sigmoid()).init(Init.heNormal()).build();
        String s = net.summary();
        assertTrue(s.contains("dense1") && s.contains("relu1") && s.contains("sigmoid1"), s);
        assertTrue(s.contains("48") && s.contains("17") && s.contains("total params: 65"), s);
        assertEquals(65, net.parameterCount());
    }

    @Test
    void sampleWeights_zeroWeightRowsDoNotMoveTheNet() {
        Dataset data = Synthetic.xor(8, 0, 3);
        Net net = Net.input(2).dense(1, Activation.sigmoid()).seed(1).build();
        double[] before = net.parameters().get(0).value().data.clone();
        net.train(data).sampleWeights(new double[8]).metrics().epochs(2).run();
        assertArrayEquals(before, net.parameters().get(0).value().data, 0.0);
        assertThrows(IllegalArgumentException.class, () -> net.train(data).sampleWeights(1, 2));
    }

    @Test
    void regression_reportsMseAndR2() {
        Dataset data = Synthetic.regression(100, Math::sin, 0, 3, 0.05, 7);
        Net net = Net.input(1).dense(16, Activation.tanh()).dense(1).seed(7).build();
        History h = net.train(data).optimizer(Optimizer.sgd(0.1)).batchSize(10).epochs(200).metrics(Metric.r2()).run();
        assertTrue(h.last().metric("r2") > 0.9, h::toString);
        assertEquals(List.of("mse", "r2"), List.copyOf(net.evaluate(data).metrics().keySet()).stream().sorted().toList());
    }

    @Test
    void predictAndMeanLoss_inChunks_equalOneBigBatch() {
        Dataset data = Synthetic.moons(2500, 0.2, 8);
        Net net = Net.input(2).dense(8, Activation.tanh()).dense(1, Activation.sigmoid()).seed(8).build();
        DMatrixRMaj x = data.x();
        DMatrixRMaj whole = net.forward(x, false).copy();
        assertArrayEquals(whole.data, net.predict(x).data, 1e-15);
        Loss bce = Loss.binaryCrossEntropy();
        assertEquals(net.lossValue(x, data.y(), bce, null, false), net.meanLoss(x, data.y(), bce), 1e-12);
    }

    @Test
    void parameters_areSharedNotCopied() {
        Net net = Net.input(2).dense(2).build();
        Parameter w = net.parameters().get(0);
        assertTrue(w == net.layer(0).parameters().get(0));
    }
}
