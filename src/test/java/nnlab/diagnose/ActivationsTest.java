package nnlab.diagnose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import nnlab.nn.Activation;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ActivationsTest {

    /** 2 → tanh(2) → sigmoid(1) with W1 = [[1, −1], [2, 0.5]], W2 = [[5], [5]], zero biases. */
    private static Net handNet() {
        Net net = Net.input(2).dense(2, Activation.tanh()).dense(1, Activation.sigmoid()).seed(1).build();
        System.arraycopy(new double[] {1, -1, 2, 0.5}, 0, net.dense(0).weights().value().data, 0, 4);
        System.arraycopy(new double[] {5, 5}, 0, net.dense(1).weights().value().data, 0, 2);
        net.dense(0).bias().value().zero();
        net.dense(1).bias().value().zero();
        return net;
    }

    private static final DMatrixRMaj X = new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}, {3, 0}});

    @Test
    void twoLayerNet_givesTheHandComputedOutputsAndStatistics() {
        Activations acts = Activations.of(handNet(), X);

        // z1 = x W1: (1, −1), (2, 0.5), (3, −3)
        double[] a1 = {Math.tanh(1), -Math.tanh(1), Math.tanh(2), Math.tanh(0.5), Math.tanh(3), -Math.tanh(3)};
        // z2 = 5 (a11 + a12): 0, 5 (tanh 2 + tanh 0.5), 0
        double s = 1 / (1 + Math.exp(-5 * (Math.tanh(2) + Math.tanh(0.5))));
        double[] a2 = {0.5, s, 0.5};
        assertEquals(List.of("tanh1", "sigmoid1"), acts.names());
        assertArrayEquals(a1, acts.values(0), 1e-15);
        assertArrayEquals(a2, acts.values(1), 1e-15);
        double mu = (Math.tanh(2) + Math.tanh(0.5)) / 6;
        double var = 0;
        for (double a : a1) {
            var += (a - mu) * (a - mu) / 6;
        }
        assertEquals(mu, acts.mean(0), 1e-15);
        assertEquals(Math.sqrt(var), acts.std(0), 1e-15);
        double mu2 = (1 + s) / 3;
        assertArrayEquals(new double[] {Math.sqrt(var), Math.sqrt((2 * Math.pow(0.5 - mu2, 2) + Math.pow(s - mu2, 2)) / 3)},
                acts.stdPerLayer(), 1e-15);
        // |a| > 0.9: tanh 2 ≈ 0.964 and ±tanh 3 ≈ ±0.995; within 0.01 of ±1: only ±tanh 3
        assertEquals(3.0 / 6, acts.fractionAbove(0, 0.9), 0);
        assertEquals(2.0 / 6, acts.saturated(0), 0);
        // σ(7.13) ≈ 0.9992 is saturated, the two 0.5s are not
        assertEquals(1.0 / 3, acts.saturated(1), 0);
        assertEquals(1, acts.indexOf("sigmoid1"));
    }

    @Test
    void outputs_areCopies_thatTheNextForwardPassDoesNotChange() {
        Net net = handNet();
        Activations acts = Activations.of(net, X);
        DMatrixRMaj out = acts.output(0);
        net.forward(new DMatrixRMaj(new double[][] {{-7, 7}}), false);
        out.set(0, 0, 42);
        assertEquals(Math.tanh(1), acts.values(0)[0], 1e-15);
        assertEquals(3, acts.output(0).numRows);
    }

    @Test
    void manyRows_areRunInChunks_andMatchTheNetsPredictions() {
        Net net = Net.input(3).dense(5, Activation.relu()).dense(2, Activation.softmax()).seed(4).build();
        Random rng = new Random(3);
        DMatrixRMaj x = new DMatrixRMaj(2 * Activations.CHUNK + 17, 3);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = rng.nextGaussian();
        }
        Activations acts = Activations.of(net, x);
        assertArrayEquals(net.predict(x).data, acts.values(1), 1e-14); // products of other batch sizes round differently
        assertEquals(x.numRows * 5, acts.values(0).length);
    }

    @Test
    void badRequests_sayWhatIsValid() {
        Activations acts = Activations.of(handNet(), X);
        var range = assertThrows(IllegalArgumentException.class, () -> acts.std(2));
        assertTrue(range.getMessage().contains("0 to 1") && range.getMessage().contains("layer=2"), range.getMessage());
        var threshold = assertThrows(IllegalArgumentException.class, () -> acts.fractionAbove(0, -0.5));
        assertTrue(threshold.getMessage().contains("threshold=-0.5"), threshold.getMessage());
        var name = assertThrows(IllegalArgumentException.class, () -> acts.indexOf("relu1"));
        assertTrue(name.getMessage().contains("[tanh1, sigmoid1]"), name.getMessage());

        Net relu = Net.input(2).dense(3, Activation.relu()).dense(1).build();
        var unbounded = assertThrows(IllegalArgumentException.class, () -> Activations.of(relu, X).saturated(0));
        assertTrue(unbounded.getMessage().contains("ReLU") && unbounded.getMessage().contains("fractionAbove"),
                unbounded.getMessage());
        var none = assertThrows(IllegalArgumentException.class, () -> Activations.of(Net.input(2).dense(1).build(), X));
        assertTrue(none.getMessage().contains("no activation layer"), none.getMessage());
        var shape = assertThrows(IllegalArgumentException.class, () -> Activations.of(relu, new DMatrixRMaj(4, 3)));
        assertTrue(shape.getMessage().contains("4x3"), shape.getMessage());
    }
}
