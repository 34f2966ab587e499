package nnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import nnlab.loss.Loss;
import nnlab.nn.Activation;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Forward and backward of two fixed small nets against PyTorch (float64). The numbers and the
 * script that produced them are in src/test/resources/nnlab/fixtures/.
 */
class PyTorchReferenceTest {

    private static final double TOL = 1e-12;

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = PyTorchReferenceTest.class.getResourceAsStream("/nnlab/fixtures/pytorch_reference.json")) {
            return new ObjectMapper().readTree(in).get(name);
        }
    }

    @Test
    void softmaxCrossEntropyNet_matchesPyTorch() throws IOException {
        JsonNode f = fixture("softmax_cce");
        Net net = Net.input(3).dense(4, Activation.tanh()).dense(3, Activation.softmax()).build();
        check(net, Loss.categoricalCrossEntropy(), f);
    }

    @Test
    void batchNormSigmoidNet_matchesPyTorch() throws IOException {
        JsonNode f = fixture("bn_bce");
        Net net = Net.input(3).dense(4).batchNorm(0.9, 1e-5).activation(Activation.relu()).dense(1, Activation.sigmoid())
                .build();
        check(net, Loss.binaryCrossEntropy(), f);
    }

    private static void check(Net net, Loss loss, JsonNode f) {
        for (Parameter p : net.parameters()) {
            p.value().setTo(matrix(f.get("params").get(p.name())));
        }
        DMatrixRMaj x = matrix(f.get("x"));
        DMatrixRMaj y = matrix(f.get("y"));
        double l = net.computeGradients(x, y, loss, null);
        assertEquals(f.get("loss").asDouble(), l, TOL, "loss");
        assertClose(matrix(f.get("dX")), net.inputGradient(), "dX");
        for (Parameter p : net.parameters()) {
            assertClose(matrix(f.get("grads").get(p.name())), p.grad(), p.name() + " gradient");
        }
        assertClose(matrix(f.get("output")), net.forward(x, true), "output");
    }

    private static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual, String what) {
        assertEquals(expected.numRows, actual.numRows, what + " rows");
        assertEquals(expected.numCols, actual.numCols, what + " cols");
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertEquals(expected.data[i], actual.data[i], TOL, what + " entry " + i);
        }
    }

    private static DMatrixRMaj matrix(JsonNode rows) {
        double[][] a = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            a[i] = new double[r.size()];
            for (int j = 0; j < r.size(); j++) {
                a[i][j] = r.get(j).asDouble();
            }
        }
        return new DMatrixRMaj(a);
    }
}
