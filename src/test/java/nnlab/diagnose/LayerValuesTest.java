package nnlab.diagnose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nnlab.data.Dataset;
import nnlab.data.Synthetic;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.train.Net;
import org.junit.jupiter.api.Test;

class LayerValuesTest {

    @Test
    void activations_areTheOutputsAfterEachDenseLayer_onAtMostMaxExamples() {
        Net net = Net.input(2).dense(5, Activation.relu()).dense(1, Activation.sigmoid()).seed(1).build();
        Dataset data = Synthetic.moons(LayerValues.MAX_EXAMPLES + 200, 0.1, 3);
        Map<String, double[]> a = LayerValues.ACTIVATIONS.of(net, data);
        assertEquals(5 * LayerValues.MAX_EXAMPLES, a.get("dense1").length);
        assertTrue(java.util.Arrays.stream(a.get("dense1")).allMatch(v -> v >= 0), "ReLU outputs");
        double p0 = net.predict(new double[][] {{data.xView().get(0, 0), data.xView().get(0, 1)}}).get(0, 0);
        assertEquals(p0, a.get("dense2")[0], 1e-12, "after the sigmoid");
    }

    @Test
    void gradients_areThoseOfOneTrainingStepOnTheExamples_andLeaveTheWeights() {
        Net net = Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).seed(2).build();
        Dataset data = Synthetic.moons(50, 0.1, 4);
        double[] w = ((Dense) net.layer("dense1")).weights().value().data.clone();
        Map<String, double[]> g = LayerValues.GRADIENTS.of(net, data);

        Net twin = Net.input(2).dense(4, Activation.tanh()).dense(1, Activation.sigmoid()).seed(2).build();
        twin.computeGradients(data.xView(), data.yView(), twin.defaultLoss(), null);
        assertArrayEquals(((Dense) twin.layer("dense1")).weights().grad().data, g.get("dense1"), 1e-15);
        assertArrayEquals(w, ((Dense) net.layer("dense1")).weights().value().data, 0);
        assertThrows(IllegalArgumentException.class,
                () -> LayerValues.ACTIVATIONS.of(net, Synthetic.blobs(10, 2, 0.5, 1).rows(new int[0])));
    }
}
