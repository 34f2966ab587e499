package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.mat.Precision;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The hot loop (gather a batch, forward, loss, backward, optimizer step) allocates nothing once
 * the workspaces exist. Measured with the thread allocation counter, read after every batch by
 * the same code (a probe that only reads on some batches would take a branch for the first time
 * there, and the JIT's deoptimization at that branch allocates); the last epoch, after warm-up
 * epochs that let the JIT compile the loop, must allocate 0 bytes between its second and last batch.
 */
class AllocationTest {

    @Test
    void steadyStateTraining_allocatesNothingPerBatch() {
        Dataset data = Synthetic.moons(8 * 500, 0.1, 1);
        Net net = Net.input(2).dense(16, Activation.relu()).dense(16, Activation.tanh()).dropout(0.1)
                .dense(1, Activation.sigmoid()).seed(1).build();
        Training training = net.train(data).optimizer(Optimizer.sgd(0.05)).batchSize(8);
        assertEquals(0, fewestBytesAllocatedInAnEpoch(training, 12, 500));
    }

    @Test
    void steadyStateTrainingWithAugmentation_allocatesNothingPerBatch() {
        Dataset data = Synthetic.moons(8 * 500, 0.1, 1);
        Net net = Net.input(2).dense(16, Activation.relu()).dense(1, Activation.sigmoid()).seed(1).build();
        Training training = net.train(data).optimizer(Optimizer.sgd(0.05)).batchSize(8)
                .augment(nnlab.data.Augment.jitter(0.1));
        assertEquals(0, fewestBytesAllocatedInAnEpoch(training, 12, 500));
    }

    @Test
    void steadyStateTrainingOnShiftedAndFlippedImages_allocatesNothingPerBatch() {
        Random rng = new Random(4);
        DMatrixRMaj x = new DMatrixRMaj(16 * 200, 64);
        int[] labels = new int[x.numRows];
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextDouble();
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rng.nextInt(3);
        }
        Net net = Net.input(64).dense(8, Activation.relu()).dense(3, Activation.softmax()).seed(1).build();
        Training training = net.train(Dataset.classification(x, labels, 3)).optimizer(Optimizer.sgd(0.05)).batchSize(16)
                .augment(nnlab.data.Augment.shift(1).then(nnlab.data.Augment.flipHorizontal())
                        .then(nnlab.data.Augment.noise(0.05)));
        assertEquals(0, fewestBytesAllocatedInAnEpoch(training, 12, 200));
    }

    /** The benchmark's W1 (784-256-128-10, ReLU, softmax + cross-entropy, Adam, batch 128), on fewer rows. */
    @Test
    void steadyStateTrainingOfTheW1Network_allocatesNothingPerBatch() {
        assertEquals(0, bytesPerEpochOfW1(Precision.DOUBLE));
    }

    /** The same in MIXED: the float32 copies and the float product are made once and reused. */
    @Test
    void steadyStateTrainingOfTheW1NetworkInMixedPrecision_allocatesNothingPerBatch() {
        assertEquals(0, bytesPerEpochOfW1(Precision.MIXED));
    }

    private static long bytesPerEpochOfW1(Precision precision) {
        Random rng = new Random(3);
        int batches = 8;
        DMatrixRMaj x = new DMatrixRMaj(128 * batches, 784);
        int[] labels = new int[x.numRows];
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rng.nextInt(10);
        }
        Net net = Net.input(784).dense(256, Activation.relu()).dense(128, Activation.relu())
                .dense(10, Activation.softmax()).seed(1).build();
        Training training = net.train(Dataset.classification(x, labels, 10)).optimizer(Optimizer.adam(1e-3))
                .batchSize(128).precision(precision);
        return fewestBytesAllocatedInAnEpoch(training, 16, batches);
    }

    /**
     * Runs {@code training} (no metrics) and returns the fewest bytes any epoch allocated from its
     * second batch to its last. Code that allocates per batch makes every epoch's count positive;
     * the JIT's one-off events (a deoptimization re-creates the objects it had optimized away)
     * land in some epochs only, and more of them while the machine is busy and compilation lags.
     * Training stops at the first epoch that allocated nothing.
     */
    private static long fewestBytesAllocatedInAnEpoch(Training training, int epochs, int batchesPerEpoch) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long[] after = new long[batchesPerEpoch];
        long[] fewest = {Long.MAX_VALUE};
        Callback probe = new Callback() {
            @Override
            public void onBatchEnd(int epoch, int batch, double loss) {
                after[batch - 1] = threads.getThreadAllocatedBytes(id);
            }

            @Override
            public boolean onEpochEnd(EpochLog log) {
                assertTrue(after[1] > 0 && after[batchesPerEpoch - 1] >= after[1]);
                fewest[0] = Math.min(fewest[0], after[batchesPerEpoch - 1] - after[1]);
                return fewest[0] == 0;
            }
        };
        training.epochs(epochs).metrics().callbacks(probe).run();
        return fewest[0];
    }
}
