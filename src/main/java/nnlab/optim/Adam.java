package nnlab.optim;

import java.util.List;

/**
 * Adam (Kingma &amp; Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, Algorithm 1):
 * momentum on the gradient and RMSprop's per-weight scaling, both with bias correction.
 *
 * <pre>
 *   m := β₁·m + (1 − β₁)·g          first moment, the running mean of g
 *   v := β₂·v + (1 − β₂)·g²         second moment, the running mean of g² (the square matters:
 *                                   the course notes drop it)
 *   m̂ := m / (1 − β₁ᵗ),  v̂ := v / (1 − β₂ᵗ)    bias correction (t = step count, from 1)
 *   w := w − η·m̂ / (√v̂ + ε)
 * </pre>
 *
 * <p>m and v start at 0, so early averages are biased towards 0: unrolled, m<sub>t</sub> =
 * (1 − β₁) Σ<sub>i≤t</sub> β₁<sup>t−i</sup> g<sub>i</sub>, whose weights sum to 1 − β₁ᵗ, so for
 * gradients of steady mean E[m<sub>t</sub>] = (1 − β₁ᵗ)·E[g] (and E[v<sub>t</sub>] = (1 − β₂ᵗ)·E[g²]).
 * Dividing by 1 − βᵗ removes that bias exactly (at t = 1, m̂ = g and v̂ = g², so the first step is
 * about η·sign(g)). {@link #biasCorrection(boolean) biasCorrection(false)} drops the division, to
 * see what it does: the first step becomes η·(1 − β₁)/√(1 − β₂)·sign(g), about 3.2·η with the
 * default β's, because v is ten times further below g² than m is below g.
 *
 * <p>With {@link #amsgrad(boolean) AMSGrad} (Reddi, Kale &amp; Kumar, "On the Convergence of Adam
 * and Beyond", ICLR 2018) the denominator uses the largest v seen so far, v<sub>max</sub> :=
 * max(v<sub>max</sub>, v), so the effective step per weight never grows; like PyTorch, nnlab still
 * bias-corrects it (√v<sub>max</sub>/√(1 − β₂ᵗ)).
 *
 * <p>Defaults η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8: the paper's, which PyTorch keeps (Keras
 * uses ε = 1e-7). Agrees with {@code torch.optim.Adam} (with and without amsgrad) to 1e-12.
 * {@link #weightDecay(double)} is decoupled, which makes this {@link AdamW}. Not meant to be
 * subclassed outside this package (AdamW is the one subclass).
 */
public class Adam extends AdaptiveMoments<Adam> {

    private boolean amsgrad;
    private boolean biasCorrection = true;

    /** Adam with the paper's η = 0.001. */
    public Adam() {
        this(0.001);
    }

    /** @param learningRate η ≥ 0 */
    public Adam(double learningRate) {
        this("Adam", learningRate);
    }

    Adam(String name, double learningRate) {
        super(name, learningRate);
    }

    /** Uses the running maximum of v in the denominator (AMSGrad). */
    public Adam amsgrad(boolean amsgrad) {
        this.amsgrad = amsgrad;
        return this;
    }

    public boolean amsgrad() {
        return amsgrad;
    }

    /**
     * Whether m and v are divided by 1 − β₁ᵗ and 1 − β₂ᵗ (default true, as in the paper);
     * false gives w := w − η·m/(√v + ε), whose early steps are off by the biases above.
     */
    public Adam biasCorrection(boolean biasCorrection) {
        this.biasCorrection = biasCorrection;
        return this;
    }

    public boolean biasCorrection() {
        return biasCorrection;
    }

    @Override
    protected final int buffers() {
        return 3;
    }

    @Override
    protected final void update(double[] w, double[] g, int n, State s) {
        // operations ordered as in torch.optim.Adam, so the two agree to the last bits (the plain
        // loop below differs in one step, for speed; see there)
        double[] m = s.buffer(0);
        double[] v = s.buffer(1);
        double[] vMax = amsgrad ? s.buffer(2) : null;
        // without bias correction, m̂ = m and v̂ = v
        double stepSize = biasCorrection ? learningRate() / (1 - Math.pow(beta1, s.t())) : learningRate();
        double sqrtBc2 = biasCorrection ? Math.sqrt(1 - Math.pow(beta2, s.t())) : 1;
        if (amsgrad) {
            for (int i = 0; i < n; i++) {
                // m := β₁ m + (1 − β₁) g
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                // v := β₂ v + (1 − β₂) g²
                v[i] = beta2 * v[i] + (1 - beta2) * (g[i] * g[i]);
                // v_max := max(v_max, v)
                vMax[i] = Math.max(vMax[i], v[i]);
                // w := w − η m̂ / (√v̂_max + ε), with m̂ = m/(1 − β₁ᵗ), v̂_max = v_max/(1 − β₂ᵗ)
                w[i] -= stepSize * (m[i] / (Math.sqrt(vMax[i]) / sqrtBc2 + epsilon));
            }
            return;
        }
        // The same loop without v_max, kept separate so that the JIT can vectorize it. Its speed
        // is set by the square root and the division (W1: a fifth of the training time), so
        // √v̂ = √v/√(1 − β₂ᵗ) multiplies by the reciprocal instead of dividing: one division an
        // entry, not two (it can move the result by one unit in the last place).
        double invSqrtBc2 = 1 / sqrtBc2;
        for (int i = 0; i < n; i++) {
            // m := β₁ m + (1 − β₁) g
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            // v := β₂ v + (1 − β₂) g²
            v[i] = beta2 * v[i] + (1 - beta2) * (g[i] * g[i]);
            // w := w − η m̂ / (√v̂ + ε), with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)
            w[i] -= stepSize * (m[i] / (Math.sqrt(v[i]) * invSqrtBc2 + epsilon));
        }
    }

    @Override
    protected final List<String> stateNames() {
        return amsgrad ? List.of("m", "V", "V_max") : List.of("m", "V");
    }

    @Override
    public Template template() {
        String v = amsgrad ? "V_max/(1 − β₂ᵗ)" : "V/(1 − β₂ᵗ)";
        String step = biasCorrection ? "−η (m/(1 − β₁ᵗ))/(√(" + v + ") + ε)" : "−η m/(√" + (amsgrad ? "V_max" : "V") + " + ε)";
        String name = (amsgrad ? "Adam (AMSGrad)" : "Adam") + (biasCorrection ? "" : ", no bias correction");
        return new Template(name, "β₁ m + (1 − β₁) g",
                "β₂ V + (1 − β₂) g²" + (amsgrad ? ", V_max = max(V_max, V)" : ""), step);
    }

    @Override
    protected final String hyperparameters() {
        return "beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ", amsgrad=" + amsgrad
                + (biasCorrection ? "" : ", biasCorrection=false");
    }
}
