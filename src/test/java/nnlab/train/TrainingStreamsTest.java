package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.init.Init;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.nn.Layer;
import nnlab.nn.Sigmoid;
import nnlab.optim.Optimizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The run's random streams: split, shuffle and dropout masks, each from the run's seed. */
class TrainingStreamsTest {

    private static final Dataset MOONS = Synthetic.moons(80, 0.2, 6);

    private static Architecture withDropout() {
        return Net.input(2).dense(12, Activation.relu()).dropout(0.5).dense(1, Activation.sigmoid())
                .init(Init.heNormal()).seed(4);
    }

    private static History train(Net net, long seed) {
        return net.train(MOONS).optimizer(Optimizer.sgd(0.2)).batchSize(8).validationSplit(0.25).epochs(4)
                .seed(seed).live(false).run();
    }

    @Test
    void sameSeed_givesBitwiseTheSameHistoryAndWeights_whateverTheMasksDrewBefore() {
        Net a = withDropout().build();
        Net b = withDropout().build();
        // move a's dropout masks on: the run must reseed them, or the two runs would differ
        DMatrixRMaj x = MOONS.xView();
        for (int i = 0; i < 3; i++) {
            a.forward(x, true);
        }
        History ha = train(a, 11);
        History hb = train(b, 11);
        assertArrayEquals(ha.trainLoss(), hb.trainLoss());
        assertArrayEquals(ha.validationLoss(), hb.validationLoss());
        assertArrayEquals(ha.metric("val_accuracy"), hb.metric("val_accuracy"));
        assertArrayEquals(WeightRecorder.flatten(a), WeightRecorder.flatten(b));
    }

    @Test
    void dropoutMasks_differBetweenSeeds() {
        // one full batch: the shuffle cannot matter, only the masks can make the seeds differ
        Net one = withDropout().build();
        Net two = withDropout().build();
        one.train(MOONS).fullBatch().epochs(3).seed(1).live(false).run();
        two.train(MOONS).fullBatch().epochs(3).seed(2).live(false).run();
        assertFalse(Arrays.equals(WeightRecorder.flatten(one), WeightRecorder.flatten(two)));
        // the control: without dropout the two seeds train the same weights
        Architecture plain = Net.input(2).dense(12, Activation.relu()).dense(1, Activation.sigmoid()).seed(4);
        Net p1 = plain.build();
        Net p2 = plain.build();
        p1.train(MOONS).fullBatch().epochs(3).seed(1).live(false).run();
        p2.train(MOONS).fullBatch().epochs(3).seed(2).live(false).run();
        assertArrayEquals(WeightRecorder.flatten(p1), WeightRecorder.flatten(p2));
    }

    /** Passes rows through unchanged and records the first column of every training row it sees. */
    private static final class RowRecorder implements Layer {
        final List<Integer> seen = new ArrayList<>();
        private final DMatrixRMaj y = new DMatrixRMaj(0, 1);

        @Override
        public DMatrixRMaj forward(DMatrixRMaj x, boolean training) {
            if (training) {
                for (int r = 0; r < x.numRows; r++) {
                    seen.add((int) x.get(r, 0));
                }
            }
            y.setTo(x);
            return y;
        }

        @Override
        public DMatrixRMaj backward(DMatrixRMaj dOut) { return dOut; }

        @Override
        public String name() { return "recorder"; }

        @Override
        public int inputSize() { return 1; }

        @Override
        public int outputSize() { return 1; }

        @Override
        public Map<String, Object> config() { return Map.of("type", "RowRecorder", "name", "recorder"); }
    }

    /** The rows one epoch of batch size 1 trains on, in order; x of row i is i. */
    private static List<Integer> epochOrder(Dataset data, boolean shuffle, Double validationSplit) {
        RowRecorder recorder = new RowRecorder();
        Dense dense = new Dense("dense1", 1, 1);
        dense.initialize(Init.xavierFanIn(), new Random(1));
        Net net = Net.of(List.of(recorder, dense, new Sigmoid("sigmoid1", 1)), 0, null);
        Training t = net.train(data).batchSize(1).epochs(1).shuffle(shuffle).metrics().seed(5).live(false);
        if (validationSplit != null) {
            t.validationSplit(validationSplit);
        }
        t.run();
        return recorder.seen;
    }

    @Test
    void validationSplit_choosesRowsOnly_theShuffleOfThoseRowsIsAsIfTheyWereGivenDirectly() {
        double[][] x = new double[40][1];
        double[][] y = new double[40][1];
        for (int i = 0; i < 40; i++) {
            x[i][0] = i;
            y[i][0] = i % 2;
        }
        Dataset data = Dataset.of(x, y);
        // the training part, in the order the split left it (no shuffle)
        List<Integer> part = epochOrder(data, false, 0.25);
        assertEquals(30, part.size());
        List<Integer> shuffledWithSplit = epochOrder(data, true, 0.25);
        int[] rows = part.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> shuffledDirectly = epochOrder(data.rows(rows), true, null);
        // x of row i of the part is rows[i]: compare as rows of the original data
        assertEquals(shuffledWithSplit, shuffledDirectly, "the split did not draw from the shuffle's stream");
        assertFalse(shuffledWithSplit.equals(part), "the shuffle changed the order");
    }
}
