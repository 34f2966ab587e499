package nnlab.loss;

/**
 * Mean absolute error: {@code ℓ_i = (1/k) Σ_j |ŷ_ij − y_ij|}, {@code ∂ℓ_i/∂ŷ_ij = sign(ŷ_ij − y_ij)/k}
 * (0 at a perfect fit). Every error pulls with the same strength, so outliers matter less than
 * under MSE.
 */
public final class MeanAbsoluteError extends WeightedLoss {

    MeanAbsoluteError(double[] classWeights) { super(classWeights); }

    @Override
    protected double rowLoss(double[] p, double[] y, int base, int k) {
        double s = 0;
        for (int j = base; j < base + k; j++) {
            s += Math.abs(p[j] - y[j]);
        }
        return s / k;
    }

    @Override
    protected void rowGradient(double[] p, double[] y, int base, int k, double scale, double[] g) {
        for (int j = base; j < base + k; j++) {
            g[j] = scale * Math.signum(p[j] - y[j]) / k;
        }
    }

    @Override
    public String name() { return "mae"; }

    @Override
    public Loss withClassWeights(double... weights) { return new MeanAbsoluteError(checked(weights)); }
}
