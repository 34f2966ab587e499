package nnlab.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.optim.Optimizer;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;

class TransferTest {

    private static Net net(int hidden, long seed) {
        return Net.input(2).dense(hidden, Activation.tanh()).dense(1, Activation.sigmoid()).seed(seed).build();
    }

    private static double[] weights(Net n, int layer) {
        return n.layer(layer).parameters().get(0).value().data.clone();
    }

    @Test
    void copiedLayers_holdTheSourceValues_andTrainingTheTargetLeavesTheSourceAlone() {
        Dataset data = Synthetic.moons(100, 0.1, 1);
        Net source = net(8, 1);
        source.train(data).optimizer(Optimizer.adam(0.05)).epochs(20).run();
        double[] sourceW = weights(source, 0);
        Net target = net(8, 2);
        Transfer.copyDense(source, target, 1);
        assertArrayEquals(sourceW, weights(target, 0));
        assertArrayEquals(source.layer(0).parameters().get(1).value().data, target.layer(0).parameters().get(1).value().data);
        assertFalse(java.util.Arrays.equals(weights(source, 2), weights(target, 2)), "the head must not be copied");
        target.train(data).optimizer(Optimizer.adam(0.05)).epochs(5).run();
        assertArrayEquals(sourceW, weights(source, 0));
        assertFalse(java.util.Arrays.equals(sourceW, weights(target, 0)));
    }

    @Test
    void trainableCount_countsOnlyTheUnfrozenScalars() {
        Net n = Net.input(3).dense(4, Activation.relu()).dense(2, Activation.relu()).dense(1, Activation.sigmoid()).build(1);
        // hand-counted: 3·4 + 4 = 16, 4·2 + 2 = 10, 2·1 + 1 = 3
        assertEquals(29, Transfer.trainableCount(n));
        assertEquals(3, Transfer.trainableCount(Transfer.freezeDense(n, 2)));
        assertEquals(29, n.parameterCount(), "parameterCount still counts the frozen ones");
        assertEquals(29, Transfer.trainableCount(Transfer.unfreeze(n)));
    }

    @Test
    void frozenLayers_doNotMove_theHeadDoes_andUnfreezeMakesThemTrainableAgain() {
        Dataset data = Synthetic.moons(100, 0.1, 1);
        Net target = Transfer.freezeDense(net(8, 3), 1);
        double[] lower = weights(target, 0);
        double[] head = weights(target, 2);
        target.train(data).optimizer(Optimizer.adam(0.05)).epochs(5).run();
        assertArrayEquals(lower, weights(target, 0));
        assertFalse(java.util.Arrays.equals(head, weights(target, 2)));
        assertTrue(target.layer(0).isFrozen());
        Transfer.unfreeze(target);
        target.train(data).optimizer(Optimizer.adam(0.05)).epochs(5).run();
        assertFalse(java.util.Arrays.equals(lower, weights(target, 0)));
    }

    @Test
    void mismatchedLayers_areNamed_andNothingIsCopied() {
        Net source = net(8, 1);
        Net target = net(6, 2);
        double[] before = weights(target, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transfer.copyDense(source, target, 1));
        assertTrue(e.getMessage().contains("dense1 (Dense, 2 → 8)") && e.getMessage().contains("dense1 (Dense, 2 → 6)"),
                e.getMessage());
        assertArrayEquals(before, weights(target, 0));
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> Transfer.freezeDense(source, 3));
        assertTrue(count.getMessage().contains("count=3") && count.getMessage().contains("2 dense layers"), count.getMessage());
        assertFalse(source.layer(0).isFrozen(), "a rejected freeze freezes nothing");
    }

    @Test
    void copyByDenseNumber_stacksAPieceOfOneNetIntoTheMiddleOfAnother() {
        Net piece = Net.input(8).dense(4, Activation.tanh()).dense(8).seed(5).build();   // e.g. an autoencoder
        Net deep = Net.input(2).dense(8, Activation.tanh()).dense(4, Activation.tanh()).dense(1, Activation.sigmoid())
                .seed(6).build();
        double[] first = weights(deep, 0);
        double[] head = weights(deep, 4);
        Transfer.copyDense(piece, 0, deep, 1, 1); // piece's dense1 becomes deep's dense2
        assertArrayEquals(weights(piece, 0), deep.dense(1).weights().value().data);
        assertArrayEquals(piece.dense(0).bias().value().data, deep.dense(1).bias().value().data);
        assertArrayEquals(first, weights(deep, 0));
        assertArrayEquals(head, weights(deep, 4));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> Transfer.copyDense(piece, 1, deep, 1, 2));
        assertTrue(range.getMessage().contains("2 dense layers") && range.getMessage().contains("from=1"), range.getMessage());
    }

    @Test
    void batchNormAfterACopiedDenseLayer_isCopiedAndFrozenWithIt() {
        Dataset data = Synthetic.moons(100, 0.1, 1);
        Net source = Net.input(2).dense(8).batchNorm().activation(Activation.relu()).dense(1, Activation.sigmoid())
                .seed(1).build();
        source.train(data).optimizer(Optimizer.adam(0.05)).epochs(5).run();
        Net target = Net.input(2).dense(8).batchNorm().activation(Activation.relu()).dense(1, Activation.sigmoid())
                .seed(2).build();
        Transfer.freezeDense(Transfer.copyDense(source, target, 1), 1);
        for (int j = 0; j < source.layer(1).state().size(); j++) {
            assertArrayEquals(source.layer(1).state().get(j).data, target.layer(1).state().get(j).data);
        }
        for (int j = 0; j < source.layer(1).parameters().size(); j++) {
            assertArrayEquals(source.layer(1).parameters().get(j).value().data,
                    target.layer(1).parameters().get(j).value().data);
        }
        assertTrue(target.layer(1).isFrozen(), "the batch norm of a frozen hidden layer is frozen too");
        assertFalse(target.layer(3).isFrozen());
        Net noNorm = net(8, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Transfer.copyDense(source, noNorm, 1));
        assertTrue(e.getMessage().contains("batchnorm1") && e.getMessage().contains("dense1 (Dense, 2 → 8)"), e.getMessage());
    }
}
