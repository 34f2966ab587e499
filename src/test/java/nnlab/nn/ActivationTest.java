package nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one-number form of an activation is the layer's own forward and backward. */
class ActivationTest {

    static Stream<Arguments> scalarActivations() {
        return Stream.of(Activation.sigmoid(), Activation.tanh(), Activation.relu(), Activation.leakyRelu(0.1),
                Activation.prelu(), Activation.elu(0.5), Activation.identity()).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalarActivations")
    void applyAndDerivative_equalTheLayersForwardAndBackwardOnEachEntryOfABatch(Activation a) {
        Random rnd = new Random(17);
        int n = 7;
        DMatrixRMaj z = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            z.set(i, 0, -4 + 8 * rnd.nextDouble());
        }
        Layer layer = a.create("check", 1);
        DMatrixRMaj y = layer.forward(z, true).copy();
        DMatrixRMaj ones = new DMatrixRMaj(n, 1);
        ones.fill(1);
        DMatrixRMaj dz = layer.backward(ones);
        for (int i = 0; i < n; i++) {
            assertEquals(y.get(i, 0), a.apply(z.get(i, 0)), 0.0, a + " at " + z.get(i, 0));
            assertEquals(dz.get(i, 0), a.derivative(z.get(i, 0)), 0.0, a + "' at " + z.get(i, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalarActivations")
    void derivative_matchesCentralDifferencesOfApply_awayFromKinks(Activation a) {
        double h = 1e-6;
        for (double z : new double[] {-2.3, -0.7, 0.4, 1.9}) {
            double numeric = (a.apply(z + h) - a.apply(z - h)) / (2 * h);
            assertEquals(numeric, a.derivative(z), 1e-8, a + "' at " + z);
        }
    }

    @Test
    void closedForms_atZeroAndBeyond() {
        assertEquals(0.5, Activation.sigmoid().apply(0), 0.0);
        assertEquals(0.25, Activation.sigmoid().derivative(0), 0.0);
        assertEquals(1 / (1 + Math.exp(-2)), Activation.sigmoid().apply(2), 1e-15);
        assertEquals(0.0, Activation.tanh().apply(0), 0.0);
        assertEquals(1.0, Activation.tanh().derivative(0), 0.0);
        assertEquals(1 - Math.tanh(1.5) * Math.tanh(1.5), Activation.tanh().derivative(1.5), 1e-15);
        assertEquals(0.0, Activation.relu().apply(-3), 0.0);
        assertEquals(3.0, Activation.relu().apply(3), 0.0);
        assertEquals(0.0, Activation.relu().derivative(-3), 0.0);
        assertEquals(1.0, Activation.relu().derivative(3), 0.0);
        assertEquals(-0.3, Activation.leakyRelu(0.1).apply(-3), 1e-15);
    }

    @Test
    void softmax_hasNoScalarForm_andSaysSo() {
        var e = assertThrows(UnsupportedOperationException.class, () -> Activation.softmax().apply(0));
        assertTrue(e.getMessage().contains("no one-number form"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> Activation.softmax().derivative(0));
    }
}
