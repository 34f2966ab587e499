package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.loss.Loss;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a run checks what it was given once, on the whole data set, before any weight
 * changes; a bad target is named by its row in the data set, not in a shuffled batch.
 */
class StartOfRunCheckTest {

    /** 64 rows, 3 one-hot classes, row {@code bad} all zeros. */
    private static Dataset withZeroRow(int bad) {
        double[][] x = new double[64][2];
        double[][] y = new double[64][3];
        for (int i = 0; i < 64; i++) {
            x[i][0] = Math.sin(i);
            x[i][1] = Math.cos(i);
            y[i][i % 3] = i == bad ? 0 : 1;
        }
        return Dataset.of(x, y);
    }

    private static Net softmaxNet() {
        return Net.input(2).dense(8, Activation.tanh()).dense(3, Activation.softmax()).seed(2).build();
    }

    @Test
    void aBadTargetIsNamedByItsRowInTheDataSet_beforeAnyBatchOrWeightChange() {
        Net net = softmaxNet();
        double[] before = WeightRecorder.flatten(net);
        List<Integer> batches = new ArrayList<>();
        Callback count = new Callback() {
            @Override
            public void onBatchEnd(int epoch, int batch, double loss) { batches.add(batch); }
        };
        // a shuffled mini-batch run: row 50 would be some row of some batch
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.train(withZeroRow(50))
                .batchSize(8).shuffle(true).optimizer(Optimizer.sgd(0.1)).callbacks(count).run());
        String m = e.getMessage();
        assertTrue(m.contains("row 50 of the training set") && m.contains("sums to 0.0"), m);
        assertTrue(m.contains("Received: row 50 = [0.0, 0.0, 0.0]"), m);
        assertEquals(List.of(), batches, "no batch ran");
        assertArrayEquals(before, WeightRecorder.flatten(net), 0.0);
    }

    @Test
    void withAValidationSplit_theRowIsStillTheRowOfTheGivenData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> softmaxNet().train(withZeroRow(61)).validationSplit(0.25).run());
        assertTrue(e.getMessage().contains("row 61 of the training set"), e.getMessage());
    }

    @Test
    void softTargetsThatAreDistributions_train() {
        double[][] x = {{0, 1}, {1, 0}, {1, 1}};
        double[][] y = {{0.2, 0.3, 0.5}, {1 / 3.0, 1 / 3.0, 1 / 3.0}, {0, 0, 1}};
        History h = softmaxNet().train(Dataset.of(x, y)).epochs(2).run();
        assertEquals(2, h.size());
    }

    @Test
    void binaryCrossEntropyOnALinearOutput_isRefusedBeforeTheFirstBatch_notCalledADivergence() {
        Net net = Net.input(2).dense(4, Activation.relu()).dense(1).seed(1).build();
        Dataset data = Dataset.of(new double[][] {{0, 1}, {1, 0}}, new double[][] {{0}, {1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.train(data).loss(Loss.binaryCrossEntropy()).run());
        assertTrue(e.getMessage().contains("sigmoid") && e.getMessage().contains("'dense2'"), e.getMessage());
        assertFalse(e.getMessage().contains("diverged"), e.getMessage());
    }

    @Test
    void aMisspeltMonitor_failsBeforeTheFirstEpoch() {
        Net net = softmaxNet();
        double[] before = WeightRecorder.flatten(net);
        Dataset data = withZeroRow(-1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.train(data)
                .validationSplit(0.25).callbacks(Callback.bestCheckpoint("val_acuracy")).run());
        assertTrue(e.getMessage().contains("'val_acuracy'") && e.getMessage().contains("val_accuracy"), e.getMessage());
        assertArrayEquals(before, WeightRecorder.flatten(net), 0.0);
    }

    /** Not a test of speed, a bound: the check of 60,000 one-hot rows costs a few milliseconds, once per run. */
    @Test
    void theWholeSetCheck_ofFashionMnistSizedTargets_isCheap() {
        org.ejml.data.DMatrixRMaj y = new org.ejml.data.DMatrixRMaj(60_000, 10);
        for (int i = 0; i < y.numRows; i++) {
            y.set(i, i % 10, 1);
        }
        Loss cce = Loss.categoricalCrossEntropy();
        nnlab.nn.Layer softmax = Net.input(2).dense(10, Activation.softmax()).build().layers().get(1);
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 20; r++) {
            long t = System.nanoTime();
            cce.checkFits(softmax, y, null, "training set");
            best = Math.min(best, System.nanoTime() - t);
        }
        assertTrue(best < 50_000_000L, "best of 20: " + best / 1e6 + " ms");
    }
}
