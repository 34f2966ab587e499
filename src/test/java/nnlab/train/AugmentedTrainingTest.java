package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import nnlab.data.Augment;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import org.junit.jupiter.api.Test;

class AugmentedTrainingTest {

    private static final Dataset TRAIN = Synthetic.moons(40, 0.3, 1);
    private static final Dataset VALID = Synthetic.moons(100, 0.3, 2);

    private static Net net() {
        return Net.input(2).dense(8, Activation.relu()).dense(1, Activation.sigmoid()).seed(3).build();
    }

    private static History run(Net net, Augment augment, int batchSize, long seed) {
        Training t = net.train(TRAIN).validation(VALID).optimizer(Optimizer.adam(0.02)).batchSize(batchSize)
                .epochs(20).seed(seed);
        return (augment == null ? t : t.augment(augment)).run();
    }

    @Test
    void jitterOfZero_trainsExactlyAsWithoutAugmentation() {
        for (int bs : new int[] {8, 40}) {
            History plain = run(net(), null, bs, 1);
            History zero = run(net(), Augment.jitter(0), bs, 1);
            assertArrayEquals(plain.trainLoss(), zero.trainLoss(), 0, "batch size " + bs);
            assertArrayEquals(plain.validationLoss(), zero.validationLoss(), 0, "batch size " + bs);
        }
    }

    @Test
    void augmentedRuns_areReproducibleFromTheSeed_andDifferFromPlainRuns() {
        History a = run(net(), Augment.jitter(0.2), 8, 1);
        History b = run(net(), Augment.jitter(0.2), 8, 1);
        History other = run(net(), Augment.jitter(0.2), 8, 2);
        History plain = run(net(), null, 8, 1);
        assertArrayEquals(a.trainLoss(), b.trainLoss(), 0);
        assertFalse(Arrays.equals(a.trainLoss(), other.trainLoss()));
        assertFalse(Arrays.equals(a.trainLoss(), plain.trainLoss()));
    }

    @Test
    void neitherTheTrainingSetNorTheValidationSetIsTransformed() {
        for (int bs : new int[] {8, 40}) {
            double[] before = TRAIN.x().data;
            Net net = net();
            History h = run(net, Augment.jitter(0.5), bs, 1);
            assertArrayEquals(before, TRAIN.xView().data, 0, "training set, batch size " + bs);
            // the logged validation loss is that of the clean validation set
            assertEquals(net.evaluate(VALID).loss(), h.last().validationLoss(), 0, "batch size " + bs);
        }
    }
}
