package nnlab.optim;

import java.util.List;

/**
 * Adagrad (Duchi, Hazan &amp; Singer, "Adaptive Subgradient Methods for Online Learning and
 * Stochastic Optimization", JMLR 2011): each weight gets its own step size, shrinking with the
 * sum of all its past squared gradients:
 *
 * <pre>
 *   α := α + g²                      (α starts at the initial accumulator, 0 by default)
 *   w := w − η·g / (√α + ε)
 * </pre>
 *
 * <p>Weights with rare or small gradients keep large steps; busy ones slow down. Because α only
 * grows, the effective rate η/√α keeps falling, which is Adagrad's weakness on long runs (the
 * notebook plots it). The course notes put ε under the root, η/√(α + ε); nnlab adds it outside as
 * PyTorch does (the difference is invisible unless α is near ε).
 *
 * <p>Defaults: η = 0.01, ε = 1e-10, initial accumulator 0: PyTorch's (Keras uses η = 0.001 and an
 * initial accumulator of 0.1, which makes the first steps ten times smaller). Agrees with
 * {@code torch.optim.Adagrad} to 1e-12.
 */
public final class Adagrad extends AbstractOptimizer<Adagrad> {

    private double epsilon = 1e-10;
    private double initialAccumulator = 0;

    /** Adagrad with η = 0.01. */
    public Adagrad() {
        this(0.01);
    }

    /** @param learningRate η ≥ 0 */
    public Adagrad(double learningRate) {
        super("Adagrad", learningRate);
    }

    /** ε &gt; 0 added to √α to avoid dividing by zero. */
    public Adagrad epsilon(double epsilon) {
        this.epsilon = requirePositive("epsilon", epsilon, "1e-10");
        return this;
    }

    public double epsilon() {
        return epsilon;
    }

    /** The starting value of α, ≥ 0 (Keras uses 0.1). */
    public Adagrad initialAccumulator(double value) {
        this.initialAccumulator = requireNonNegative("initialAccumulator", value, "0.1");
        return this;
    }

    public double initialAccumulator() {
        return initialAccumulator;
    }

    @Override
    protected int buffers() {
        return 1;
    }

    @Override
    protected void update(double[] w, double[] g, int n, State s) {
        double eta = learningRate();
        double[] alpha = s.buffer(0);
        if (s.t() == 1 && initialAccumulator != 0) {
            java.util.Arrays.fill(alpha, 0, n, initialAccumulator);
        }
        for (int i = 0; i < n; i++) {
            // α := α + g²
            alpha[i] += g[i] * g[i];
            // w := w − η g / (√α + ε)
            w[i] -= eta * g[i] / (Math.sqrt(alpha[i]) + epsilon);
        }
    }

    @Override
    protected List<String> stateNames() {
        return List.of("V");
    }

    @Override
    public Template template() {
        return new Template("Adagrad", "g", "V + g²  (a sum)", "−η m/(√V + ε)");
    }

    @Override
    protected String hyperparameters() {
        return "epsilon=" + epsilon + ", initialAccumulator=" + initialAccumulator;
    }
}
