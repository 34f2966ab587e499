package nnlab.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.train.Evaluation;
import nnlab.train.History;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;

class GreedyGrowthTest {

    private static final Dataset TRAIN = Synthetic.spirals(150, 3, 0.1, 1);
    private static final Dataset VALID = Synthetic.spirals(300, 3, 0.1, 2);

    private static GreedyGrowth growth() {
        return GreedyGrowth.of(TRAIN, VALID).hidden(4, Activation.tanh()).optimizer(Optimizer.adam(0.01)).epochs(5);
    }

    private static double[] w(Net net, int dense) {
        return net.dense(dense).weights().value().data;
    }

    @Test
    void eachDepth_startsFromTheTrainedHiddenLayersOfTheOneBefore_keepsThemFrozen_andTrainsTheRest() {
        GreedyGrowth.Result grown = growth().grow(3);
        assertEquals(3, grown.stages().size());
        Net one = grown.net(1);
        Net two = grown.net(2);
        Net three = grown.net(3);
        assertArrayEquals(w(one, 0), w(two, 0), 0.0);
        assertArrayEquals(w(two, 0), w(three, 0), 0.0);
        assertArrayEquals(w(two, 1), w(three, 1), 0.0);
        assertTrue(three.dense(0).isFrozen() && three.dense(1).isFrozen());
        assertFalse(three.dense(2).isFrozen() || three.dense(3).isFrozen());
        Net untrained = growth().net(3);
        assertFalse(Arrays.equals(w(untrained, 2), w(three, 2)), "the new hidden layer trains");
        assertFalse(Arrays.equals(w(untrained, 3), w(three, 3)), "the output layer trains");
        assertArrayEquals(new double[] {1, 2, 3}, grown.depths(), 0.0);
    }

    @Test
    void trainWhole_buildsTheSameStartingNets_butTrainsEveryLayer() {
        GreedyGrowth g = growth();
        GreedyGrowth.Result grown = g.grow(2);
        GreedyGrowth.Result whole = g.trainWhole(2);
        assertArrayEquals(w(grown.net(1), 0), w(whole.net(1), 0), 0.0, "depth 1 is the same run");
        assertFalse(Arrays.equals(w(grown.net(2), 0), w(whole.net(2), 0)));
        assertFalse(whole.net(2).dense(0).isFrozen());
        assertFalse(Arrays.equals(w(g.net(2), 0), w(whole.net(2), 0)), "the lower layer trains too");
    }

    @Test
    void accuracyAndLoss_areMeasuredOnTheValidationData() {
        GreedyGrowth.Result grown = growth().grow(2);
        for (int d = 1; d <= 2; d++) {
            Evaluation onValid = grown.net(d).evaluate(VALID);
            assertEquals(onValid.metric("accuracy"), grown.accuracy()[d - 1], 0.0);
            assertEquals(onValid.loss(), grown.loss()[d - 1], 0.0);
            assertTrue(onValid.loss() != grown.net(d).evaluate(TRAIN).loss(), "training and validation data differ");
        }
    }

    @Test
    void aGivenTrainingFunction_trainsEveryStage_andItsHistoryIsKept() {
        List<Net> seen = new ArrayList<>();
        GreedyGrowth.Result grown = GreedyGrowth.of(TRAIN, VALID).hidden(3, Activation.relu()).seed(7)
                .training((net, data) -> {
                    seen.add(net);
                    return net.train(data).optimizer(Optimizer.sgd(0.1)).epochs(2).live(false).run();
                }).grow(3);
        assertEquals(3, seen.size());
        for (int d = 1; d <= 3; d++) {
            assertSame(seen.get(d - 1), grown.net(d));
            History h = grown.stages().get(d - 1).history();
            assertEquals(2, h.size());
            assertEquals(7 + d - 1, grown.net(d).seed());
            assertEquals(3, grown.net(d).dense(0).outputSize());
        }
    }

    @Test
    void badSettings_areRejectedWhenSet_echoingTheValue() {
        IllegalArgumentException units = assertThrows(IllegalArgumentException.class,
                () -> growth().hidden(0, Activation.tanh()));
        assertTrue(units.getMessage().contains("units=0"), units.getMessage());
        IllegalArgumentException depth = assertThrows(IllegalArgumentException.class, () -> growth().grow(0));
        assertTrue(depth.getMessage().contains("depth=0"), depth.getMessage());
        assertThrows(IllegalArgumentException.class, () -> growth().epochs(0));
        assertThrows(IllegalArgumentException.class, () -> growth().batchSize(0));
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> GreedyGrowth.of(TRAIN, Synthetic.moons(10, 0.1, 1)));
        assertTrue(shape.getMessage().contains("3 targets") && shape.getMessage().contains("1 targets"), shape.getMessage());
    }
}
