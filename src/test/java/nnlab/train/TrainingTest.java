package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.loss.Loss;
import nnlab.metrics.Metric;
import nnlab.nn.Activation;
import nnlab.nn.Parameter;
import nnlab.optim.Optimizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class TrainingTest {

    @Test
    void xor_reaches99PercentTrainingAccuracy() {
        Dataset xor = Synthetic.xor(100, 0.0, 1);
        Net net = Net.input(2).dense(16, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
        History h = net.train(xor).loss(Loss.binaryCrossEntropy()).optimizer(Optimizer.sgd(0.5)).batchSize(10).epochs(150)
                .run();
        assertTrue(h.last().metric("accuracy") >= 0.99, h::toString);
        assertTrue(net.evaluate(xor).metric("accuracy") >= 0.99);
    }

    @Test
    void twoMoons_reaches97PercentTrainingAccuracy() {
        Dataset moons = Synthetic.moons(300, 0.1, 2);
        Net net = Net.input(2).dense(16, Activation.relu()).dense(16, Activation.relu()).dense(1, Activation.sigmoid())
                .init(Init.heNormal()).seed(42).build();
        History h = net.train(moons).optimizer(Optimizer.sgd(0.1)).batchSize(16).epochs(150).run();
        assertTrue(h.last().metric("accuracy") >= 0.97, h::toString);
    }

    @Test
    void zeroInit_keepsHiddenUnitsIdentical_heInitDoesNot() {
        Dataset moons = Synthetic.moons(100, 0.1, 3);
        Net zero = Net.input(2).dense(4, Activation.sigmoid()).dense(1, Activation.sigmoid()).init(Init.zeros()).build();
        Net he = Net.input(2).dense(4, Activation.sigmoid()).dense(1, Activation.sigmoid()).init(Init.heNormal()).seed(3)
                .build();
        DMatrixRMaj wh0 = he.parameters().get(0).value().copy();
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
        // He units start different anyway; what symmetry breaking buys is that training moves each unit its own way
        double moved0 = wh.get(0, 0) - wh0.get(0, 0);
        double moved1 = wh.get(0, 1) - wh0.get(0, 1);
        assertNotEquals(0.0, moved0, "training moved He unit 0");
        assertNotEquals(moved0, moved1, 1e-6, "He units 0 and 1 received different updates");
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
        // the target of row i is its id i, rows in id order: a metric that records the ids it scores shows which rows
        // the run really held out (the val_ metric) and which it trained on
        int n = 100;
        double[][] x = new double[n][1];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = i / (double) n;
            y[i][0] = i;
        }
        List<int[]> scored = new ArrayList<>();
        Metric ids = new Metric() {
            @Override
            public String name() { return "meanId"; }

            @Override
            public double compute(DMatrixRMaj prediction, DMatrixRMaj target) {
                int[] rows = new int[target.numRows];
                for (int r = 0; r < rows.length; r++) {
                    rows[r] = (int) target.get(r, 0);
                }
                scored.add(rows);
                return Arrays.stream(rows).average().orElseThrow();
            }
        };
        Net net = Net.input(1).dense(1).seed(3).build();
        History h = net.train(Dataset.of(x, y)).optimizer(Optimizer.sgd(1e-4)).metrics(ids).validationSplit(0.2).epochs(1)
                .run();

        assertEquals(2, scored.size(), "one call on the training rows, one on the validation rows");
        int[] valid = scored.stream().filter(r -> r.length == 20).findFirst().orElseThrow();
        int[] train = scored.stream().filter(r -> r.length == 80).findFirst().orElseThrow();
        assertEquals(Arrays.stream(valid).average().orElseThrow(), h.last().metric("val_meanId"), 0.0,
                "val_meanId was computed on the 20 rows");
        Set<Integer> every = new TreeSet<>();
        Arrays.stream(valid).forEach(every::add);
        Arrays.stream(train).forEach(every::add);
        assertEquals(n, every.size(), "validation and training rows are disjoint and together every row");
        Set<Integer> held = new TreeSet<>();
        Arrays.stream(valid).forEach(held::add);
        assertNotEquals(Set.copyOf(IntStream.range(80, 100).boxed().toList()), held, "not simply the last 20 rows");
        long firstHalf = Arrays.stream(valid).filter(i -> i < 50).count();
        assertTrue(firstHalf > 0 && firstHalf < 20, "held-out rows from both halves of the data: " + held);
        // the validation loss is the loss on those same rows
        DMatrixRMaj xv = new DMatrixRMaj(20, 1);
        DMatrixRMaj yv = new DMatrixRMaj(20, 1);
        for (int r = 0; r < 20; r++) {
            xv.set(r, 0, x[valid[r]][0]);
            yv.set(r, 0, valid[r]);
        }
        assertEquals(net.meanLoss(xv, yv, Loss.mse()), h.last().validationLoss(), 1e-12 * h.last().validationLoss());
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
        try {
            History h = net.train(moons).epochs(50).callbacks(interruptAfterThird).run();
            assertTrue(h.interrupted());
            assertEquals(3, h.size());
            assertTrue(h.toString().contains("interrupted"));
            // issue 10: the stop button stops the cell, so the flag stays set for the cell's later runs
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is re-asserted");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void afterTheStopButton_theNextRunsOfALoopReturnAtOnce_withNothingTrained() {
        Dataset moons = Synthetic.moons(100, 0.1, 5);
        Net net = Net.input(2).dense(8, Activation.relu()).dense(1, Activation.sigmoid()).seed(5).build();
        Callback stopButton = new Callback() {
            @Override
            public void onBatchEnd(int epoch, int batch, double loss) {
                if (epoch == 2 && batch == 2) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        List<History> runs = new ArrayList<>();
        double[] afterFirst = null;
        try {
            for (int run = 0; run < 3; run++) {         // a cell with a loop of runs
                runs.add(net.train(moons).epochs(5).callbacks(stopButton).run());
                if (run == 0) {
                    afterFirst = net.parameters().get(0).value().data.clone();
                }
            }
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, runs.get(0).size(), "the first run stops in its second epoch");
        for (History later : runs.subList(1, 3)) {
            assertTrue(later.interrupted() && later.size() == 0, later::toString);
        }
        assertArrayEquals(afterFirst, net.parameters().get(0).value().data, 0.0, "the later runs trained nothing");
        History again = net.train(moons).epochs(1).run();
        assertEquals(1, again.size(), "with the flag cleared (the next cell) training works again");
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
    void sampleWeights_zeroWeightRowsCountForNothing_andAllZeroWeightsAreRejected() {
        Dataset data = Synthetic.xor(8, 0, 3);
        Dataset firstHalf = data.rows(new int[] {0, 1, 2, 3});
        Net weighted = Net.input(2).dense(1, Activation.sigmoid()).seed(1).build();
        Net subset = Net.input(2).dense(1, Activation.sigmoid()).seed(1).build();
        // full batch: L = (1/8) Σ_{i<4} ℓ_i is half the subset's (1/4) Σ ℓ_i, so twice the rate takes the same steps
        weighted.train(data).sampleWeights(1, 1, 1, 1, 0, 0, 0, 0).optimizer(Optimizer.sgd(0.2)).fullBatch().metrics()
                .epochs(5).run();
        subset.train(firstHalf).optimizer(Optimizer.sgd(0.1)).fullBatch().metrics().epochs(5).run();
        assertArrayEquals(subset.parameters().get(0).value().data, weighted.parameters().get(0).value().data, 1e-14);
        // issue 10: all-zero weights used to train silently to nothing
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> weighted.train(data).sampleWeights(new double[8]));
        assertTrue(e.getMessage().contains("positive sum"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> weighted.train(data).sampleWeights(1, 2));
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
