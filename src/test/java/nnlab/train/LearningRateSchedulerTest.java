package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.optim.schedule.ReduceOnPlateau;
import nnlab.optim.schedule.Schedule;
import org.junit.jupiter.api.Test;

class LearningRateSchedulerTest {

    private static final Dataset MOONS = Synthetic.moons(60, 0.2, 3);

    private static Net net() {
        return Net.input(2).dense(6, Activation.tanh()).dense(1, Activation.sigmoid()).seed(2).build();
    }

    /** Records the optimizer's rate at every batch: rates.get(e − 1) holds epoch e's. */
    private static final class RateSpy implements Callback {
        final List<List<Double>> rates = new ArrayList<>();
        Optimizer optimizer;

        @Override
        public void onTrainBegin(Net net, Optimizer optimizer) { this.optimizer = optimizer; }

        @Override
        public void onEpochBegin(int epoch) { rates.add(new ArrayList<>()); }

        @Override
        public void onBatchEnd(int epoch, int batch, double loss) {
            rates.get(epoch - 1).add(optimizer.learningRate());
        }
    }

    @Test
    void everyBatchOfEpochE_runsAtTheSchedulesValueForEpochEMinus1() {
        for (Schedule s : List.of(Schedule.step(0.2, 3, 0.5), Schedule.cosineWarmRestarts(0.1, 4, 2, 0.001),
                Schedule.warmup(3, Schedule.exponential(0.3, 0.8)), Schedule.cyclical(0.01, 0.1, 2))) {
            int epochs = 13;
            double[] expected = s.values(epochs);
            RateSpy spy = new RateSpy();
            History h = net().train(MOONS).optimizer(Optimizer.sgd(123)).batchSize(16).epochs(epochs)
                    .callbacks(Callback.schedule(s), spy).run();
            assertArrayEquals(expected, h.learningRate(), 0.0, s::toString);
            for (int e = 0; e < epochs; e++) {
                assertEquals(4, spy.rates.get(e).size());
                for (double r : spy.rates.get(e)) {
                    assertEquals(expected[e], r, 0.0, s + " epoch " + (e + 1));
                }
            }
        }
    }

    @Test
    void reduceOnPlateau_reducesAfterTheObservedValidationLossesStall() {
        ReduceOnPlateau plateau = Schedule.reduceOnPlateau(2.0, 0.5, 2);
        Dataset valid = Synthetic.moons(60, 0.2, 4);
        History h = net().train(MOONS).validation(valid).optimizer(Optimizer.sgd(1)).batchSize(16).epochs(30)
                .callbacks(Callback.schedule(plateau)).run();
        // replay the same rule on the recorded validation losses, with a fresh schedule
        ReduceOnPlateau replay = Schedule.reduceOnPlateau(2.0, 0.5, 2);
        double[] val = h.validationLoss();
        double[] expected = new double[val.length];
        for (int e = 0; e < val.length; e++) {
            expected[e] = replay.rate(e);
            replay.observe(e, val[e]);
        }
        assertArrayEquals(expected, h.learningRate(), 0.0);
        assertTrue(h.learningRate()[29] < 2.0, "a learning rate of 2 stalls and gets reduced: " + h);
    }

    @Test
    void reduceOnPlateauWithoutValidationData_failsWithAdvice() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> net().train(MOONS).epochs(2)
                .callbacks(Callback.schedule(Schedule.reduceOnPlateau(0.1, 0.5, 2))).run());
        assertTrue(e.getMessage().contains("val_loss"), e.getMessage());
    }
}
