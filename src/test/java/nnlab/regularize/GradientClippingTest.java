package nnlab.regularize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class GradientClippingTest {

    private static List<Parameter> randomGradients(Random rnd, double scale) {
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(4, 5));
        Parameter b = new Parameter("b", Parameter.Kind.BIAS, new DMatrixRMaj(1, 5));
        for (Parameter p : List.of(w, b)) {
            for (int i = 0; i < p.size(); i++) {
                p.grad().set(i, scale * rnd.nextGaussian());
            }
        }
        return List.of(w, b);
    }

    private static double globalNorm(List<Parameter> ps) {
        double s = 0;
        for (Parameter p : ps) {
            for (int i = 0; i < p.size(); i++) {
                s += p.grad().get(i) * p.grad().get(i);
            }
        }
        return Math.sqrt(s);
    }

    @Test
    void byGlobalNorm_scalesAllGradientsToExactlyTheThresholdKeepingDirection() {
        List<Parameter> ps = randomGradients(new Random(21), 10);
        double before = globalNorm(ps);
        double firstRatio = ps.get(0).grad().get(0) / ps.get(1).grad().get(3);
        GradientClipping clip = GradientClipping.byGlobalNorm(1.5);
        double fraction = clip.clip(ps);
        assertEquals(1.5, globalNorm(ps), 1e-12);
        assertEquals(before, clip.lastNorm(), 1e-12);
        assertEquals(firstRatio, ps.get(0).grad().get(0) / ps.get(1).grad().get(3), 1e-12);
        assertEquals(1.0, fraction, 0.0);
    }

    @Test
    void byGlobalNorm_leavesSmallGradientsUntouched() {
        List<Parameter> ps = randomGradients(new Random(22), 0.01);
        double before = globalNorm(ps);
        GradientClipping clip = GradientClipping.byGlobalNorm(5);
        assertEquals(0.0, clip.clip(ps), 0.0);
        assertEquals(before, globalNorm(ps), 0.0);
        assertEquals(1, clip.calls());
        assertEquals(0, clip.clippedCalls());
    }

    @Test
    void byValue_boundsEveryEntryAndReportsTheShareClipped() {
        List<Parameter> ps = randomGradients(new Random(23), 1);
        int outside = 0;
        int n = 0;
        for (Parameter p : ps) {
            for (int i = 0; i < p.size(); i++) {
                outside += Math.abs(p.grad().get(i)) > 0.5 ? 1 : 0;
                n++;
            }
        }
        assertTrue(outside > 0 && outside < n);
        GradientClipping clip = GradientClipping.byValue(0.5);
        double fraction = clip.clip(ps);
        for (Parameter p : ps) {
            for (int i = 0; i < p.size(); i++) {
                assertTrue(Math.abs(p.grad().get(i)) <= 0.5);
            }
        }
        assertEquals((double) outside / n, fraction, 1e-15);
        assertEquals(1, clip.clippedCalls());
    }

    @Test
    void clipping_skipsFrozenParametersAndKeepsNaNVisible() {
        List<Parameter> ps = randomGradients(new Random(24), 10);
        ps.get(1).setFrozen(true);
        DMatrixRMaj frozenGrad = ps.get(1).grad().copy();
        GradientClipping.byGlobalNorm(1).clip(ps);
        assertEquals(1.0, globalNorm(List.of(ps.get(0))), 1e-12);
        assertEquals(frozenGrad.get(0), ps.get(1).grad().get(0), 0.0);
        ps.get(0).grad().set(0, Double.NaN);
        GradientClipping.byValue(1).clip(ps);
        assertTrue(Double.isNaN(ps.get(0).grad().get(0)));
    }

    @Test
    void thresholds_mustBePositiveAndEchoTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GradientClipping.byGlobalNorm(0));
        assertTrue(e.getMessage().contains("Received: maxNorm=0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GradientClipping.byValue(-1));
        assertTrue(e.getMessage().contains("Received: maxValue=-1.0"), e.getMessage());
    }
}
