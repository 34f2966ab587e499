package nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnlab.nn.Parameter;
import nnlab.regularize.Regularizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Optimizer updates written out by hand on one scalar weight w₀ = 1 with gradients 1, 2, −1,
 * the three steps of each rule computed in the comments.
 */
class HandComputedStepsTest {

    private static final double[] G = {1, 2, -1};

    /** Runs the three steps and returns w after each. */
    private static double[] run(Optimizer opt) {
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 1, true, 1.0));
        opt.reset();
        double[] after = new double[G.length];
        for (int t = 0; t < G.length; t++) {
            w.grad().set(0, G[t]);
            opt.step(List.of(w));
            after[t] = w.value().get(0);
        }
        return after;
    }

    @Test
    void momentum_emaForm_matchesHandComputedSteps() {
        // η = 0.1, β = 0.9
        // t=1: v = 0.9·0    + 0.1·1    = 0.1    w = 1     − 0.1·0.1   = 0.99
        // t=2: v = 0.9·0.1  + 0.1·2    = 0.29   w = 0.99  − 0.1·0.29  = 0.961
        // t=3: v = 0.9·0.29 + 0.1·(−1) = 0.161  w = 0.961 − 0.1·0.161 = 0.9449
        double[] w = run(Optimizer.momentum(0.1, 0.9));
        assertEquals(0.99, w[0], 1e-15);
        assertEquals(0.961, w[1], 1e-15);
        assertEquals(0.9449, w[2], 1e-15);
    }

    @Test
    void classicalMomentum_matchesHandComputedSteps() {
        // η = 0.1, μ = 0.9
        // t=1: v = 1                 w = 1    − 0.1·1    = 0.9
        // t=2: v = 0.9·1 + 2  = 2.9  w = 0.9  − 0.29     = 0.61
        // t=3: v = 2.61 − 1   = 1.61 w = 0.61 − 0.161    = 0.449
        double[] w = run(Optimizer.classicalMomentum(0.1, 0.9));
        assertEquals(0.9, w[0], 1e-15);
        assertEquals(0.61, w[1], 1e-15);
        assertEquals(0.449, w[2], 1e-15);
    }

    @Test
    void adam_matchesHandComputedSteps() {
        // η = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8
        // t=1: m = 0.1, v = 0.001; m̂ = 0.1/0.1 = 1, v̂ = 0.001/0.001 = 1
        //      w = 1 − 0.1·1/(1 + 1e-8)
        double w1 = 1 - 0.1 * 1 / (1 + 1e-8);
        // t=2: m = 0.09 + 0.2 = 0.29, v = 0.000999 + 0.004 = 0.004999
        //      m̂ = 0.29/0.19, v̂ = 0.004999/0.001999
        double w2 = w1 - 0.1 * (0.29 / 0.19) / (Math.sqrt(0.004999 / 0.001999) + 1e-8);
        // t=3: m = 0.261 − 0.1 = 0.161, v = 0.004994001 + 0.001 = 0.005994001
        //      m̂ = 0.161/0.271, v̂ = 0.005994001/0.002997001
        double w3 = w2 - 0.1 * (0.161 / 0.271) / (Math.sqrt(0.005994001 / 0.002997001) + 1e-8);
        double[] w = run(Optimizer.adam(0.1));
        assertEquals(w1, w[0], 1e-14);
        assertEquals(w2, w[1], 1e-14);
        assertEquals(w3, w[2], 1e-14);
        // the first Adam step is ≈ η·sign(g) whatever the size of g
        assertEquals(0.9, w[0], 1e-8);
    }

    @Test
    void adadelta_matchesHandComputedSteps() {
        // ρ = 0.95, ε = 1e-6: no learning rate to choose
        // t=1: E[g²] = 0.05·1 = 0.05; Δ = √(0 + 1e-6)/√(0.05 + 1e-6)·1; E[Δ²] = 0.05Δ²
        double eg = 0.05;
        double d1 = Math.sqrt(1e-6) / Math.sqrt(eg + 1e-6) * 1;
        double ed = 0.05 * d1 * d1;
        // t=2: E[g²] = 0.95·0.05 + 0.05·4 = 0.2475; Δ = √(E[Δ²] + 1e-6)/√(0.2475 + 1e-6)·2
        eg = 0.2475;
        double d2 = Math.sqrt(ed + 1e-6) / Math.sqrt(eg + 1e-6) * 2;
        ed = 0.95 * ed + 0.05 * d2 * d2;
        // t=3: E[g²] = 0.95·0.2475 + 0.05·1 = 0.285125
        eg = 0.285125;
        double d3 = Math.sqrt(ed + 1e-6) / Math.sqrt(eg + 1e-6) * -1;
        double[] w = run(Optimizer.adadelta());
        assertEquals(1 - d1, w[0], 1e-15);
        assertEquals(1 - d1 - d2, w[1], 1e-15);
        assertEquals(1 - d1 - d2 - d3, w[2], 1e-15);
    }

    @Test
    void adagrad_stepShrinksAsSquaredGradientsAccumulate() {
        // η = 0.1 and the same gradient 1 three times: α = 1, 2, 3, steps 0.1/√1, 0.1/√2, 0.1/√3
        Parameter w = new Parameter("w", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 1, true, 0.0));
        Adagrad opt = Optimizer.adagrad(0.1);
        double previous = 0;
        for (int t = 1; t <= 3; t++) {
            w.grad().set(0, 1.0);
            opt.step(List.of(w));
            double step = previous - w.value().get(0);
            assertEquals(0.1 / (Math.sqrt(t) + 1e-10), step, 1e-15);
            previous = w.value().get(0);
        }
    }

    @Test
    void emaMomentum_tracesClassicalMomentumPath_withLearningRateScaledByOneMinusBeta() {
        // v_EMA = (1 − β)·v_classical at every step, so η_EMA·v_EMA = η_classical·v_classical
        // when η_classical = (1 − β)·η_EMA
        double[] ema = run(Optimizer.momentum(0.1, 0.8));
        double[] classical = run(Optimizer.classicalMomentum(0.1 * (1 - 0.8), 0.8));
        for (int t = 0; t < ema.length; t++) {
            assertEquals(classical[t], ema[t], 1e-15);
        }
    }

    @Test
    void sgdWithDecoupledWeightDecay_equalsSgdWithL2Penalty() {
        // w − ηλw − ηg = w − η(g + λw): for plain SGD, decay λ and L2 with the same λ coincide
        Parameter a = new Parameter("a", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 2, true, 1.5, -0.5));
        Parameter b = new Parameter("b", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 2, true, 1.5, -0.5));
        SGD decayed = Optimizer.sgd(0.1).weightDecay(0.2);
        SGD plain = Optimizer.sgd(0.1);
        for (int t = 0; t < 3; t++) {
            a.grad().set(0, G[t]);
            a.grad().set(1, -G[t]);
            b.grad().setTo(a.grad());
            decayed.step(List.of(a));
            Regularizer.l2(0.2).addGradient(List.of(b));
            plain.step(List.of(b));
            assertEquals(b.value().get(0), a.value().get(0), 1e-15);
            assertEquals(b.value().get(1), a.value().get(1), 1e-15);
        }
    }

    @Test
    void adamWithDecoupledDecay_differsFromAdamWithL2() {
        // Loshchilov & Hutter's point: under Adam the two are not the same update
        Parameter a = new Parameter("a", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 1, true, 2.0));
        Parameter b = new Parameter("b", Parameter.Kind.WEIGHT, new DMatrixRMaj(1, 1, true, 2.0));
        AdamW adamW = Optimizer.adamW(0.1, 0.5);
        Adam adam = Optimizer.adam(0.1);
        for (int t = 0; t < 3; t++) {
            a.grad().set(0, G[t]);
            b.grad().set(0, G[t]);
            adamW.step(List.of(a));
            Regularizer.l2(0.5).addGradient(List.of(b));
            adam.step(List.of(b));
        }
        double gap = Math.abs(a.value().get(0) - b.value().get(0));
        assertTrue(gap > 1e-3, "gap " + gap);
    }
}
