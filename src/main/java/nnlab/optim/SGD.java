package nnlab.optim;

import java.util.List;

/**
 * Gradient descent: w := w − η·∂C/∂w.
 *
 * <p>Batch gradient descent, stochastic gradient descent and mini-batch gradient descent are
 * all this rule; they differ only in how many examples the gradient is averaged over, which is
 * the training loop's batch size (all of them, one, or k). Robbins &amp; Monro, "A Stochastic
 * Approximation Method", 1951.
 *
 * <p>No default learning rate: like PyTorch, nnlab makes you choose η, because no single value
 * suits every problem (0.01 to 0.5 is common for small nets on standardized inputs). Keeps no
 * state.
 */
public final class SGD extends AbstractOptimizer<SGD> {

    /** @param learningRate η, must be ≥ 0 and finite */
    public SGD(double learningRate) {
        super("SGD", learningRate);
    }

    @Override
    protected int buffers() {
        return 0;
    }

    @Override
    protected void update(double[] w, double[] g, int n, State s) {
        double eta = learningRate();
        // w := w − η g
        for (int i = 0; i < n; i++) {
            w[i] -= eta * g[i];
        }
    }

    @Override
    protected List<String> stateNames() {
        return List.of();
    }

    @Override
    public Template template() {
        return new Template("SGD", "g", "—", "−η m");
    }

    @Override
    protected String hyperparameters() {
        return "";
    }
}
