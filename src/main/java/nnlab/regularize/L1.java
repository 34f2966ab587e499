package nnlab.regularize;

import java.util.List;
import nnlab.nn.Parameter;

/**
 * L1 regularization (lasso): Ω = λ·Σ |w|, so ∂Ω/∂w = λ·sign(w), taking sign(0) = 0.
 *
 * <p>|w| has a kink at 0; sign(0) = 0 is the subgradient that leaves a weight sitting at exactly
 * zero there. The constant pull λ·sign(w), whatever the size of w, is why L1 drives many weights
 * to zero (sparsity) where L2's pull λ·w fades as w shrinks. With a fixed step the weights
 * oscillate around zero within ηλ rather than landing on it; they end up tiny.
 *
 * <p><b>Exact zeros</b> need the proximal form, {@link #proximal()}: the gradient step ignores Ω,
 * and after it each selected weight is soft-thresholded, w := sign(w)·max(|w| − ηλ, 0)
 * (proximal gradient descent, ISTA). A weight within ηλ of zero lands on exactly 0 and stays
 * there until the data gradient pushes it out by more than ηλ. The threshold uses the
 * optimizer's η; with an adaptive optimizer (Adam, RMSprop) whose per-weight steps differ from
 * η this is a heuristic, exact for plain SGD.
 *
 * <p>No ½ and no 1/m: the course notes' λ/2m in front of Σ|w| is a copying slip from L2.
 */
public final class L1 extends WeightPenalty<L1> {

    private final double lambda;
    private final boolean proximal;

    /** @param lambda λ ≥ 0, the strength; typical values 1e-5 to 1e-3 */
    public L1(double lambda) {
        this(lambda, Selection.weights(), false);
    }

    private L1(double lambda, Selection selection, boolean proximal) {
        super(selection);
        this.lambda = requireStrength("lambda", lambda);
        this.proximal = proximal;
    }

    /** The same penalty applied by soft-thresholding after each step, which sets weights to exactly 0. */
    public L1 proximal() {
        return new L1(lambda, selection(), true);
    }

    /** True for the proximal (soft-thresholding) form. */
    public boolean isProximal() {
        return proximal;
    }

    @Override
    public void afterStep(List<Parameter> parameters, double learningRate) {
        if (!proximal) {
            return;
        }
        double t = learningRate * lambda;
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            if (!selection().test(p)) {
                continue;
            }
            double[] w = p.value().data;
            int n = p.size();
            for (int i = 0; i < n; i++) {
                // w := sign(w)·max(|w| − ηλ, 0)
                double a = Math.abs(w[i]) - t;
                w[i] = a > 0 ? Math.copySign(a, w[i]) : 0.0;
            }
        }
    }

    public double lambda() {
        return lambda;
    }

    @Override
    double penaltyOf(double w) {
        return lambda * Math.abs(w);
    }

    @Override
    double gradientOf(double w) {
        return proximal ? 0 : lambda * Math.signum(w);
    }

    @Override
    L1 select(Selection selection) {
        return new L1(lambda, selection, proximal);
    }

    @Override
    public String toString() {
        return "L1(lambda=" + lambda + (proximal ? ", proximal" : "") + ", on " + selection() + ")";
    }
}
