package nnlab.regularize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ProximalL1Test {

    @Test
    void afterStep_softThresholdsWeightsByEtaLambda_andLeavesBiases() {
        Parameter w = new Parameter("W", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 5, true, 0.3, -0.3, 0.04, -0.05, 0));
        Parameter b = new Parameter("b", Parameter.Kind.BIAS, new DMatrixRMaj(1, 1, true, 0.01));
        L1 prox = Regularizer.l1(0.5).proximal();
        // ηλ = 0.1 · 0.5 = 0.05: w := sign(w)·max(|w| − 0.05, 0)
        prox.afterStep(List.of(w, b), 0.1);
        assertArrayEquals(new double[] {0.25, -0.25, 0, 0, 0}, w.value().data, 1e-15);
        assertEquals(0.0, w.value().data[2], 0.0, "exactly zero");
        assertEquals(0.01, b.value().data[0], 0.0);
    }

    @Test
    void proximalForm_addsNoGradient_butReportsTheSamePenalty() {
        Parameter w = new Parameter("W", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 2, true, 0.3, -0.2));
        double omega = Regularizer.l1(0.5).proximal().addGradient(List.of(w));
        assertEquals(0.5 * 0.5, omega, 1e-15);
        assertArrayEquals(new double[] {0, 0}, w.grad().data, 0.0);
        Regularizer.l1(0.5).afterStep(List.of(w), 0.1);
        assertArrayEquals(new double[] {0.3, -0.2}, w.value().data, 0.0, "the plain form does nothing after the step");
    }
}
