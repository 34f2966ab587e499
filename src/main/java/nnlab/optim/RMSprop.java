package nnlab.optim;

import java.util.List;

/**
 * RMSprop (Hinton, Srivastava &amp; Swersky, Neural Networks for Machine Learning, lecture 6e,
 * 2012): Adagrad with a running average of squared gradients instead of their sum, so the step
 * size stops shrinking for good:
 *
 * <pre>
 *   S := ρ·S + (1 − ρ)·g²            (S starts at 0)
 *   w := w − η·g / (√S + ε)
 * </pre>
 *
 * <p>(The course's S<sub>dw</sub> with its β is this S with ρ.) The course notes call this
 * rule "Adadelta"; it is not: Adadelta (see {@link Adadelta}) also replaces η by a running
 * average of past updates.
 *
 * <p>Defaults: η = 0.001, ρ = 0.9 (Hinton's lecture and Keras), ε = 1e-8 added outside the root
 * (PyTorch). PyTorch's defaults are η = 0.01 and ρ = 0.99: a ten times larger step that often
 * makes small nets oscillate. Agrees with {@code torch.optim.RMSprop(alpha=ρ)} to 1e-12.
 */
public final class RMSprop extends AbstractOptimizer<RMSprop> {

    private double rho = 0.9;
    private double epsilon = 1e-8;

    /** RMSprop with η = 0.001. */
    public RMSprop() {
        this(0.001);
    }

    /** @param learningRate η ≥ 0 */
    public RMSprop(double learningRate) {
        super("RMSprop", learningRate);
    }

    /** ρ ∈ [0, 1), the weight of the past in the average of g². */
    public RMSprop rho(double rho) {
        this.rho = requireDecayRate("rho", rho, "0.9");
        return this;
    }

    public double rho() {
        return rho;
    }

    /** ε &gt; 0 added to √S to avoid dividing by zero. */
    public RMSprop epsilon(double epsilon) {
        this.epsilon = requirePositive("epsilon", epsilon, "1e-8");
        return this;
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    protected int buffers() {
        return 1;
    }

    @Override
    protected void update(double[] w, double[] g, int n, State s) {
        double eta = learningRate();
        double[] S = s.buffer(0);
        for (int i = 0; i < n; i++) {
            // S := ρ S + (1 − ρ) g²
            S[i] = rho * S[i] + (1 - rho) * g[i] * g[i];
            // w := w − η g / (√S + ε)
            w[i] -= eta * g[i] / (Math.sqrt(S[i]) + epsilon);
        }
    }

    @Override
    protected List<String> stateNames() {
        return List.of("V");
    }

    @Override
    public Template template() {
        return new Template("RMSprop", "g", "ρ V + (1 − ρ) g²", "−η m/(√V + ε)");
    }

    @Override
    protected String hyperparameters() {
        return "rho=" + rho + ", epsilon=" + epsilon;
    }
}
