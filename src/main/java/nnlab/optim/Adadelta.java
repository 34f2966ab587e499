package nnlab.optim;

import java.util.List;

/**
 * Adadelta (Zeiler, "ADADELTA: An Adaptive Learning Rate Method", arXiv:1212.5701, 2012,
 * Algorithm 1). Like RMSprop it keeps a running average of g², but it also keeps a running
 * average of the squared <em>updates</em>, and uses the ratio of the two roots as the step size,
 * so there is no learning rate to choose:
 *
 * <pre>
 *   E[g²]  := ρ·E[g²] + (1 − ρ)·g²
 *   Δw     := √(E[Δw²] + ε) / √(E[g²] + ε) · g       (E[Δw²] from the previous step)
 *   E[Δw²] := ρ·E[Δw²] + (1 − ρ)·Δw²
 *   w      := w − η·Δw                              (η = 1 in Zeiler's method)
 * </pre>
 *
 * <p>The numerator makes Δw carry the units of w (Zeiler's "units" argument, an approximation of
 * a Newton step), and ε in it sets the size of the very first steps (about √ε·g/|g|, tiny). The
 * course notes give RMSprop's formula under this name; RMSprop has η and no E[Δw²].
 *
 * <p>η is kept only as a multiplier for schedules (PyTorch does the same); leave it at 1 for
 * Zeiler's rule. Defaults ρ = 0.95, ε = 1e-6: the paper's values (PyTorch uses ρ = 0.9; Keras
 * uses η = 0.001, which makes Adadelta a thousand times slower than the paper's method).
 * Agrees with {@code torch.optim.Adadelta(lr=1, rho=ρ, eps=ε)} to 1e-12.
 */
public final class Adadelta extends AbstractOptimizer<Adadelta> {

    private double rho = 0.95;
    private double epsilon = 1e-6;

    /** Zeiler's Adadelta: η = 1. */
    public Adadelta() {
        super("Adadelta", 1.0);
    }

    /** ρ ∈ [0, 1), the weight of the past in both running averages. */
    public Adadelta rho(double rho) {
        this.rho = requireDecayRate("rho", rho, "0.95");
        return this;
    }

    public double rho() {
        return rho;
    }

    /** ε &gt; 0 inside both roots; it also sets the size of the first updates. */
    public Adadelta epsilon(double epsilon) {
        this.epsilon = requirePositive("epsilon", epsilon, "1e-6");
        return this;
    }

    public double epsilon() {
        return epsilon;
    }

    @Override
    protected int buffers() {
        return 2;
    }

    @Override
    protected void update(double[] w, double[] g, int n, State s) {
        double eta = learningRate();
        double[] Eg2 = s.buffer(0);
        double[] Edw2 = s.buffer(1);
        for (int i = 0; i < n; i++) {
            // E[g²] := ρ E[g²] + (1 − ρ) g²
            Eg2[i] = rho * Eg2[i] + (1 - rho) * g[i] * g[i];
            // Δw := RMS[Δw]_{t−1} / RMS[g]_t · g
            double dw = Math.sqrt(Edw2[i] + epsilon) / Math.sqrt(Eg2[i] + epsilon) * g[i];
            // E[Δw²] := ρ E[Δw²] + (1 − ρ) Δw²
            Edw2[i] = rho * Edw2[i] + (1 - rho) * dw * dw;
            // w := w − η Δw
            w[i] -= eta * dw;
        }
    }

    @Override
    protected List<String> stateNames() {
        return List.of("V", "U");
    }

    @Override
    public Template template() {
        return new Template("Adadelta", "g", "ρ V + (1 − ρ) g²", "−η √(U + ε)/√(V + ε) m, then U := ρ U + (1 − ρ) Δw², η = 1");
    }

    @Override
    protected String hyperparameters() {
        return "rho=" + rho + ", epsilon=" + epsilon;
    }
}
