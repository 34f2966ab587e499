package nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import nnlab.nn.Parameter;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Adam's bias-correction switch, {@link Trace}, {@code referenceStep}, {@link Template} and the double well. */
class TemplateTraceTest {

    @Test
    void adam_firstTwoSteps_withBiasCorrection_matchHandComputed() {
        // η = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, g = 1 then 2
        // t=1: m = 0.1, V = 0.001; m̂ = 0.1/0.1 = 1, V̂ = 0.001/0.001 = 1; Δw = −0.1·1/(1 + 1e-8)
        // t=2: m = 0.09 + 0.2 = 0.29, V = 0.000999 + 0.004 = 0.004999;
        //      m̂ = 0.29/0.19, V̂ = 0.004999/0.001999; Δw = −0.1·m̂/(√V̂ + 1e-8) = −0.0965182020
        Trace tr = Optimizer.adam(0.1).trace(1, 2);
        assertEquals(0.1, tr.state("m", 1), 1e-15);
        assertEquals(0.001, tr.state("V", 1), 1e-15);
        assertEquals(-0.1 / (1 + 1e-8), tr.delta(1), 1e-15);
        assertEquals(0.29, tr.state("m", 2), 1e-15);
        assertEquals(0.004999, tr.state("V", 2), 1e-15);
        assertEquals(-0.1 * (0.29 / 0.19) / (Math.sqrt(0.004999 / 0.001999) + 1e-8), tr.delta(2), 1e-14);
        assertEquals(-0.0965182020, tr.delta(2), 1e-9);
    }

    @Test
    void adam_firstTwoSteps_withoutBiasCorrection_matchHandComputed() {
        // the same m and V; Δw = −η m/(√V + ε)
        // t=1: −0.1·0.1/(√0.001 + 1e-8) = −0.3162276660 (≈ −η(1 − β₁)/√(1 − β₂), ε is 3e-7 of √V)
        // t=2: −0.1·0.29/(√0.004999 + 1e-8) = −0.4101628934
        Trace tr = Optimizer.adam(0.1).biasCorrection(false).trace(1, 2);
        assertEquals(0.1, tr.state("m", 1), 1e-15);
        assertEquals(0.001, tr.state("V", 1), 1e-15);
        assertEquals(-0.1 * 0.1 / (Math.sqrt(0.001) + 1e-8), tr.delta(1), 1e-15);
        assertEquals(-0.3162276660, tr.delta(1), 1e-9);
        assertEquals(-0.4101628934, tr.delta(2), 1e-9);
    }

    @Test
    void adam_biasCorrectionOff_changesOnlyTheEarlySteps() {
        // after many steps 1 − βᵗ → 1, so both forms take the same step under a constant gradient
        double[] g = new double[20000];
        java.util.Arrays.fill(g, 1);
        Trace on = Optimizer.adam(0.01).trace(g);
        Trace off = Optimizer.adam(0.01).biasCorrection(false).trace(g);
        assertTrue(Math.abs(off.delta(1)) > 3 * Math.abs(on.delta(1)));
        assertEquals(on.delta(20000), off.delta(20000), 1e-8);
    }

    @Test
    void referenceStep_momentum_matchesHandComputedStepAndUpdatesStateInPlace() {
        // η = 0.1, β = 0.9: m := 0.9·m + 0.1·g, Δw = −0.1·m
        // m = (1, −2), g = (3, 4): m = (0.9 + 0.3, −1.8 + 0.4) = (1.2, −1.4), Δw = (−0.12, 0.14)
        DMatrixRMaj m = new DMatrixRMaj(1, 2, true, 1, -2);
        DMatrixRMaj g = new DMatrixRMaj(1, 2, true, 3, 4);
        DMatrixRMaj dw = Optimizer.momentum(0.1, 0.9).referenceStep(g, 1, m);
        assertEquals(1.2, m.get(0), 1e-15);
        assertEquals(-1.4, m.get(1), 1e-15);
        assertEquals(-0.12, dw.get(0), 1e-15);
        assertEquals(0.14, dw.get(1), 1e-15);
        assertEquals(3, g.get(0));
    }

