package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 10: however a run ends, nothing is lost. The callbacks that keep the best weights
 * ({@code EarlyStopping.restoreBestWeights(true)}, {@code BestCheckpoint.restoreBestWeights(true)})
 * put them back, and a run that fails hands back the epochs it completed.
 */
class EveryEndingTest {

    private static final Dataset TRAIN = Synthetic.moons(40, 0.35, 11);
    private static final Dataset VALID = Synthetic.moons(100, 0.35, 12);
    private static final int EPOCHS = 8;
    /** The epoch in which the fault strikes, at its second batch. */
    private static final int FAULT = 6;

    enum Ending { OUT_OF_EPOCHS, STOPPED_BY_A_CALLBACK, INTERRUPTED, DIVERGED, DIVERGED_TERMINATE_ON_NAN, CALLBACK_THREW }

    enum Keeper { EARLY_STOPPING, BEST_CHECKPOINT }

    private static Net net() {
        return Net.input(2).dense(16, Activation.relu()).batchNorm().dense(1, Activation.sigmoid())
                .init(Init.heNormal()).seed(5).build();
    }

    /** Ends the run the given way during epoch {@link #FAULT}. */
    private static Callback fault(Ending ending, Net net) {
        return new Callback() {
            @Override
            public void onBatchEnd(int epoch, int batch, double loss) {
                if (epoch != FAULT || batch != 2) {
                    return;
                }
                switch (ending) {
                    case INTERRUPTED -> Thread.currentThread().interrupt();
                    // the next batch's loss is NaN: the weights "diverged"
                    case DIVERGED, DIVERGED_TERMINATE_ON_NAN -> net.dense(0).weights().value().set(0, 0, Double.NaN);
                    case CALLBACK_THREW -> throw new IllegalStateException("a callback failed");
                    default -> { }
                }
            }

            @Override
            public boolean onEpochEnd(EpochLog log) {
                return ending == Ending.STOPPED_BY_A_CALLBACK && log.epoch() == FAULT;
            }
        };
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void earlyStoppingRestoresTheBestEpoch_onEveryEnding(Ending ending) {
        restoresTheBestEpoch(ending, Keeper.EARLY_STOPPING);
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void bestCheckpointRestoresTheBestEpoch_onEveryEnding(Ending ending) {
        restoresTheBestEpoch(ending, Keeper.BEST_CHECKPOINT);
    }

    private static void restoresTheBestEpoch(Ending ending, Keeper keeper) {
        Net net = net();
        WeightRecorder rec = new WeightRecorder();
        Callback keep = keeper == Keeper.EARLY_STOPPING ? Callback.earlyStopping(100).restoreBestWeights(true)
                : Callback.bestCheckpoint("val_loss").restoreBestWeights(true);
        Training run = net.train(TRAIN).validation(VALID).optimizer(Optimizer.adam(0.05)).batchSize(10).epochs(EPOCHS)
                .callbacks(rec, fault(ending, net), keep);
        if (ending == Ending.DIVERGED_TERMINATE_ON_NAN) {
            run.callbacks(Callback.terminateOnNaN());
        }
        History h;
        try {
            if (ending == Ending.DIVERGED || ending == Ending.CALLBACK_THREW) {
                RuntimeException e = assertThrows(RuntimeException.class, run::run);
                h = e instanceof NonFiniteLossException n ? n.history() : null;
                assertEquals(ending == Ending.DIVERGED, h != null, e::toString);
                if (h == null) {
                    h = new History(java.util.List.of(), false, false);
                }
            } else {
                h = run.run();
            }
        } finally {
            Thread.interrupted();
        }
        int completed = switch (ending) {
            case OUT_OF_EPOCHS -> EPOCHS;
            case STOPPED_BY_A_CALLBACK -> FAULT;
            default -> FAULT - 1;
        };
        assertEquals(completed, rec.byEpoch.size());
        if (ending != Ending.CALLBACK_THREW) {
            assertEquals(completed, h.size(), "the completed epochs are in the history");
        }
        double[] valLoss = valLoss(completed, rec, net);
        if (h.size() == completed) {
            assertArrayEquals(h.validationLoss(), valLoss, 0.0, "the recomputed losses are the logged ones");
        }
        int best = argmin(valLoss) + 1;
        assertArrayEquals(rec.byEpoch.get(best - 1), WeightRecorder.flatten(net), ending + ": weights of epoch " + best);
    }

    /** The validation loss after each completed epoch, recomputed from the recorded weights (the net is left as it was). */
    private static double[] valLoss(int completed, WeightRecorder rec, Net net) {
        double[] now = WeightRecorder.flatten(net);
        double[] losses = new double[completed];
        for (int e = 0; e < completed; e++) {
            load(net, rec.byEpoch.get(e));
            losses[e] = net.meanLoss(VALID.xView(), VALID.yView(), net.defaultLoss());
        }
        load(net, now);
        return losses;
    }

    private static void load(Net net, double[] flat) {
        int at = 0;
        for (var p : net.parameters()) {
            System.arraycopy(flat, at, p.value().data, 0, p.size());
            at += p.size();
        }
        for (var l : net.layers()) {
            for (var m : l.state()) {
                System.arraycopy(flat, at, m.data, 0, m.getNumElements());
                at += m.getNumElements();
            }
        }
    }

    private static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] < v[best] ? i : best;
        }
        return best;
    }

    @Test
    void divergenceInTheFirstEpoch_givesBackTheWeightsTheRunStartedWith() {
        Net net = net();
        double[] start = WeightRecorder.flatten(net);
        Callback poison = new Callback() {
            @Override
            public void onBatchEnd(int epoch, int batch, double loss) {
                net.dense(0).weights().value().set(0, 0, Double.POSITIVE_INFINITY);
            }
        };
        EarlyStopping stop = Callback.earlyStopping(3).monitor("loss").restoreBestWeights(true);
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class,
                () -> net.train(TRAIN).batchSize(10).callbacks(poison, stop).run());
        assertEquals(0, e.history().size());
        assertTrue(e.diverged(), "batch 1 was finite: " + e.getMessage());
        assertArrayEquals(start, WeightRecorder.flatten(net), "not the diverged weights");
        assertFalse(stop.restoredBestWeights(), "no epoch was best");
    }
}
