package nnlab.diagnose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnlab.init.Init;
import nnlab.loss.Loss;
import nnlab.nn.Activation;
import nnlab.nn.Dense;
import nnlab.train.Net;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class BackpropTracerTest {

    private static Net net() {
        return Net.input(3).dense(4, Activation.sigmoid()).dense(2, Activation.sigmoid()).init(Init.uniform(0.5)).seed(7)
                .build();
    }

    @Test
    void perUnitStep_equalsMatrixFormStep() {
        Net perUnit = net();
        Net matrix = net();
        double[] x = {0.5, -1.0, 2.0};
        double[] t = {1.0, 0.0};
        double eta = 0.3;
        BackpropTracer.Trace trace = BackpropTracer.trace(perUnit, x, t, eta);
        trace.applyTo(perUnit);

        // Matrix form: E = ½ Σ_k (t_k − o_k)² and MSE over k outputs is (1/k) Σ_k (t_k − o_k)², so
        // ∂E/∂θ = (k/2) ∂MSE/∂θ, and the step W := W − η ∂E/∂W.
        int k = t.length;
        matrix.computeGradients(new DMatrixRMaj(new double[][] {x}), new DMatrixRMaj(new double[][] {t}), Loss.mse(), null);
        matrix.parameters().forEach(p -> {
            for (int i = 0; i < p.size(); i++) {
                p.value().data[i] -= eta * (k / 2.0) * p.grad().data[i];
            }
        });
        for (int i = 0; i < matrix.parameters().size(); i++) {
            assertArrayEquals(matrix.parameters().get(i).value().data, perUnit.parameters().get(i).value().data, 1e-15,
                    matrix.parameters().get(i).name());
        }
    }

    @Test
    void outputDelta_isTheCourseFormula() {
        Net net = net();
        double[] x = {0.1, 0.2, 0.3};
        double[] t = {1.0, 0.0};
        BackpropTracer.Trace trace = BackpropTracer.trace(net, x, t, 0.1);
        double[] o = net.predict(new double[][] {x}).data;
        BackpropTracer.UnitDelta d0 = trace.deltas().get(0);
        assertEquals("dense2", d0.layer());
        assertEquals(o[0] * (1 - o[0]) * (t[0] - o[0]), d0.delta(), 1e-15);
        // 2 output + 4 hidden deltas; (4+1)·2 + (3+1)·4 weight changes
        assertEquals(6, trace.deltas().size());
        assertEquals(26, trace.changes().size());
        assertTrue(trace.toString().contains("Δw_ji"));
    }

    @Test
    void otherArchitectures_areRefusedWithTheExpectedShape() {
        Net relu = Net.input(2).dense(2, Activation.relu()).dense(1, Activation.sigmoid()).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BackpropTracer.trace(relu, new double[2], new double[1], 0.1));
        assertTrue(e.getMessage().contains("dense → sigmoid → dense → sigmoid"));
        assertTrue(relu.layer(0) instanceof Dense);
    }
}