    @Test
    void referenceStep_agreesWithAStepOfTheOptimizerItself() {
        Random rnd = new Random(5);
        DMatrixRMaj g1 = new DMatrixRMaj(2, 3), g2 = new DMatrixRMaj(2, 3);
        for (int i = 0; i < 6; i++) {
            g1.data[i] = rnd.nextGaussian();
            g2.data[i] = rnd.nextGaussian();
        }
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(2, 3));
        Adam adam = Optimizer.adam(0.05);
        w.grad().setTo(g1);
        adam.step(List.of(w));
        w.grad().setTo(g2);
        DMatrixRMaj before = w.value().copy();
        adam.step(List.of(w));
        DMatrixRMaj m = new DMatrixRMaj(2, 3), v = new DMatrixRMaj(2, 3);
        Adam reference = Optimizer.adam(0.05);
        reference.referenceStep(g1, 1, m, v);
        DMatrixRMaj dw = reference.referenceStep(g2, 2, m, v);
        for (int i = 0; i < 6; i++) {
            assertEquals(w.value().data[i] - before.data[i], dw.data[i], 1e-15);
        }
    }

    @Test
    void referenceStep_rejectsAWrongShapeAndATooLargeState() {
        DMatrixRMaj g = new DMatrixRMaj(1, 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> Optimizer.momentum(0.1, 0.9).referenceStep(g, 1, new DMatrixRMaj(2, 1)));
        assertTrue(e.getMessage().contains("Received: 2x1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Optimizer.sgd(0.1).referenceStep(g, 1, new DMatrixRMaj(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.adam(0.1).referenceStep(g, 0));
    }

    @Test
    void template_namesEachRulesMoments() {
        assertEquals("—", Optimizer.sgd(0.1).template().v());
        assertEquals("β m + (1 − β) g", Optimizer.momentum(0.1, 0.9).template().m());
        assertTrue(Optimizer.adagrad(0.1).template().v().startsWith("V + g²"));
        assertTrue(Optimizer.adam(0.1).template().step().contains("1 − β₁ᵗ"));
        assertFalse(Optimizer.adam(0.1).biasCorrection(false).template().step().contains("β₁ᵗ"));
        assertTrue(Optimizer.adamW(0.1, 0.01).template().step().endsWith("− η λ w"));
        String table = Template.table(Optimizer.sgd(0.1), Optimizer.rmsprop(0.1), Optimizer.adadelta());
        assertEquals(4, table.lines().count());
        assertTrue(table.lines().skip(2).findFirst().orElseThrow().startsWith("RMSprop"));
    }

    @Test
    void trace_adagradStepShrinksLikeOneOverRootT_andNamesItsState() {
        // Adagrad, g = 1 every step: V = t, Δw = −η/√t (ε = 1e-10 negligible)
        Trace tr = Optimizer.adagrad(0.1).trace(1, 1, 1, 1);
        assertEquals(List.of("V"), tr.names());
        assertEquals(4, tr.state("V", 4), 1e-15);
        assertEquals(-0.1 / 2, tr.delta(4), 1e-10);
        assertThrows(IllegalArgumentException.class, () -> tr.state("m", 1));
        assertThrows(IllegalArgumentException.class, () -> tr.delta(5));
    }

    @Test
    void doubleWell_gradientDescentEndsInTheWellOfItsStartingSide() {
        // minima at the roots of 4x³ − 4x + ½ = 0: x ≈ −1.0574538 and x ≈ 0.9304029 (y = 0)
        Surface s = Surface.doubleWell();
        assertEquals(0, s.gradient(-1.0574537707383778, 0)[0], 1e-12);
        assertEquals(0, s.gradient(0.9304029265558517, 0)[0], 1e-12);
        List<PathPoint> left = s.path(Optimizer.sgd(0.05), -0.2, 1.2, 300);
        List<PathPoint> right = s.path(Optimizer.sgd(0.05), 0.4, 1.2, 300);
        assertEquals(-1.0574537707383778, left.get(300).x(), 1e-6);
        assertEquals(0.9304029265558517, right.get(300).x(), 1e-6);
        assertEquals(-0.5147536412757056, left.get(300).f(), 1e-9);
        assertEquals(0.4832514917147508, right.get(300).f(), 1e-9);
    }

    @Test
    void stepsTo_findsTheFirstPointWithinTheRadius_orMinusOne() {
        // GD η = 0.5 on the bowl x² + y²: w := w − 0.5·2w = 0, so step 1 is at (0, 0)
        List<PathPoint> p = Surface.bowl().path(Optimizer.sgd(0.5), 1, 1, 3);
        assertEquals(1, PathPoint.stepsTo(p, 0, 0, 0.1));
        assertEquals(0, PathPoint.stepsTo(p, 1, 1, 0.1));
        assertEquals(-1, PathPoint.stepsTo(p, 5, 5, 0.1));
        assertThrows(IllegalArgumentException.class, () -> PathPoint.stepsTo(p, 0, 0, 0));
    }

    @Test
    void everyOptimizerOfTheFactoriesFillsInItsOwnTemplateRow() {
        for (Optimizer o : List.of(Optimizer.sgd(0.1), Optimizer.momentum(0.1, 0.9), Optimizer.classicalMomentum(0.1, 0.9),
                Optimizer.nesterov(0.1, 0.9), Optimizer.adagrad(0.1), Optimizer.rmsprop(0.1), Optimizer.adadelta(),
                Optimizer.adam(0.1), Optimizer.adamW(0.1, 0.01), Optimizer.nadam(0.1))) {
            Template t = o.template();
            assertFalse(t.m().contains("?") || t.v().contains("?"), o + ": " + t);
            assertTrue(t.step().startsWith("−η"), o + ": " + t);
        }
    }
}
