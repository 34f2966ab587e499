package nnlab.optim;

import java.util.List;

/**
 * SGD with momentum in the course notes' form, an exponentially weighted average of the
 * gradients:
 *
 * <pre>
 *   v := β·v + (1 − β)·g        (v starts at 0)
 *   w := w − η·v
 * </pre>
 *
 * <p>v averages roughly the last 1/(1 − β) gradients, so oscillating components cancel and
 * consistent ones add up, which damps the zig-zag across a narrow valley. Because of the
 * (1 − β) factor, in steady state (constant g) v → g, so the step size is η·g as for plain SGD;
 * the classical form {@link ClassicalMomentum} instead reaches g/(1 − β), a step 1/(1 − β) times
 * larger. The two trace the same path when η<sub>EMA</sub> = η<sub>classical</sub>/(1 − β).
 * Polyak, "Some methods of speeding up the convergence of iteration methods", 1964; the EMA
 * wording follows Ng's deep learning course.
 *
 * <p>Default β = 0.9 (the notes box 0.95; 0.9, an average over about 10 gradients, is the usual
 * choice in PyTorch/Keras examples). No library has this exact form (PyTorch's {@code dampening}
 * skips the (1 − β) on the first step), so its tests compare against hand-computed steps.
 */
public final class Momentum extends AbstractOptimizer<Momentum> {

    private double beta = 0.9;

    /** @param learningRate η ≥ 0 */
    public Momentum(double learningRate) {
        super("Momentum", learningRate);
    }

    /** β ∈ [0, 1), the weight of the past in the average (0 gives plain SGD). */
    public Momentum beta(double beta) {
        this.beta = requireDecayRate("beta", beta, "0.9");
        return this;
    }

    public double beta() {
        return beta;
    }

    @Override
    protected int buffers() {
        return 1;
    }

    @Override
    protected void update(double[] w, double[] g, int n, State s) {
        double eta = learningRate();
        double[] v = s.buffer(0);
        for (int i = 0; i < n; i++) {
            // v := β v + (1 − β) g
            v[i] = beta * v[i] + (1 - beta) * g[i];
            // w := w − η v
            w[i] -= eta * v[i];
        }
    }

    @Override
    protected List<String> stateNames() {
        return List.of("m");
    }

    @Override
    public Template template() {
        return new Template("momentum (course)", "β m + (1 − β) g", "—", "−η m");
    }

    @Override
    protected String hyperparameters() {
        return "beta=" + beta;
    }
}
