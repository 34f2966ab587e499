package nnlab.optim;

import java.util.List;

/**
 * Nadam (Dozat, "Incorporating Nesterov Momentum into Adam", ICLR 2016 workshop): Adam whose
 * momentum looks ahead as Nesterov's does, with the momentum schedule of the paper (as PyTorch
 * and Keras implement it):
 *
 * <pre>
 *   μₜ := β₁·(1 − ½·0.96^(t·ψ))      momentum schedule, ψ = momentum decay
 *   Πₜ := Πₜ₋₁·μₜ                     (Π₀ = 1)
 *   m := β₁·m + (1 − β₁)·g
 *   v := β₂·v + (1 − β₂)·g²
 *   v̂ := v / (1 − β₂ᵗ)
 *   w := w − η·[ (1 − μₜ)/(1 − Πₜ) · g  +  μₜ₊₁/(1 − Πₜ·μₜ₊₁) · m ] / (√v̂ + ε)
 * </pre>
 *
 * <p>The bracket mixes the current gradient (bias-corrected by 1 − Πₜ) with the momentum as it
 * will be at the next step (bias-corrected by 1 − Πₜ₊₁): the Nesterov look-ahead.
 *
 * <p>Defaults η = 0.002, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, ψ = 0.004: the paper's and PyTorch's
 * (Keras uses η = 0.001, ε = 1e-7). Agrees with {@code torch.optim.NAdam(foreach=True)} to 1e-12.
 * PyTorch 1.13's default single-tensor NAdam multiplies Πₜ by μₜ twice in the second
 * correction (fixed in PyTorch 2.0, pull request 92699); nnlab follows the paper.
 */
public final class Nadam extends AdaptiveMoments<Nadam> {

    private double psi = 0.004;

    /** Nadam with η = 0.002. */
    public Nadam() {
        this(0.002);
    }

    /** @param learningRate η ≥ 0 */
    public Nadam(double learningRate) {
        super("Nadam", learningRate);
    }

    /** ψ ≥ 0, how fast the momentum schedule μₜ rises towards β₁ (0 keeps μₜ = β₁/2). */
    public Nadam momentumDecay(double psi) {
        this.psi = requireNonNegative("momentumDecay", psi, "0.004");
        return this;
    }

    public double momentumDecay() {
        return psi;
    }

    @Override
    protected int buffers() {
        return 2;
    }

    @Override
    protected int scalars() {
        return 1;
    }

    @Override
    protected void update(double[] w, double[] g, int n, State s) {
        double eta = learningRate();
        double[] m = s.buffer(0);
        double[] v = s.buffer(1);
        long t = s.t();
        if (t == 1) {
            s.scalars[0] = 1;
        }
        double sqrtBc2 = Math.sqrt(1 - Math.pow(beta2, t));
        double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * psi));
        double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
        // Πₜ := Πₜ₋₁ μₜ
        s.scalars[0] *= mu;
        double muProduct = s.scalars[0];
        double cg = eta * (1 - mu) / (1 - muProduct);
        double cm = eta * muNext / (1 - muProduct * muNext);
        for (int i = 0; i < n; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * (g[i] * g[i]);
            double denom = Math.sqrt(v[i]) / sqrtBc2 + epsilon;
            // w := w − η[(1 − μₜ)/(1 − Πₜ) g + μₜ₊₁/(1 − Πₜμₜ₊₁) m] / (√v̂ + ε)
            w[i] -= cg * (g[i] / denom);
            w[i] -= cm * (m[i] / denom);
        }
    }

    @Override
    protected List<String> stateNames() {
        return List.of("m", "V");
    }

    @Override
    public Template template() {
        return new Template("Nadam", "β₁ m + (1 − β₁) g", "β₂ V + (1 − β₂) g²", "−η [(1 − μₜ) g/(1 − Πₜ) + μₜ₊₁ m/(1 − Πₜμₜ₊₁)]/(√(V/(1 − β₂ᵗ)) + ε)");
    }

    @Override
    protected String hyperparameters() {
        return "beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ", momentumDecay=" + psi;
    }
}
