package nnlab.loss;

/**
 * Huber loss with threshold δ, per entry r = ŷ − y:
 * <pre>
 *   h(r) = r²/2             if |r| ≤ δ        h'(r) = r
 *   h(r) = δ(|r| − δ/2)     otherwise         h'(r) = δ·sign(r)
 * </pre>
 * and {@code ℓ_i = (1/k) Σ_j h(r_ij)}: quadratic like MSE near the target, linear like MAE far
 * from it, so outliers cannot dominate.
 */
public final class Huber extends WeightedLoss {

    private final double delta;

    Huber(double delta, double[] classWeights) {
        super(classWeights);
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("The Huber threshold must be a finite number > 0, e.g. 1.0. Received: delta="
                    + delta);
        }
        this.delta = delta;
    }

    @Override
    protected double rowLoss(double[] p, double[] y, int base, int k) {
        double s = 0;
        for (int j = base; j < base + k; j++) {
            double r = Math.abs(p[j] - y[j]);
            s += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
        }
        return s / k;
    }

    @Override
    protected void rowGradient(double[] p, double[] y, int base, int k, double scale, double[] g) {
        for (int j = base; j < base + k; j++) {
            double r = p[j] - y[j];
            g[j] = scale * (Math.abs(r) <= delta ? r : delta * Math.signum(r)) / k;
        }
    }

    @Override
    public String name() { return "huber"; }

    @Override
    public Loss withClassWeights(double... weights) { return new Huber(delta, checked(weights)); }

    @Override
    public String toString() { return describe("huber(delta=" + delta + ")"); }
}
