package nnlab.optim;

import java.util.List;

/**
 * Nesterov accelerated gradient, in the form PyTorch and Keras implement:
 *
 * <pre>
 *   v := μ·v + g
 *   w := w − η·(g + μ·v)
 * </pre>
 *
 * <p>Nesterov's idea is to take the gradient at the point momentum is about to carry us to,
 * w − ημv, instead of at w: the step then corrects itself before overshooting. Computing the
 * gradient at a look-ahead point would need a second backward pass; the rule above is the same
 * method rewritten in the variable w' = w − ημv (Sutskever et al., ICML 2013, §3; Bengio et al.,
 * "Advances in optimizing recurrent networks", 2013), so it uses the gradient the training loop
 * already has. Nesterov, "A method for solving a convex programming problem with convergence
 * rate O(1/k²)", 1983.
 *
 * <p>Default μ = 0.9 (as {@link ClassicalMomentum}). Agrees with
 * {@code torch.optim.SGD(momentum=μ, nesterov=True)} to 1e-12.
 */
public final class Nesterov extends AbstractOptimizer<Nesterov> {

    private double mu = 0.9;

    /** @param learningRate η ≥ 0 */
    public Nesterov(double learningRate) {
        super("Nesterov", learningRate);
    }

    /** μ ∈ [0, 1), how much of the previous velocity is kept. */
    public Nesterov momentum(double mu) {
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
            // w := w − η (g + μ v)
            w[i] -= eta * (g[i] + mu * v[i]);
        }
    }

    @Override
    protected List<String> stateNames() {
        return List.of("m");
    }

    @Override
    public Template template() {
        return new Template("Nesterov", "μ m + g", "—", "−η (g + μ m)");
    }

    @Override
    protected String hyperparameters() {
        return "momentum=" + mu;
    }
}
