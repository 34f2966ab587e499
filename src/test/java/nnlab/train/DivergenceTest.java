package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.regularize.GradientClipping;
import org.junit.jupiter.api.Test;

/** A deliberately exploding setup: unscaled targets of size ~100 and a large learning rate. */
class DivergenceTest {

    private static final Dataset STEEP = Synthetic.regression(64, x -> 40 * x, -3, 3, 1.0, 8);
    private static final double ETA = 0.05;

    private static Net net() {
        return Net.input(1).dense(16, Activation.relu()).dense(1, Activation.identity()).seed(3).build();
    }

    @Test
    void unclippedRun_hitsNaN_andStopsWithAMessageNamingEpochBatchAndRemedies() {
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class, () -> net().train(STEEP)
                .optimizer(Optimizer.sgd(ETA)).batchSize(16).epochs(20).run());
        String m = e.getMessage();
        assertTrue(m.contains("epoch " + e.epoch()) && m.contains("batch " + e.batch()), m);
        assertTrue(m.contains("lower learning rate") && m.contains("clipping"), m);
        assertTrue(e.epoch() <= 20 && !Double.isFinite(e.loss()));
        // issue 10: the finite loss grew, so it is a divergence, and the completed epochs are kept
        assertTrue(e.diverged() && m.contains("have diverged") && m.contains("(now " + ETA + ")"), m);
        assertEquals(e.epoch() - 1, e.history().size());
        assertTrue(Arrays.stream(e.history().trainLoss()).allMatch(Double::isFinite), e.history()::toString);
        assertEquals(ETA, e.learningRate(), 0.0);
    }

    @Test
    void aLossNeverFiniteFromTheFirstBatch_isNotCalledADivergence_andNamesTheLikelyCause() {
        // inputs of 1e200: z = w·x ≈ 1e200, z² overflows before any step
        Dataset huge = Dataset.of(new double[][] {{1e200}, {-1e200}, {3e199}}, new double[][] {{0}, {1}, {0}});
        Net net = Net.input(1).dense(1).seed(1).build();
        double[] before = WeightRecorder.flatten(net);
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class,
                () -> net.train(huge).optimizer(Optimizer.sgd(ETA)).run());
        String m = e.getMessage();
        assertFalse(e.diverged(), m);
        assertEquals(1, e.epoch());
        assertEquals(1, e.batch());
        assertTrue(m.contains("from the first batch") && m.contains("standardize") && !m.contains("have diverged"), m);
        assertEquals(0, e.history().size());
        assertArrayEquals(before, WeightRecorder.flatten(net), 0.0, "no step was taken");
    }

    @Test
    void clippedRun_staysFinite_andRecordsHowMuchWasClipped() {
        GradientClipping clip = GradientClipping.byGlobalNorm(1.0);
        History h = net().train(STEEP).optimizer(Optimizer.sgd(ETA).clipGradients(clip)).batchSize(16).epochs(20).run();
        assertEquals(20, h.size());
        assertTrue(Arrays.stream(h.trainLoss()).allMatch(Double::isFinite), h::toString);
        assertTrue(h.last().trainLoss() < h.epochs().get(0).trainLoss(), "and it still learns: " + h);
        double[] clipped = h.clippedFraction();
        assertEquals(1.0, clipped[0], 0.0, "every step of the first epoch is rescaled");
        assertTrue(Arrays.stream(clipped).allMatch(f -> f >= 0 && f <= 1));
        assertTrue(clip.clippedCalls() > 0 && clip.calls() == 20 * 4);
    }

    @Test
    void withoutClipping_theLogsClippedFractionIsNaN() {
        History h = net().train(STEEP).optimizer(Optimizer.sgd(1e-4)).epochs(2).run();
        assertTrue(Double.isNaN(h.last().clippedFraction()));
    }

    @Test
    void terminateOnNaN_stopsCleanly_keepsTheCompletedEpochs_andTheMessage() {
        TerminateOnNaN guard = Callback.terminateOnNaN();
        EarlyStopping best = Callback.earlyStopping(100).monitor("loss").restoreBestWeights(true);
        WeightRecorder rec = new WeightRecorder();
        History h = net().train(STEEP).optimizer(Optimizer.sgd(ETA)).batchSize(16).epochs(20)
                .callbacks(rec, guard, best).run();
        assertTrue(guard.terminated() && h.stopped());
        assertEquals(guard.reason().epoch() - 1, h.size(), "the diverging epoch is not logged");
        assertTrue(guard.reason().getMessage().contains("lower learning rate"));
        if (h.size() > 0) {
            assertTrue(best.restoredBestWeights(), "onTrainEnd still runs after a clean stop");
        }
    }
}
