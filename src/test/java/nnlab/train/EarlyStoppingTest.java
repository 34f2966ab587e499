package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

    private static final Dataset TRAIN = Synthetic.moons(40, 0.35, 11);
    private static final Dataset VALID = Synthetic.moons(200, 0.35, 12);

    /** A net that overfits 40 noisy points, with batch norm so running statistics matter too. */
    private static Net overfittingNet() {
        return Net.input(2).dense(32, Activation.relu()).batchNorm().dense(32, Activation.relu())
                .dense(1, Activation.sigmoid()).init(Init.heNormal()).seed(5).build();
    }

    private static History train(Net net, Callback... callbacks) {
        return net.train(TRAIN).validation(VALID).optimizer(Optimizer.adam(0.02)).batchSize(10).epochs(80)
                .callbacks(callbacks).run();
    }

    @Test
    void stoppedEarly_restoresTheBestEpochsWeightsBitForBit() {
        Net net = overfittingNet();
        WeightRecorder rec = new WeightRecorder();
        EarlyStopping stop = new EarlyStopping(5).restoreBestWeights(true);
        History h = train(net, rec, stop);

        assertTrue(h.stopped(), h::toString);
        assertTrue(stop.stoppedEpoch() > 0 && stop.stoppedEpoch() < 80, stop::toString);
        assertEquals(stop.stoppedEpoch() - 5, stop.bestEpoch());
        int best = argmin(h.validationLoss()) + 1;
        assertEquals(best, stop.bestEpoch());
        assertTrue(stop.restoredBestWeights());
        double[] now = WeightRecorder.flatten(net);
        assertArrayEquals(rec.byEpoch.get(best - 1), now);
        assertFalse(Arrays.equals(rec.byEpoch.get(h.size() - 1), now), "the last epoch's weights differ from the best");
    }

    @Test
    void ranOutOfEpochs_stillRestoresTheBestEpochsWeights() {
        Net net = overfittingNet();
        WeightRecorder rec = new WeightRecorder();
        EarlyStopping stop = new EarlyStopping(1000).restoreBestWeights(true);
        History h = train(net, rec, stop);

        assertFalse(h.stopped());
        assertEquals(80, h.size());
        assertEquals(0, stop.stoppedEpoch());
        int best = argmin(h.validationLoss()) + 1;
        assertTrue(best < 80, "the best epoch is not the last one, so restoring changes the weights");
        assertEquals(best, stop.bestEpoch());
        double[] now = WeightRecorder.flatten(net);
        assertArrayEquals(rec.byEpoch.get(best - 1), now);
        assertFalse(Arrays.equals(rec.byEpoch.get(79), now));
    }

    @Test
    void withoutRestore_keepsTheLastEpochsWeights() {
        Net net = overfittingNet();
        WeightRecorder rec = new WeightRecorder();
        History h = train(net, rec, new EarlyStopping(5));
        assertArrayEquals(rec.byEpoch.get(h.size() - 1), WeightRecorder.flatten(net));
    }

    @Test
    void patienceAndMinDelta_followTheKerasRule() {
        EarlyStopping stop = new EarlyStopping(3);
        stop.onTrainBegin(overfittingNet(), Optimizer.sgd(0.1));
        double[] valLoss = {5, 4, 4.5, 4.6, 4.7, 1};
        int stoppedAt = feed(stop, valLoss);
        assertEquals(5, stoppedAt, "three epochs without improvement after epoch 2");
        assertEquals(2, stop.bestEpoch());

        EarlyStopping strict = new EarlyStopping(2).minDelta(0.1);
        strict.onTrainBegin(overfittingNet(), Optimizer.sgd(0.1));
        assertEquals(3, feed(strict, new double[] {1.0, 0.95, 0.91, 0.5}), "improvements of < 0.1 do not count");
        assertEquals(1, strict.bestEpoch());

        EarlyStopping acc = new EarlyStopping(1).monitor("val_accuracy");
        acc.onTrainBegin(overfittingNet(), Optimizer.sgd(0.1));
        for (int e = 1; e <= 2; e++) {
            assertFalse(acc.onEpochEnd(new EpochLog(e, 1, 1, Map.of("val_accuracy", 0.5 + 0.1 * e), 0)));
        }
        assertEquals(2, acc.bestEpoch(), "accuracy is maximised");
    }

    @Test
    void monitoringValLossWithoutValidationData_failsWithAdvice() {
        Net net = overfittingNet();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> net.train(TRAIN).epochs(3)
                .callbacks(new EarlyStopping(2)).run());
        assertTrue(e.getMessage().contains("validationSplit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(-1));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(1).minDelta(Double.NaN));
    }

    private static int feed(EarlyStopping stop, double[] valLoss) {
        for (int e = 1; e <= valLoss.length; e++) {
            if (stop.onEpochEnd(new EpochLog(e, 1, valLoss[e - 1], Map.of(), 0))) {
                return e;
            }
        }
        return 0;
    }

    static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }
}
