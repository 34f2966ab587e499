package nnlab.optim;

import java.util.List;

/**
 * SGD with classical (heavy-ball) momentum, the form of PyTorch's {@code SGD(momentum=μ)}:
 *
 * <pre>
 *   v := μ·v + g        (v starts at 0)
 *   w := w − η·v
 * </pre>
 *
 * <p>v is a sum of past gradients with weights 1, μ, μ², …: under a constant gradient it grows
 * to g/(1 − μ), so with μ = 0.9 the effective step is ten times η·g. That is why η must be
 * smaller here than with the course's averaged form {@link Momentum}. Polyak, "Some methods of
 * speeding up the convergence of iteration methods", 1964; Sutskever et al., "On the importance
 * of initialization and momentum in deep learning", ICML 2013.
 *
 * <p>Default μ = 0.9 (the value of Sutskever et al. and of most PyTorch examples; PyTorch itself
 * defaults to 0, i.e. no momentum). Agrees with {@code torch.optim.SGD(momentum=μ)} to 1e-12.
 */
public final class ClassicalMomentum extends AbstractOptimizer<ClassicalMomentum> {

    private double mu = 0.9;

    /** @param learningRate η ≥ 0 */
    public ClassicalMomentum(double learningRate) {
        super("ClassicalMomentum", learningRate);
    }

    /** μ ∈ [0, 1), how much of the previous velocity is kept. */
    public ClassicalMomentum momentum(double mu) {
        this.mu = requireDecayRate("momentum", mu, "0.9");
        return this;
    }

    public double momentum() {
        return mu;
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
            // v := μ v + g
            v[i] = mu * v[i] + g[i];
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
        return new Template("classical momentum", "μ m + g", "—", "−η m");
    }

    @Override
    protected String hyperparameters() {
        return "momentum=" + mu;
    }
}
